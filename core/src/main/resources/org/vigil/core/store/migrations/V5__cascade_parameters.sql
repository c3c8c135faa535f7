-- Version 5: cascade parameters. How much of a dependent's function a dependency carries, and
-- the value a business service delivers per day (prices a disruption in the inoperability model).
ALTER TABLE dependency ADD COLUMN max_impact REAL NOT NULL DEFAULT 1.0 CHECK (max_impact >= 0 AND max_impact <= 1);
ALTER TABLE asset ADD COLUMN output_per_day REAL CHECK (output_per_day IS NULL OR output_per_day >= 0);

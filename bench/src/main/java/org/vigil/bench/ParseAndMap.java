package org.vigil.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.ingest.AssetMapper;

/**
 * Vigil's parser and asset mapper over the file's lines, storing nothing: how much of the ingest
 * time is parsing and mapping. Lines are cut and decoded as the ingest does, more simply.
 */
final class ParseAndMap {

    private ParseAndMap() {}

    static long events(Path eve, AssetMapper mapper) throws IOException {
        SuricataEveParser parser = new SuricataEveParser();
        Clock clock = Clock.systemUTC();
        String source = eve.toString();
        long events = 0;
        long assets = 0;
        try (BufferedReader lines = Files.newBufferedReader(eve, StandardCharsets.UTF_8)) {
            String line;
            long offset = 0;
            while ((line = lines.readLine()) != null) {
                ParseOutcome outcome = parser.parse(new RawRecord(source, offset, line), clock.instant());
                offset += line.length() + 1;
                if (outcome instanceof ParseOutcome.Parsed parsed) {
                    for (Event event : parsed.events()) {
                        assets += mapper.map(event).assetIds().size();
                        events++;
                    }
                }
            }
        }
        if (assets < 0) {
            throw new AssertionError(); // keeps the mapping from being optimised away
        }
        return events;
    }
}

/**
 * The inoperability input-output model (IIM) of Haimes et al. (2005) for the business layer: how
 * a loss of function in some business services spreads to the services that depend on them, at
 * equilibrium and over time, and what it costs.
 *
 * <p>{@link org.vigil.core.cascade.iim.InterdependencyBuilder} turns Vigil's dependency chains
 * into the normalised interdependency matrix A*; {@link org.vigil.core.cascade.iim.InoperabilityModel}
 * solves the static model and simulates the dynamic one, with resilience coefficients from
 * {@link org.vigil.core.cascade.iim.ResilienceCoefficients}, and reports a {@link
 * org.vigil.core.cascade.iim.RecoveryTrajectory}. Matrices are plain {@code double[][]}: a business
 * layer has tens of services, so a dense hand-written solve is enough.
 */
package org.vigil.core.cascade.iim;

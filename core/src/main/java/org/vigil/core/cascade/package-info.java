/**
 * The cascading-effect engine: "this asset is compromised or down — what else degrades, when, how
 * badly, why, and what would help?"
 *
 * <h2>Pieces</h2>
 *
 * {@link org.vigil.core.cascade.CascadeGraph} packs a scenario (or raw data, through {@link
 * org.vigil.core.cascade.CascadeGraphBuilder}) into primitive arrays. A {@link
 * org.vigil.core.cascade.CascadeModel} — {@link org.vigil.core.cascade.TimePhasedCascade} — runs a
 * start set of {@link org.vigil.core.cascade.StartCondition}s over it, with {@link
 * org.vigil.core.cascade.Mitigation}s on top, into a {@link org.vigil.core.cascade.CascadeResult}.
 * {@link org.vigil.core.cascade.ContinuityReport#of} reads business continuity off a result and
 * {@link org.vigil.core.cascade.WhatIfComparison#between} compares two results.
 *
 * <p>Three more questions over the same graph: {@link org.vigil.core.cascade.MonteCarloCascade}
 * (how likely is each asset hit by each horizon, and how far does a cascade spread, run by run),
 * {@link org.vigil.core.cascade.RootCauseDiagnosis} (these assets show incidents: whose failure
 * explains them?) and {@link org.vigil.core.cascade.CriticalityAnalysis} (which assets and chains
 * matter most). Their results hand out asset ids, not indexes.
 *
 * <h2>Semantics of the time-phased model</h2>
 *
 * Times are minutes after the cascade's reference time. A start condition puts its asset at its
 * state's level ({@link org.vigil.core.cascade.CascadeSettings}: FAILED and COMPROMISED 1.0,
 * DEGRADED 0.5) from its start minute on, with likelihood 1.
 *
 * <p><b>Contributions.</b> A dependency e from u to v with likelihood p, delay d, growth g over
 * ramp r and maxImpact m delivers, once u is hit, a contribution to v that arrives at T(u) + d,
 * with level min(L(u), m) and likelihood P(u)·p, and grows along g over r: STEP full at once,
 * LINEAR evenly, LOGISTIC along an S-curve (steepness 10 on the ramp scaled to [0, 1]) normalised to
 * be exactly 0 at arrival and 1 at arrival + r; a ramp of 0 is full at once. A dependency with
 * likelihood 0 or maxImpact 0 passes nothing on. The level takes the smaller of the source's level
 * and m (a dependent loses at most the share that depends on the supplier, and no more than the
 * supplier lost), so levels are bottlenecks: they do not fade along a chain, only a narrower
 * dependency lowers them.
 *
 * <p><b>Redundancy groups.</b> The dependencies into v sharing a group name are alternatives: the
 * group delivers only when all its members deliver, arriving at the latest member's arrival, with
 * the smallest member level and the product of the member likelihoods. Over time the group's
 * contribution is the smallest of its members' grown contributions: it rises with the
 * latest-arriving member (once the others have grown) and tops out at the smallest level. Taking
 * the minimum at each moment rather than the latest member's curve alone keeps impacts monotone:
 * hitting more can never make a group's impact smaller.
 *
 * <p><b>Per asset.</b> Onset T(v) is the earliest arrival over its contributions (singletons and
 * groups); level L(v) the largest contribution level; likelihood P(v) the largest contribution
 * likelihood — the most probable explanation. Not noisy-OR: paths share dependencies, so treating
 * them as independent would count the same failure several times, and the maximum keeps results
 * monotone and independent of the order contributions are found in. Impact I(v, t) is the largest
 * contribution grown to t, at most 1; a start asset has its own level from its start minute. Risk
 * is P(v) × I(v, t). An asset passes on its peak level from its onset: a deliberate upper bound,
 * as the model carries T, P and L per asset, not a whole curve.
 *
 * <p><b>Computation.</b> T, P and L are three independent label-setting passes (earliest arrival;
 * max-product; max-min), Dijkstra-like with AND nodes for groups, over the graph's arrays with a
 * primitive radix heap ({@link org.vigil.core.cascade.LabelQueue}); cycles need no special care
 * since no pass can improve a settled asset. They run in parallel. On a large graph their cost is
 * cache misses, so what a pass reads at random sits together: each edge's target, group and
 * weights in one row, each asset's label next to its out-edge range, settled assets in a bit set
 * small enough to stay in cache. Impacts at the horizons (default +15 min, 1 h, 4 h, 24 h, 72 h after the
 * reference time) are computed from each asset's contributions, as soon as onsets and levels exist.
 *
 * <p><b>Mitigations.</b> Isolating v at τ blocks every contribution (and start) arriving at v at or
 * after τ; what arrived before stays. A redundant supplier adds a dependency from the alternative
 * into the group of the supplier's dependency (or a new group with it), from the switch minute on.
 * A manual fallback caps v's own impact at its residual level from T(v) + activation delay on. A
 * restore at ρ blocks arrivals at v from ρ on and makes its impact 0 from ρ; each contribution it
 * passed on ends at ρ + delay, and a dependent recovers when every contribution that reached it
 * has ended (see {@link org.vigil.core.cascade.Mitigation.Restore}). A group whose members were
 * never all down at the same time delivers nothing.
 *
 * <p><b>Continuity.</b> For every asset with continuity targets that is hit, the disruption starts
 * at its onset and ends at its recovery, or when a manual fallback takes over whose residual level
 * is tolerable ({@link org.vigil.core.cascade.CascadeSettings#tolerableImpact()}). Its RTO (MTPD)
 * is breached at onset + RTO (+ MTPD) if the disruption lasts beyond that. Its loss is output per
 * day / 1440 × ∫ I dt from 0 to the last horizon (midpoint rule, 1-minute steps by default).
 * Affected organisations are the owners of assets downstream of it, each to be notified by the
 * earliest minute the cascade from the service reaches one of its assets, or the service's RTO
 * breach if sooner.
 *
 * <h2>Monte Carlo</h2>
 *
 * Each run draws every dependency as present with its likelihood, independently, and takes the
 * onsets of the model above over the present dependencies alone, each now certain (a group needs
 * all its members present). An asset's probability by horizon h is the share of runs that hit it
 * at or before h; its mean onset is over the runs that hit it; the blast radius of a run is the
 * number of assets it hits, start assets included. Run r's draws depend only on the seed and r, and
 * totals are integer sums, so results are identical whatever the number of threads. The engine's
 * likelihood P(v) is a lower bound of the probability of v being hit (the most likely chain is one
 * way; chains sharing dependencies only make each other more likely), and no run hits v before
 * T(v).
 *
 * <h2>Root-cause diagnosis</h2>
 *
 * Candidates are the observed assets and their ancestors; each is scored by the log-likelihood of
 * the observations if it alone failed, at its best-fitting failure minute: per observed asset
 * log(ε + (1 − ε)·P·τ) with τ the fit of the observation's time, per unobserved asset it says is
 * hit by now log(1 − δ·P). See {@link org.vigil.core.cascade.RootCauseDiagnosis}.
 *
 * <h2>Criticality</h2>
 *
 * With w(v) = criticality / 5: expected impact of a failing alone, Σ P(v)·I(v, h)·w(v) over the
 * assets it hits by h; betweenness over most likely chains (−log likelihood, ties by fewer hops),
 * each source weighted by its failure risk; and the simple chains of bounded length with the
 * largest likelihood × w(end). See {@link org.vigil.core.cascade.CriticalityAnalysis}.
 */
package org.vigil.core.cascade;

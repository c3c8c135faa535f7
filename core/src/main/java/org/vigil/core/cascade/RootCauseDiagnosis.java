package org.vigil.core.cascade;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.ForkJoinPool;

/**
 * Root-cause diagnosis, the cascade question asked backwards: these assets show incidents — whose
 * failure explains them best, and what would it hit next?
 *
 * <p><b>Candidates</b> are the observed assets and everything upstream of them (every asset with a
 * chain of dependencies to one of them). For each candidate c the engine runs a cascade from c
 * failing alone at minute 0, giving per asset its onset T(v) and likelihood P(v) (the most likely
 * contribution; 1 for c, 0 for an asset c cannot reach).
 *
 * <p><b>Score.</b> The log-likelihood of what is seen if c alone failed at minute t, with ε the
 * {@link DiagnosisSettings#background() background} chance of an unrelated incident, δ the {@link
 * DiagnosisSettings#detectionRate() detection rate} and μ the {@link
 * DiagnosisSettings#meanDetectionLagMinutes() mean detection lag}:
 *
 * <pre>
 *   S(c, t) = Σ over observed o        log(ε + (1 − ε) · P(o) · τ(o, t))
 *           + Σ over unobserved v hit by now   log(1 − δ · P(v))
 * </pre>
 *
 * An observation c explains well costs almost nothing, one it cannot explain log ε (−4.6 by
 * default), and each unobserved asset c says should be hit by now (t + T(v) ≤ now) a little: a
 * candidate far upstream explains as much but predicts more that is not seen, so the lowest
 * common cause wins. τ is the time fit: for an observation seen at s, with lag = s − (t + T(o)),
 * τ = exp(−lag / μ) if lag ≥ 0 and 0 if it was seen before c could reach it; for one without a
 * time, τ = 1 if t + T(o) ≤ now, else 0. "Now" is the minute given, else the latest observation,
 * else 0 (then failure minutes and predictions are minutes relative to now).
 *
 * <p><b>Failure minute.</b> c's score is S(c, t) at the best t: between the breakpoints where an
 * observation's predicted onset meets its time (s − T(o), or now − T(o) without a time) S only
 * grows with t, so the best t is one of them; equal scores take the later one.
 *
 * <p><b>Ranking.</b> Highest score first, ties by asset id. The posterior is exp(S) normalised
 * over the candidates. Each candidate also lists the unobserved assets it says are hit by now
 * (overdue: worth checking) and those it says come next, with predicted minute and likelihood,
 * earliest first.
 *
 * <p>Candidates are scored in parallel; each is one engine run, so the work is about the number of
 * ancestors times a cascade.
 */
public final class RootCauseDiagnosis {

    private final DiagnosisSettings settings;
    private final ForkJoinPool pool;
    private final boolean parallel;

    public RootCauseDiagnosis() {
        this(DiagnosisSettings.DEFAULTS);
    }

    public RootCauseDiagnosis(DiagnosisSettings settings) {
        this(settings, ForkJoinPool.commonPool());
    }

    /** Scores candidates on {@code pool}'s threads and the calling thread. */
    public RootCauseDiagnosis(DiagnosisSettings settings, ForkJoinPool pool) {
        this(settings, pool, true);
    }

    private RootCauseDiagnosis(DiagnosisSettings settings, ForkJoinPool pool, boolean parallel) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.parallel = parallel;
    }

    /** Every candidate on the calling thread. */
    public static RootCauseDiagnosis sequential(DiagnosisSettings settings) {
        return new RootCauseDiagnosis(settings, ForkJoinPool.commonPool(), false);
    }

    public DiagnosisSettings settings() {
        return settings;
    }

    /** Ranks the candidates, with now the latest observation (or 0 if none has a time). */
    public Diagnosis diagnose(CascadeGraph graph, List<Observation> observations) {
        return diagnose(graph, observations, OptionalDouble.empty());
    }

    public Diagnosis diagnose(CascadeGraph graph, List<Observation> observations, OptionalDouble nowMinute) {
        Objects.requireNonNull(graph, "graph");
        ObservedSet observed = new ObservedSet(graph, observations, nowMinute);
        int[] candidates = upstreamOf(graph, observed.assets());
        RootCauseCandidate[] fits = new RootCauseCandidate[candidates.length];
        ChunkedWork.run(
                pool,
                ChunkedWork.workers(pool, parallel, candidates.length),
                candidates.length,
                () -> null,
                (none, i) -> fits[i] = new CandidateFit(graph, observed, settings, candidates[i]).fit());
        List<RootCauseCandidate> ranked = new ArrayList<>(List.of(fits));
        ranked.sort(Comparator.comparingDouble(RootCauseCandidate::score)
                .reversed()
                .thenComparing(RootCauseCandidate::assetId));
        return new Diagnosis(observations, observed.now(), withPosteriors(ranked));
    }

    /** The assets with a chain of non-inert dependencies to one of the given ones, and those. */
    private static int[] upstreamOf(CascadeGraph g, int[] assets) {
        boolean[] seen = new boolean[g.assetCount()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a : assets) {
            seen[a] = true;
            queue.add(a);
        }
        int count = assets.length;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int p = g.inOffsets[v]; p < g.inOffsets[v + 1]; p++) {
                int e = g.inEdges[p];
                int u = g.sources[e];
                if (!g.isInert(e) && !seen[u]) {
                    seen[u] = true;
                    count++;
                    queue.add(u);
                }
            }
        }
        int[] upstream = new int[count];
        int next = 0;
        for (int a = 0; a < seen.length; a++) {
            if (seen[a]) {
                upstream[next++] = a;
            }
        }
        return upstream;
    }

    /** Posteriors as exp(score) normalised, summed in rank order so they never depend on threads. */
    private static List<RootCauseCandidate> withPosteriors(List<RootCauseCandidate> ranked) {
        double best = ranked.get(0).score();
        double total = 0;
        for (RootCauseCandidate c : ranked) {
            total += Math.exp(c.score() - best);
        }
        List<RootCauseCandidate> out = new ArrayList<>(ranked.size());
        for (RootCauseCandidate c : ranked) {
            out.add(new RootCauseCandidate(
                    c.assetId(),
                    c.score(),
                    Math.exp(c.score() - best) / total,
                    c.failureMinute(),
                    c.explained(),
                    c.unexplained(),
                    c.overdue(),
                    c.predictions()));
        }
        return out;
    }
}

package org.vigil.bench.nab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vigil.core.anomaly.AnomalyDetector;
import org.vigil.core.anomaly.DetectorKind;

/**
 * Vigil's anomaly detectors on the Numenta Anomaly Benchmark (NAB v1.1): every series streamed point
 * by point through a new detector, scored as NAB scores (see {@link NabScorer}), next to the scores NAB
 * publishes for other detectors. Also measures throughput (points per second on one thread, on a
 * second pass over the corpus after the scored one) and the
 * memory a detector keeps per stream (live heap, and the size of its saved state).
 *
 * <pre>
 * NabBenchmark NAB_FOLDER [--detectors all|KIND,KIND...] [--results DIR] [--per-series]
 * </pre>
 *
 * Before any detector runs, the scorer is checked: the null detector (a constant score) must score 0
 * and the perfect one (an alert at every window's first point) 100 on every profile. Exit code 1 when
 * that check fails or the default detector scores below 65 on the standard profile.
 */
public final class NabBenchmark {

    /** The standard-profile score the default detector must reach. */
    static final double TARGET_SCORE = 65;

    private final NabOptions options;

    private NabBenchmark(NabOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        try {
            System.exit(new NabBenchmark(NabOptions.parse(args)).run() ? 0 : 1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(NabOptions.USAGE);
            System.exit(2);
        }
    }

    private boolean run() throws Exception {
        NabCorpus corpus = NabCorpus.load(options.nab());
        List<CostProfile> profiles =
                CostProfile.load(options.nab().resolve("config").resolve("profiles.json"));
        PublishedScores published =
                PublishedScores.load(options.nab().resolve("results").resolve("final_results.json"));
        NabScorer scorer = new NabScorer(corpus);
        NabReport.machine(corpus);
        boolean ok = checkScorer(corpus, scorer, profiles);

        List<DetectorOutcome> outcomes = new ArrayList<>();
        for (DetectorKind kind : options.detectors()) {
            DetectorOutcome outcome = run(kind, corpus, scorer, profiles);
            outcomes.add(outcome);
            NabReport.detector(outcome);
        }
        NabReport.table(profiles, outcomes, published);
        DetectorOutcome standard = outcomes.stream()
                .filter(o -> o.name().equals(name(DetectorKind.standard())))
                .findFirst()
                .orElse(null);
        if (standard != null) {
            ok &= NabReport.targets(standard, TARGET_SCORE);
        }
        return ok;
    }

    /** NAB's normalisation must put the null detector at 0 and the perfect one at 100. */
    private static boolean checkScorer(NabCorpus corpus, NabScorer scorer, List<CostProfile> profiles) {
        List<double[]> nothing = new ArrayList<>();
        List<double[]> perfect = new ArrayList<>();
        for (NabSeries series : corpus.series()) {
            double[] constant = new double[series.size()];
            Arrays.fill(constant, 0.5);
            nothing.add(constant);
            double[] atStarts = new double[series.size()];
            series.windows().forEach(w -> atStarts[w.first()] = 1);
            perfect.add(atStarts);
        }
        List<NabScorer.Result> nullScores =
                profiles.stream().map(p -> scorer.best(p, nothing)).toList();
        List<NabScorer.Result> perfectScores =
                profiles.stream().map(p -> scorer.best(p, perfect)).toList();
        NabReport.check("null detector", nullScores);
        NabReport.check("perfect detector", perfectScores);
        boolean ok = nullScores.stream().allMatch(r -> Math.abs(r.normalised()) < 1e-9)
                && perfectScores.stream().allMatch(r -> Math.abs(r.normalised() - 100) < 1e-9);
        if (!ok) {
            System.out.println("SCORER CHECK FAILED");
        }
        return ok;
    }

    private DetectorOutcome run(DetectorKind kind, NabCorpus corpus, NabScorer scorer, List<CostProfile> profiles)
            throws Exception {
        String name = name(kind);
        ResultsWriter writer = options.results() == null ? null : new ResultsWriter(options.results());
        List<double[]> scores = new ArrayList<>();
        List<AnomalyDetector> detectors = new ArrayList<>();
        long nanos = 0;
        long before = StreamMemory.liveHeap();
        for (NabSeries series : corpus.series()) {
            SeriesRun run = SeriesRun.of(kind, series);
            scores.add(run.scores());
            detectors.add(run.detector());
            nanos += run.nanos();
            if (writer != null) {
                writer.write(name, series, run.scores());
            }
        }
        // held: the detectors and the scores; then the scores only
        long held = StreamMemory.liveHeap();
        long totalSnapshot = 0;
        long maxSnapshot = 0;
        for (AnomalyDetector detector : detectors) {
            int size = detector.snapshot().size();
            totalSnapshot += size;
            maxSnapshot = Math.max(maxSnapshot, size);
        }
        int count = detectors.size();
        detectors.clear();
        long released = StreamMemory.liveHeap();
        long perStream = held > released && released >= before - (64L << 20) ? (held - released) / count : -1;

        // A second pass, timed alone: the first also paid for compiling the detector's code, which a
        // monitor running for days pays once.
        long steadyNanos = 0;
        for (NabSeries series : corpus.series()) {
            steadyNanos += SeriesRun.of(kind, series).nanos();
        }

        List<NabScorer.Result> results =
                profiles.stream().map(p -> scorer.best(p, scores)).toList();
        if (options.perSeries()) {
            double threshold = results.get(0).threshold();
            NabReport.perSeries(corpus, scorer.perSeries(profiles.get(0), scores, threshold));
        }
        List<NabScorer.Result> atAlertThreshold = profiles.stream()
                .map(p -> scorer.at(p, scores, kind.alertThreshold()))
                .toList();
        return new DetectorOutcome(
                name,
                results,
                atAlertThreshold,
                corpus.points() / (steadyNanos / 1e9),
                corpus.points() / (nanos / 1e9),
                perStream,
                totalSnapshot / count,
                maxSnapshot);
    }

    static String name(DetectorKind kind) {
        return "vigil-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

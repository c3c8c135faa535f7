package org.vigil.visual.cascade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeModel;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.CascadeSettings;
import org.vigil.core.cascade.ContinuityReport;
import org.vigil.core.cascade.CriticalityAnalysis;
import org.vigil.core.cascade.ExplanationPath;
import org.vigil.core.cascade.Mitigation;
import org.vigil.core.cascade.Observation;
import org.vigil.core.cascade.RootCauseDiagnosis;
import org.vigil.core.cascade.ServiceContinuity;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.cascade.WhatIfComparison;
import org.vigil.core.model.Asset;
import org.vigil.core.model.ContinuityTargets;
import org.vigil.core.model.Layer;

/**
 * The panel's questions asked of the cascade engine, toolkit-free and on the caller's thread (the
 * view model calls it through {@code Background}). Times are minutes on the start set's clock;
 * the horizon is the first start plus the chosen span.
 */
public final class CascadeAnalysis {

    /** Chains listed in each of the two chain lists. */
    static final int CHAINS = 10;

    private static final List<Double> RELATIVE_HORIZONS = List.of(15.0, 60.0, 240.0, 1440.0, 4320.0);

    /** Everything for one start set: cascade, chains and root-cause candidates. */
    public PanelAnalysis analyse(LoadedScenario loaded, StartSet starts, ChartSpan span) {
        CascadeOutcome outcome = outcome(loaded, starts, List.of(), span);
        List<ChainRow> scenarioChains = new CriticalityAnalysis()
                .riskiestChains(loaded.graph(), CHAINS, CriticalityAnalysis.DEFAULT_MAX_HOPS).stream()
                        .map(c -> new ChainRow(c.assetIds(), c.likelihood(), c.risk(), OptionalDouble.empty()))
                        .toList();
        return new PanelAnalysis(
                outcome, scenarioChains, new RootCauseDiagnosis().diagnose(loaded.graph(), observations(starts)));
    }

    /**
     * One run with the mitigations, whose minutes count from the first start (a restore "at 90"
     * is 90 minutes after it).
     */
    public CascadeOutcome outcome(
            LoadedScenario loaded, StartSet starts, List<Mitigation> mitigations, ChartSpan span) {
        double origin = starts.origin();
        CascadeModel model = new TimePhasedCascade(settings(origin, span));
        List<Mitigation> shifted =
                mitigations.stream().map(m -> shift(m, origin)).toList();
        CascadeResult result = model.propagate(loaded.graph(), starts.conditions(), shifted);
        List<Double> samples = samples(origin, span);
        return new CascadeOutcome(
                starts,
                samples,
                series(loaded, result, samples),
                continuity(loaded.graph(), result),
                chains(loaded, result, starts),
                result);
    }

    /** Run A as is and run B with the mitigations, compared. */
    public WhatIfOutcome whatIf(LoadedScenario loaded, StartSet starts, List<Mitigation> mitigations, ChartSpan span) {
        CascadeOutcome a = outcome(loaded, starts, List.of(), span);
        CascadeOutcome b = outcome(loaded, starts, mitigations, span);
        WhatIfComparison comparison = WhatIfComparison.between(a.result(), b.result());
        Set<String> services = new LinkedHashSet<>();
        a.series().forEach(s -> services.add(s.assetId()));
        b.series().forEach(s -> services.add(s.assetId()));
        Map<String, ImpactSeries> inA = a.series().stream().collect(Collectors.toMap(ImpactSeries::assetId, s -> s));
        Map<String, ImpactSeries> inB = b.series().stream().collect(Collectors.toMap(ImpactSeries::assetId, s -> s));
        List<ComparisonRow> rows = new ArrayList<>();
        for (String id : services) {
            rows.add(new ComparisonRow(
                    id,
                    inA.containsKey(id) ? inA.get(id).finalImpact() : 0,
                    inB.containsKey(id) ? inB.get(id).finalImpact() : 0,
                    comparison.continuityChange(id)));
        }
        // The biggest help first, then the biggest harm, so the table reads as the effect of B.
        rows.sort(Comparator.comparingDouble(ComparisonRow::difference).thenComparing(ComparisonRow::assetId));
        return new WhatIfOutcome(a, b, rows, comparison.assetsSpared(), comparison.lossAvoided());
    }

    private static CascadeSettings settings(double origin, ChartSpan span) {
        List<Double> horizons = new ArrayList<>();
        for (double h : RELATIVE_HORIZONS) {
            if (h < span.minutes()) {
                horizons.add(origin + h);
            }
        }
        horizons.add(origin + span.minutes());
        return CascadeSettings.DEFAULTS.withHorizons(
                horizons.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static List<Double> samples(double origin, ChartSpan span) {
        List<Double> minutes = new ArrayList<>(ChartSpan.SAMPLES + 1);
        for (int i = 0; i <= ChartSpan.SAMPLES; i++) {
            minutes.add(origin + (double) i * span.stepMinutes());
        }
        return minutes;
    }

    /** Business-layer assets the run reaches, earliest onset first. */
    private static List<ImpactSeries> series(LoadedScenario loaded, CascadeResult result, List<Double> samples) {
        double[] minutes = samples.stream().mapToDouble(Double::doubleValue).toArray();
        List<ImpactSeries> series = new ArrayList<>();
        for (String id : result.impactedAssetIds()) {
            Asset asset = loaded.scenario().asset(id).orElse(null);
            if (asset == null || asset.layer() != Layer.BUSINESS) {
                continue;
            }
            double onset = result.onsetMinute(id).orElseThrow();
            List<Double> impacts = new ArrayList<>(minutes.length);
            for (double value : result.impactCurve(id, minutes)) {
                impacts.add(value);
            }
            OptionalDouble rto = asset.continuity()
                    .map(ContinuityTargets::rtoMinutes)
                    .map(m -> OptionalDouble.of(onset + m))
                    .orElse(OptionalDouble.empty());
            OptionalDouble mtpd = asset.continuity()
                    .map(ContinuityTargets::mtpdMinutes)
                    .map(m -> OptionalDouble.of(onset + m))
                    .orElse(OptionalDouble.empty());
            series.add(new ImpactSeries(id, onset, impacts, rto, mtpd));
        }
        return series;
    }

    private static List<ContinuityRow> continuity(CascadeGraph graph, CascadeResult result) {
        List<ContinuityRow> rows = new ArrayList<>();
        for (ServiceContinuity s : ContinuityReport.of(result).services()) {
            int a = graph.requireIndex(s.assetId());
            rows.add(new ContinuityRow(
                    s.assetId(),
                    s.onsetMinute(),
                    s.disruptionEndMinute(),
                    s.onsetMinute() + graph.rtoMinutes(a),
                    s.onsetMinute() + graph.mtpdMinutes(a),
                    s.rtoBreachMinute(),
                    s.mtpdBreachMinute()));
        }
        return rows;
    }

    /**
     * The riskiest chains from the start set: each hit asset's most likely explanation, ranked by
     * its likelihood × the asset's criticality / 5, as the scenario-wide riskiest chains are.
     */
    private static List<ChainRow> chains(LoadedScenario loaded, CascadeResult result, StartSet starts) {
        Set<String> startIds =
                starts.conditions().stream().map(StartCondition::assetId).collect(Collectors.toSet());
        List<ChainRow> chains = new ArrayList<>();
        for (String id : result.impactedAssetIds()) {
            if (startIds.contains(id)) {
                continue;
            }
            List<ExplanationPath> why = result.explain(id, 1);
            if (why.isEmpty() || why.get(0).hops().isEmpty()) {
                continue;
            }
            ExplanationPath path = why.get(0);
            int criticality =
                    loaded.scenario().asset(id).map(Asset::criticality).orElse(Asset.MIN_CRITICALITY);
            chains.add(new ChainRow(
                    path.assetIds(),
                    path.likelihood(),
                    path.likelihood() * criticality / Asset.MAX_CRITICALITY,
                    OptionalDouble.of(path.arrivalMinute())));
        }
        chains.sort(Comparator.comparingDouble(ChainRow::risk)
                .reversed()
                .thenComparingDouble(c -> c.arrivalMinute().orElse(0))
                .thenComparing(c -> String.join(" ", c.assetIds())));
        return chains.subList(0, Math.min(CHAINS, chains.size()));
    }

    /** The start assets as observed incidents: at their start minute when they come from incidents. */
    static List<Observation> observations(StartSet starts) {
        return starts.conditions().stream()
                .map(c -> starts.source() == StartSource.LIVE
                        ? Observation.at(c.assetId(), c.startMinute())
                        : Observation.of(c.assetId()))
                .toList();
    }

    private static Mitigation shift(Mitigation m, double origin) {
        if (m instanceof Mitigation.Isolate i) {
            return new Mitigation.Isolate(i.assetId(), origin + i.atMinute());
        } else if (m instanceof Mitigation.Restore r) {
            return new Mitigation.Restore(r.assetId(), origin + r.atMinute());
        } else if (m instanceof Mitigation.RedundantSupplier s) {
            return new Mitigation.RedundantSupplier(
                    s.assetId(), s.supplierId(), s.alternativeId(), origin + s.atMinute());
        }
        return m; // a manual fallback counts from the asset's own onset
    }
}

package org.vigil.app.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ContinuityReport;
import org.vigil.core.cascade.ExplanationPath;
import org.vigil.core.cascade.MonteCarloResult;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.model.Scenario;

/**
 * What {@code vigil cascade} reports, for the table and the JSON alike: the run, its continuity
 * report, the assets it hits ranked by risk, and the most likely explanation of the top ones.
 *
 * @param ranked indexes (in the result's graph) of every asset hit, highest risk at any horizon
 *     first, then earliest onset, then asset id
 * @param explanations the most likely path to each of the highest-ranked assets that are not start
 *     assets, in rank order
 * @param monteCarlo the Monte Carlo runs from the same start set, if asked for
 */
record CascadeFindings(
        Scenario scenario,
        CascadeResult result,
        ContinuityReport continuity,
        List<Integer> ranked,
        List<ExplanationPath> explanations,
        Optional<MonteCarloResult> monteCarlo) {

    CascadeFindings {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(continuity, "continuity");
        ranked = List.copyOf(ranked);
        explanations = List.copyOf(explanations);
        Objects.requireNonNull(monteCarlo, "monteCarlo");
    }

    /** Reads the findings off a run, explaining up to {@code explained} assets. */
    static CascadeFindings of(
            Scenario scenario, CascadeResult result, int explained, Optional<MonteCarloResult> monteCarlo) {
        List<Integer> hit = new ArrayList<>();
        for (int a = 0; a < result.graph().assetCount(); a++) {
            if (result.isImpacted(a)) {
                hit.add(a);
            }
        }
        hit.sort(Comparator.<Integer>comparingDouble(a -> -peakRisk(result, a))
                .thenComparingDouble(result::onsetMinute)
                .thenComparing(a -> result.graph().assetId(a)));
        List<String> startIds =
                result.startConditions().stream().map(StartCondition::assetId).toList();
        List<ExplanationPath> explanations = hit.stream()
                .map(a -> result.graph().assetId(a))
                .filter(id -> !startIds.contains(id))
                .limit(explained)
                .flatMap(id -> result.explain(id, 1).stream())
                .toList();
        return new CascadeFindings(scenario, result, ContinuityReport.of(result), hit, explanations, monteCarlo);
    }

    /** The asset's highest risk over the horizons. */
    static double peakRisk(CascadeResult result, int asset) {
        double peak = 0;
        for (int h = 0; h < result.horizons().size(); h++) {
            peak = Math.max(peak, result.risk(asset, h));
        }
        return peak;
    }
}

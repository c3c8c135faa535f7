package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Two runs over the same assets side by side, typically a base run and the same start set with
 * mitigations: which continuity breaches a what-if avoids or postpones, how much loss it avoids,
 * which assets it spares and how each asset's impact changes at every horizon.
 */
public final class WhatIfComparison {

    private final ContinuityReport continuityBefore;
    private final ContinuityReport continuityAfter;
    private final List<ContinuityChange> continuityChanges;
    private final List<String> assetsSpared;
    private final List<ImpactChange> impactChanges;

    private WhatIfComparison(
            ContinuityReport continuityBefore,
            ContinuityReport continuityAfter,
            List<ContinuityChange> continuityChanges,
            List<String> assetsSpared,
            List<ImpactChange> impactChanges) {
        this.continuityBefore = continuityBefore;
        this.continuityAfter = continuityAfter;
        this.continuityChanges = continuityChanges;
        this.assetsSpared = assetsSpared;
        this.impactChanges = impactChanges;
    }

    /** Compares two runs over the same assets with the same horizons. */
    public static WhatIfComparison between(CascadeResult before, CascadeResult after) {
        CascadeGraph g = before.graph();
        if (!sameAssets(g, after.graph())) {
            throw new IllegalArgumentException("a what-if compares runs over the same assets");
        }
        if (!before.horizons().equals(after.horizons())) {
            throw new IllegalArgumentException("a what-if compares runs with the same horizons");
        }
        ContinuityReport continuityBefore = ContinuityReport.of(before);
        ContinuityReport continuityAfter = ContinuityReport.of(after);

        Set<String> services = new LinkedHashSet<>();
        continuityBefore.services().forEach(s -> services.add(s.assetId()));
        continuityAfter.services().forEach(s -> services.add(s.assetId()));
        List<ContinuityChange> changes = new ArrayList<>();
        for (String id : services) {
            Optional<ServiceContinuity> b = continuityBefore.service(id);
            Optional<ServiceContinuity> a = continuityAfter.service(id);
            changes.add(new ContinuityChange(
                    id,
                    b.map(ServiceContinuity::rtoBreachMinute).orElse(OptionalDouble.empty()),
                    a.map(ServiceContinuity::rtoBreachMinute).orElse(OptionalDouble.empty()),
                    b.map(ServiceContinuity::mtpdBreachMinute).orElse(OptionalDouble.empty()),
                    a.map(ServiceContinuity::mtpdBreachMinute).orElse(OptionalDouble.empty()),
                    b.map(s -> s.loss().orElse(0)).orElse(0.0),
                    a.map(s -> s.loss().orElse(0)).orElse(0.0)));
        }

        List<String> spared = new ArrayList<>();
        List<ImpactChange> impactChanges = new ArrayList<>();
        int horizons = before.horizons().size();
        for (int asset = 0; asset < g.assetCount(); asset++) {
            if (before.isImpacted(asset) && !after.isImpacted(asset)) {
                spared.add(g.assetId(asset));
            }
            boolean differs = false;
            for (int h = 0; h < horizons && !differs; h++) {
                differs = before.impact(asset, h) != after.impact(asset, h);
            }
            if (differs) {
                List<Double> was = new ArrayList<>();
                List<Double> is = new ArrayList<>();
                for (int h = 0; h < horizons; h++) {
                    was.add(before.impact(asset, h));
                    is.add(after.impact(asset, h));
                }
                impactChanges.add(new ImpactChange(g.assetId(asset), was, is));
            }
        }
        spared.sort(Comparator.comparingDouble((String id) -> before.onsetMinute(g.requireIndex(id)))
                .thenComparing(id -> id));
        impactChanges.sort(Comparator.comparingDouble(ImpactChange::largestReduction)
                .reversed()
                .thenComparing(ImpactChange::assetId));
        return new WhatIfComparison(
                continuityBefore,
                continuityAfter,
                List.copyOf(changes),
                List.copyOf(spared),
                List.copyOf(impactChanges));
    }

    public ContinuityReport continuityBefore() {
        return continuityBefore;
    }

    public ContinuityReport continuityAfter() {
        return continuityAfter;
    }

    /** Every service hit in either run, in the order of the base run's report, then the new ones. */
    public List<ContinuityChange> continuityChanges() {
        return continuityChanges;
    }

    public Optional<ContinuityChange> continuityChange(String assetId) {
        return continuityChanges.stream()
                .filter(c -> c.assetId().equals(assetId))
                .findFirst();
    }

    /** Services with an RTO or MTPD breach the what-if avoids. */
    public List<ContinuityChange> breachesAvoided() {
        return continuityChanges.stream()
                .filter(c -> c.rto() == BreachOutcome.AVOIDED || c.mtpd() == BreachOutcome.AVOIDED)
                .toList();
    }

    /** Services with an RTO or MTPD breach the what-if postpones. */
    public List<ContinuityChange> breachesPostponed() {
        return continuityChanges.stream()
                .filter(c -> c.rto() == BreachOutcome.POSTPONED || c.mtpd() == BreachOutcome.POSTPONED)
                .toList();
    }

    /** Known loss before minus known loss after. */
    public double lossAvoided() {
        return continuityBefore.totalLoss() - continuityAfter.totalLoss();
    }

    /** Assets hit in the base run and not at all after the what-if, earliest hit first. */
    public List<String> assetsSpared() {
        return assetsSpared;
    }

    /** Assets whose impact differs at some horizon, largest reduction first. */
    public List<ImpactChange> impactChanges() {
        return impactChanges;
    }

    public Optional<ImpactChange> impactChange(String assetId) {
        return impactChanges.stream().filter(c -> c.assetId().equals(assetId)).findFirst();
    }

    private static boolean sameAssets(CascadeGraph a, CascadeGraph b) {
        if (a == b) {
            return true;
        }
        if (a.assetCount() != b.assetCount()) {
            return false;
        }
        for (int i = 0; i < a.assetCount(); i++) {
            if (!a.assetId(i).equals(b.assetId(i))) {
                return false;
            }
        }
        return true;
    }
}

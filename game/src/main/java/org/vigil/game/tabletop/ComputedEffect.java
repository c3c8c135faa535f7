package org.vigil.game.tabletop;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.vigil.core.cascade.BreachOutcome;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ContinuityChange;
import org.vigil.core.cascade.WhatIfComparison;

/**
 * What one run changes against another, as the engine's what-if comparison says: the business
 * services (assets with continuity targets) spared and newly hit, the RTO and MTPD breaches avoided,
 * postponed and newly caused, and the lost output avoided (negative when the run loses more).
 */
public record ComputedEffect(
        List<String> servicesSpared,
        List<String> servicesHit,
        List<Breach> breachesAvoided,
        List<Breach> breachesPostponed,
        List<Breach> breachesCaused,
        double lossAvoided) {

    public ComputedEffect {
        servicesSpared = List.copyOf(servicesSpared);
        servicesHit = List.copyOf(servicesHit);
        breachesAvoided = List.copyOf(breachesAvoided);
        breachesPostponed = List.copyOf(breachesPostponed);
        breachesCaused = List.copyOf(breachesCaused);
    }

    public static ComputedEffect between(CascadeResult before, CascadeResult after) {
        WhatIfComparison comparison = WhatIfComparison.between(before, after);
        CascadeGraph graph = before.graph();
        List<String> spared = comparison.assetsSpared().stream()
                .filter(id -> graph.hasContinuity(graph.requireIndex(id)))
                .toList();
        List<String> hit = new ArrayList<>();
        for (int a = 0; a < graph.assetCount(); a++) {
            if (graph.hasContinuity(a) && after.isImpacted(a) && !before.isImpacted(a)) {
                hit.add(graph.assetId(a));
            }
        }
        List<Breach> avoided = new ArrayList<>();
        List<Breach> postponed = new ArrayList<>();
        List<Breach> caused = new ArrayList<>();
        for (ContinuityChange change : comparison.continuityChanges()) {
            sort(
                    change,
                    Breach.Target.RTO,
                    change.rto(),
                    change.rtoBreachBefore(),
                    change.rtoBreachAfter(),
                    avoided,
                    postponed,
                    caused);
            sort(
                    change,
                    Breach.Target.MTPD,
                    change.mtpd(),
                    change.mtpdBreachBefore(),
                    change.mtpdBreachAfter(),
                    avoided,
                    postponed,
                    caused);
        }
        return new ComputedEffect(spared, hit, avoided, postponed, caused, comparison.lossAvoided());
    }

    private static void sort(
            ContinuityChange change,
            Breach.Target target,
            BreachOutcome outcome,
            OptionalDouble before,
            OptionalDouble after,
            List<Breach> avoided,
            List<Breach> postponed,
            List<Breach> caused) {
        switch (outcome) {
            case AVOIDED -> avoided.add(new Breach(change.assetId(), target, before.getAsDouble()));
            case POSTPONED -> postponed.add(new Breach(change.assetId(), target, after.getAsDouble()));
            case NEW, BROUGHT_FORWARD -> caused.add(new Breach(change.assetId(), target, after.getAsDouble()));
            default -> {
                // unchanged or never breached: nothing to tell
            }
        }
    }

    /** Whether the engine sees any difference at all. */
    public boolean isEmpty() {
        return servicesSpared.isEmpty()
                && servicesHit.isEmpty()
                && breachesAvoided.isEmpty()
                && breachesPostponed.isEmpty()
                && breachesCaused.isEmpty()
                && Math.abs(lossAvoided) < 0.5;
    }
}

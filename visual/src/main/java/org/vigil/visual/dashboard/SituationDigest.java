package org.vigil.visual.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ContinuityReport;
import org.vigil.core.cascade.ServiceContinuity;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.model.Layer;

/**
 * What the live cascades of open incidents mean at one moment: assets hit per layer, the business
 * services ranked by impact, and the assets first hit in the last hour. A situation counts its minutes
 * from its reference time (the earliest open incident's first event), so "now" is a minute of it.
 */
final class SituationDigest {

    /** Highest impact now first, then the earliest breach, then the highest likelihood × level, then id. */
    static final Comparator<ServiceImpact> MOST_AFFECTED = Comparator.comparingDouble(ServiceImpact::impactNow)
            .reversed()
            .thenComparingDouble(s -> s.minutesToFirstBreach().orElse(Double.POSITIVE_INFINITY))
            .thenComparing(Comparator.comparingDouble((ServiceImpact s) -> s.likelihood() * s.level())
                    .reversed())
            .thenComparing(ServiceImpact::scenarioId)
            .thenComparing(ServiceImpact::assetId);

    private final Collection<CascadeSituation> situations;
    private final Instant now;

    SituationDigest(Collection<CascadeSituation> situations, Instant now) {
        this.situations = List.copyOf(situations);
        this.now = now;
    }

    static double minuteOf(CascadeSituation situation, Instant instant) {
        return Duration.between(situation.starts().reference(), instant).toMillis() / 60_000.0;
    }

    /** Every layer, with the assets hit by now and in all. */
    List<LayerImpact> layers() {
        Map<Layer, int[]> counts = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            counts.put(layer, new int[2]);
        }
        for (CascadeSituation situation : situations) {
            CascadeResult result = situation.result();
            CascadeGraph graph = result.graph();
            double minute = minuteOf(situation, now);
            for (int a = 0; a < graph.assetCount(); a++) {
                double onset = result.onsetMinute(a);
                if (onset < Double.POSITIVE_INFINITY) {
                    int[] count = counts.get(graph.layer(a));
                    count[1]++;
                    if (onset <= minute) {
                        count[0]++;
                    }
                }
            }
        }
        List<LayerImpact> layers = new ArrayList<>();
        counts.forEach((layer, count) -> layers.add(new LayerImpact(layer, count[0], count[1])));
        return layers;
    }

    /** The business-layer assets hit, most affected first, at most {@code limit}. */
    List<ServiceImpact> services(int limit) {
        List<ServiceImpact> services = new ArrayList<>();
        for (CascadeSituation situation : situations) {
            CascadeResult result = situation.result();
            CascadeGraph graph = result.graph();
            ContinuityReport continuity = situation.continuity();
            double minute = minuteOf(situation, now);
            for (int a = 0; a < graph.assetCount(); a++) {
                if (graph.layer(a) != Layer.BUSINESS || result.onsetMinute(a) == Double.POSITIVE_INFINITY) {
                    continue;
                }
                String id = graph.assetId(a);
                OptionalDouble rto = OptionalDouble.empty();
                OptionalDouble mtpd = OptionalDouble.empty();
                ServiceContinuity service = continuity.service(id).orElse(null);
                if (service != null) {
                    rto = minus(service.rtoBreachMinute(), minute);
                    mtpd = minus(service.mtpdBreachMinute(), minute);
                }
                services.add(new ServiceImpact(
                        situation.scenarioId(),
                        id,
                        Math.max(0, result.impactAt(id, Math.max(0, minute))),
                        result.level(a),
                        result.likelihood(a),
                        rto,
                        mtpd));
            }
        }
        services.sort(MOST_AFFECTED);
        return services.subList(0, Math.min(limit, services.size()));
    }

    private static OptionalDouble minus(OptionalDouble breach, double minute) {
        return breach.isPresent() ? OptionalDouble.of(breach.getAsDouble() - minute) : OptionalDouble.empty();
    }

    /** Assets whose onset falls after {@code since} and no later than now, as changes at their onset. */
    List<RecentChange> hitSince(Instant since) {
        List<RecentChange> hit = new ArrayList<>();
        for (CascadeSituation situation : situations) {
            CascadeResult result = situation.result();
            CascadeGraph graph = result.graph();
            double from = minuteOf(situation, since);
            double to = minuteOf(situation, now);
            for (int a = 0; a < graph.assetCount(); a++) {
                double onset = result.onsetMinute(a);
                if (onset > from && onset <= to) {
                    Instant at = situation.starts().reference().plusMillis(Math.round(onset * 60_000));
                    hit.add(RecentChange.assetHit(at, situation.scenarioId(), graph.assetId(a)));
                }
            }
        }
        return hit;
    }
}

package org.vigil.core.cascade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Works out a {@link ContinuityReport} from a run. */
final class ContinuityAssessment {

    private final CascadeResult result;
    private final PropagationPlan plan;
    private final Deliveries deliveries;
    private final CascadeGraph graph;

    ContinuityAssessment(CascadeResult result) {
        this.result = result;
        this.plan = result.plan();
        this.deliveries = result.deliveries();
        this.graph = plan.graph;
    }

    ContinuityReport assess() {
        List<ServiceContinuity> services = new ArrayList<>();
        for (int a = 0; a < graph.assetCount(); a++) {
            if (graph.hasContinuity(a) && deliveries.isImpacted(a)) {
                services.add(service(a));
            }
        }
        services.sort(Comparator.comparingDouble(
                        (ServiceContinuity s) -> s.firstBreachMinute().orElse(Double.POSITIVE_INFINITY))
                .thenComparingDouble(ServiceContinuity::onsetMinute)
                .thenComparing(ServiceContinuity::assetId));
        return new ContinuityReport(services);
    }

    private ServiceContinuity service(int asset) {
        double onset = result.onsetMinute(asset);
        double end = disruptionEnd(asset, onset);
        OptionalDouble rtoBreach = breach(onset, graph.rtoMinutes(asset), end);
        OptionalDouble mtpdBreach = breach(onset, graph.mtpdMinutes(asset), end);
        double output = graph.outputPerDay(asset);
        OptionalDouble loss = Double.isNaN(output) ? OptionalDouble.empty() : OptionalDouble.of(loss(asset, output));
        double notifyLatest = rtoBreach.orElse(Double.POSITIVE_INFINITY);
        return new ServiceContinuity(
                graph.assetId(asset),
                onset,
                end < Double.POSITIVE_INFINITY ? OptionalDouble.of(end) : OptionalDouble.empty(),
                rtoBreach,
                mtpdBreach,
                loss,
                affectedOrganisations(asset, onset, notifyLatest));
    }

    /** Recovery, or a manual fallback that brings the impact down to a tolerable level. */
    private double disruptionEnd(int asset, double onset) {
        double end = result.recoveryMinute(asset);
        if (plan.fallbackDelay != null
                && !Double.isNaN(plan.fallbackDelay[asset])
                && plan.fallbackResidual[asset] <= plan.settings.tolerableImpact()) {
            end = Math.min(end, onset + plan.fallbackDelay[asset]);
        }
        return end;
    }

    private static OptionalDouble breach(double onset, double target, double end) {
        double breach = onset + target;
        return end > breach ? OptionalDouble.of(breach) : OptionalDouble.empty();
    }

    /** Output per day / 1440 × ∫ impact dt from 0 to the last horizon, by the midpoint rule. */
    private double loss(int asset, double outputPerDay) {
        double horizon = plan.settings.lastHorizon();
        if (horizon <= 0) {
            return 0;
        }
        int steps = (int) Math.ceil(horizon / plan.settings.lossStepMinutes());
        double step = horizon / steps;
        double[] minutes = new double[steps];
        for (int i = 0; i < steps; i++) {
            minutes[i] = (i + 0.5) * step;
        }
        double[] impact = new double[steps];
        result.evaluation().impactsAt(asset, minutes, impact);
        double integral = 0;
        for (double value : impact) {
            integral += value * step;
        }
        return outputPerDay / 1440 * integral;
    }

    /**
     * Assets downstream of the service and when the cascade from it reaches them: earliest
     * arrival from the service's onset over the contributions that delivered in the run. Through a
     * redundancy group, the impact also waits for the group's other members.
     */
    private List<AffectedOrganisation> affectedOrganisations(int service, double onset, double notifyLatest) {
        int n = graph.assetCount();
        double[] reached = PropagationPlan.filled(n, Double.POSITIVE_INFINITY);
        NodeHeap heap = new NodeHeap(n);
        heap.offer(service, onset);
        List<Integer> downstream = new ArrayList<>();
        while (!heap.isEmpty()) {
            double t = heap.peekKey();
            int u = heap.poll();
            reached[u] = t;
            if (u != service) {
                downstream.add(u);
            }
            for (int e = graph.outOffsets[u]; e < graph.outOffsets[u + 1]; e++) {
                int group = graph.groups[e];
                if (group < 0 && deliveries.singletonDelivers(e)) {
                    heap.offer(graph.targets[e], t + graph.delays[e]);
                } else if (group >= 0 && deliveries.groupDelivers(group)) {
                    heap.offer(graph.targets[e], Math.max(t + graph.delays[e], deliveries.groupArrival(group)));
                }
            }
        }
        Map<Integer, List<Integer>> byOwner = new TreeMap<>();
        for (int a : downstream) {
            if (graph.owner(a) >= 0) {
                byOwner.computeIfAbsent(graph.owner(a), o -> new ArrayList<>()).add(a);
            }
        }
        List<AffectedOrganisation> organisations = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> entry : byOwner.entrySet()) {
            Integer[] assets = entry.getValue().toArray(Integer[]::new);
            Arrays.sort(
                    assets, Comparator.<Integer>comparingDouble(a -> reached[a]).thenComparing(a -> graph.assetId(a)));
            double notifyBy = Math.min(reached[assets[0]], notifyLatest);
            organisations.add(new AffectedOrganisation(
                    graph.organisationId(entry.getKey()),
                    notifyBy,
                    Arrays.stream(assets).map(graph::assetId).toList()));
        }
        organisations.sort(Comparator.comparingDouble(AffectedOrganisation::notifyByMinute)
                .thenComparing(AffectedOrganisation::organisationId));
        return organisations;
    }
}

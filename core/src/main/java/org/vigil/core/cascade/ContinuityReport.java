package org.vigil.core.cascade;

import java.util.List;
import java.util.Optional;

/**
 * Business continuity after a run: every asset with continuity targets that the run hits, the
 * earliest breach first (then by onset, then by id); services never breached come last.
 */
public record ContinuityReport(List<ServiceContinuity> services) {

    public ContinuityReport {
        services = List.copyOf(services);
    }

    /** Assesses a run; see {@link ServiceContinuity} for what each field means. */
    public static ContinuityReport of(CascadeResult result) {
        return new ContinuityAssessment(result).assess();
    }

    public Optional<ServiceContinuity> service(String assetId) {
        return services.stream().filter(s -> s.assetId().equals(assetId)).findFirst();
    }

    /** The sum of the known losses. */
    public double totalLoss() {
        return services.stream().mapToDouble(s -> s.loss().orElse(0)).sum();
    }

    /** The services whose RTO or MTPD the run breaches, earliest breach first. */
    public List<ServiceContinuity> breached() {
        return services.stream().filter(s -> s.firstBreachMinute().isPresent()).toList();
    }
}

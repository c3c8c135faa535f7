package org.vigil.visual.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ContinuityReport;
import org.vigil.core.cascade.ServiceContinuity;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Scenario;

/**
 * What a cascade does, as a report lists it: the assets hit (highest impact first, then earliest)
 * and the services hit, earliest breach first. Times are wall-clock times, worked out from the
 * cascade's reference time; impacts are those at the cascade's last horizon.
 */
public record CascadeDigest(List<ImpactedAsset> assets, List<ServiceBreach> services) {

    public static final CascadeDigest NONE = new CascadeDigest(List.of(), List.of());

    private static final Comparator<ImpactedAsset> BY_IMPACT = Comparator.comparingDouble(ImpactedAsset::impact)
            .reversed()
            .thenComparing(ImpactedAsset::onset)
            .thenComparing(ImpactedAsset::scenarioId)
            .thenComparing(ImpactedAsset::assetId);
    private static final Comparator<ServiceBreach> BY_BREACH = Comparator.comparing(
                    (ServiceBreach s) -> s.rtoBreach().or(s::mtpdBreach).orElse(Instant.MAX))
            .thenComparing(ServiceBreach::onset)
            .thenComparing(ServiceBreach::scenarioId)
            .thenComparing(ServiceBreach::assetId);

    public CascadeDigest {
        assets = List.copyOf(assets);
        services = List.copyOf(services);
    }

    public boolean isEmpty() {
        return assets.isEmpty();
    }

    /** A run over one scenario whose minute 0 is {@code reference}; names in the language of {@code languageTag}. */
    public static CascadeDigest of(
            Scenario scenario,
            Instant reference,
            CascadeResult result,
            ContinuityReport continuity,
            String languageTag) {
        int last = result.horizons().size() - 1;
        List<ImpactedAsset> assets = new ArrayList<>();
        for (String id : result.impactedAssetIds()) {
            Optional<Asset> asset = scenario.asset(id);
            if (asset.isEmpty()) {
                continue;
            }
            assets.add(new ImpactedAsset(
                    scenario.id(),
                    id,
                    ReportSources.name(scenario, asset.get(), languageTag),
                    asset.get().layer(),
                    at(reference, result.onsetMinute(id).orElse(0)),
                    result.likelihood(id),
                    last < 0 ? result.level(id) : result.impact(id, last)));
        }
        List<ServiceBreach> services = new ArrayList<>();
        for (ServiceContinuity service : continuity.services()) {
            String name = scenario.asset(service.assetId())
                    .map(a -> ReportSources.name(scenario, a, languageTag))
                    .orElse(service.assetId());
            services.add(new ServiceBreach(
                    scenario.id(),
                    service.assetId(),
                    name,
                    at(reference, service.onsetMinute()),
                    at(reference, service.rtoBreachMinute()),
                    at(reference, service.mtpdBreachMinute())));
        }
        return new CascadeDigest(assets, services).sorted();
    }

    /** Several scenarios' cascades as one list each. */
    public static CascadeDigest merge(List<CascadeDigest> digests) {
        List<ImpactedAsset> assets = new ArrayList<>();
        List<ServiceBreach> services = new ArrayList<>();
        for (CascadeDigest digest : digests) {
            assets.addAll(digest.assets());
            services.addAll(digest.services());
        }
        return new CascadeDigest(assets, services).sorted();
    }

    private CascadeDigest sorted() {
        List<ImpactedAsset> a = new ArrayList<>(assets);
        a.sort(BY_IMPACT);
        List<ServiceBreach> s = new ArrayList<>(services);
        s.sort(BY_BREACH);
        return new CascadeDigest(a, s);
    }

    private static Instant at(Instant reference, double minute) {
        return reference.plusMillis(Math.round(minute * 60_000));
    }

    private static Optional<Instant> at(Instant reference, OptionalDouble minute) {
        return minute.isPresent() ? Optional.of(at(reference, minute.getAsDouble())) : Optional.empty();
    }
}

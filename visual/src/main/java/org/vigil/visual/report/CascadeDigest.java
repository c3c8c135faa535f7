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
import org.vigil.core.model.Layer;
import org.vigil.core.model.Scenario;

/**
 * What a cascade does, as a report lists it: the assets hit (highest impact first, then earliest),
 * the services hit, earliest breach first, and the impact over time of each business-layer asset hit
 * (highest peak first, then longest and hardest hit), for the report's chart. Times are wall-clock times, worked out from the
 * cascade's reference time; impacts of {@code assets} are those at the cascade's last horizon.
 */
public record CascadeDigest(List<ImpactedAsset> assets, List<ServiceBreach> services, List<ServiceImpactCurve> curves) {

    public static final CascadeDigest NONE = new CascadeDigest(List.of(), List.of(), List.of());

    /** Intervals a curve is sampled in, from minute 0 to the last horizon. */
    static final int CURVE_INTERVALS = 1440;

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
    private static final Comparator<ServiceImpactCurve> BY_PEAK = Comparator.comparingDouble(ServiceImpactCurve::peak)
            .reversed()
            .thenComparing(Comparator.comparingDouble(ServiceImpactCurve::mean).reversed())
            .thenComparing(ServiceImpactCurve::scenarioId)
            .thenComparing(ServiceImpactCurve::assetId);

    public CascadeDigest {
        assets = List.copyOf(assets);
        services = List.copyOf(services);
        curves = List.copyOf(curves);
    }

    /** A digest without impact curves (a report then draws no chart). */
    public CascadeDigest(List<ImpactedAsset> assets, List<ServiceBreach> services) {
        this(assets, services, List.of());
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
        List<ServiceImpactCurve> curves = curves(scenario, reference, result, languageTag);
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
        return new CascadeDigest(assets, services, curves).sorted();
    }

    /** The impact over time of every business-layer asset the run reaches, up to its last horizon. */
    private static List<ServiceImpactCurve> curves(
            Scenario scenario, Instant reference, CascadeResult result, String languageTag) {
        List<Double> horizons = result.horizons();
        double last = horizons.isEmpty() ? 0 : horizons.get(horizons.size() - 1);
        if (!(last > 0)) {
            return List.of();
        }
        double step = last / CURVE_INTERVALS;
        double[] minutes = new double[CURVE_INTERVALS + 1];
        for (int i = 0; i <= CURVE_INTERVALS; i++) {
            minutes[i] = i * step;
        }
        List<ServiceImpactCurve> curves = new ArrayList<>();
        for (String id : result.impactedAssetIds()) {
            Optional<Asset> asset = scenario.asset(id);
            if (asset.isEmpty() || asset.get().layer() != Layer.BUSINESS) {
                continue;
            }
            List<Double> impacts = new ArrayList<>(minutes.length);
            for (double impact : result.impactCurve(id, minutes)) {
                impacts.add(impact);
            }
            curves.add(new ServiceImpactCurve(
                    scenario.id(),
                    id,
                    ReportSources.name(scenario, asset.get(), languageTag),
                    reference,
                    step,
                    impacts));
        }
        return curves;
    }

    /** Several scenarios' cascades as one list each. */
    public static CascadeDigest merge(List<CascadeDigest> digests) {
        List<ImpactedAsset> assets = new ArrayList<>();
        List<ServiceBreach> services = new ArrayList<>();
        List<ServiceImpactCurve> curves = new ArrayList<>();
        for (CascadeDigest digest : digests) {
            assets.addAll(digest.assets());
            services.addAll(digest.services());
            curves.addAll(digest.curves());
        }
        return new CascadeDigest(assets, services, curves).sorted();
    }

    private CascadeDigest sorted() {
        List<ImpactedAsset> a = new ArrayList<>(assets);
        a.sort(BY_IMPACT);
        List<ServiceBreach> s = new ArrayList<>(services);
        s.sort(BY_BREACH);
        List<ServiceImpactCurve> c = new ArrayList<>(curves);
        c.sort(BY_PEAK);
        return new CascadeDigest(a, s, c);
    }

    private static Instant at(Instant reference, double minute) {
        return reference.plusMillis(Math.round(minute * 60_000));
    }

    private static Optional<Instant> at(Instant reference, OptionalDouble minute) {
        return minute.isPresent() ? Optional.of(at(reference, minute.getAsDouble())) : Optional.empty();
    }
}

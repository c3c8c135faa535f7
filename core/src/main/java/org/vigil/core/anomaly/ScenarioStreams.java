package org.vigil.core.anomaly;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Scenario;

/**
 * Which metric streams each asset of a scenario may have. A stream comes into being with the first
 * event that feeds it, so listing a metric costs nothing until the asset's events carry it.
 *
 * @param scenarioId the scenario
 * @param byAsset the metrics of each asset, by asset id; an asset not listed has none
 */
public record ScenarioStreams(String scenarioId, Map<String, Set<Metric>> byAsset) {

    /** Tag of physical assets that hold cold-chain loggers (a cold room), whatever their kind. */
    static final String COLD_CHAIN_TAG = "cold-chain";

    public ScenarioStreams {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Map<String, Set<Metric>> copy = new LinkedHashMap<>();
        byAsset.forEach((asset, metrics) ->
                copy.put(asset, metrics.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(metrics))));
        byAsset = Collections.unmodifiableMap(copy);
    }

    /**
     * The streams that suit each asset's kind: vehicles their distance from the planned route and
     * their dwell time; cold-chain sensors (and physical assets tagged {@code cold-chain}) their
     * temperature; servers and endpoints their event rate, failed logins, destinations, bytes out and
     * new domains; services and applications their event rate, failed logins and the orders and
     * payments they take; business services the orders and payments; accounts and people their failed
     * logins; other physical assets their event rate.
     */
    public static ScenarioStreams defaults(Scenario scenario) {
        Map<String, Set<Metric>> byAsset = new LinkedHashMap<>();
        for (Asset asset : scenario.assets()) {
            Set<Metric> metrics = defaults(asset);
            if (!metrics.isEmpty()) {
                byAsset.put(asset.id(), metrics);
            }
        }
        return new ScenarioStreams(scenario.id(), byAsset);
    }

    static Set<Metric> defaults(Asset asset) {
        return switch (asset.kind()) {
            case SERVER, ENDPOINT ->
                EnumSet.of(
                        Metric.EVENT_RATE,
                        Metric.FAILED_LOGINS,
                        Metric.DISTINCT_DESTINATIONS,
                        Metric.BYTES_OUT,
                        Metric.NEW_DOMAINS);
            case SERVICE, APPLICATION ->
                EnumSet.of(Metric.EVENT_RATE, Metric.FAILED_LOGINS, Metric.ORDERS, Metric.PAYMENTS);
            case DATA_STORE -> EnumSet.of(Metric.EVENT_RATE, Metric.FAILED_LOGINS, Metric.BYTES_OUT);
            case NETWORK ->
                EnumSet.of(Metric.EVENT_RATE, Metric.DISTINCT_DESTINATIONS, Metric.BYTES_OUT, Metric.NEW_DOMAINS);
            case ACCOUNT -> EnumSet.of(Metric.EVENT_RATE, Metric.FAILED_LOGINS);
            case VEHICLE -> EnumSet.of(Metric.ROUTE_DISTANCE, Metric.DWELL);
            case COLD_CHAIN_SENSOR -> EnumSet.of(Metric.TEMPERATURE);
            case BUSINESS_SERVICE, BUSINESS_PROCESS -> EnumSet.of(Metric.ORDERS, Metric.PAYMENTS);
            case ROLE, STAFF_GROUP, COURIER, CUSTOMER_GROUP -> EnumSet.of(Metric.FAILED_LOGINS);
            case FACILITY, WAREHOUSE, TRACKING_DEVICE, PHARMACY, ATM, POS_TERMINAL ->
                asset.tags().contains(COLD_CHAIN_TAG)
                        ? EnumSet.of(Metric.EVENT_RATE, Metric.TEMPERATURE)
                        : EnumSet.of(Metric.EVENT_RATE);
        };
    }

    /** The metrics of one asset. */
    public Set<Metric> of(String assetId) {
        return byAsset.getOrDefault(assetId, Set.of());
    }

    /** The same streams, except that the asset has exactly {@code metrics} (none removes it). */
    public ScenarioStreams with(String assetId, Set<Metric> metrics) {
        Map<String, Set<Metric>> changed = new LinkedHashMap<>(byAsset);
        if (metrics.isEmpty()) {
            changed.remove(assetId);
        } else {
            changed.put(assetId, metrics);
        }
        return new ScenarioStreams(scenarioId, changed);
    }
}

package org.vigil.core.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.core.correlate.CorrelationMatch;
import org.vigil.core.correlate.CorrelationRule;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.correlate.CorrelatorStats;
import org.vigil.core.correlate.EventFields;
import org.vigil.core.correlate.FieldDemand;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.RulesByFormat;
import org.vigil.core.correlate.SigmaCorrelator;
import org.vigil.core.correlate.SigmaRule;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.ingest.EventCorrelation;
import org.vigil.core.ingest.TagRule;
import org.vigil.core.model.Detection;
import org.vigil.core.store.IncidentRepository;

/**
 * Turns what the rules find into incidents.
 *
 * <ul>
 *   <li>A correlation that fires raises an incident grouping its events, their assets and entities,
 *       and their techniques.
 *   <li>A detection rule no correlation refers to (or one whose correlation says {@code generate:
 *       true}, as Sigma specifies) raises an incident on its own when its level is medium or above;
 *       lower levels only feed correlations. Its events are grouped by rule and first asset.
 *   <li>Tag rules ({@link TagRule}) map events to assets and never raise anything.
 * </ul>
 *
 * While an incident is open, later findings of the same rule and group join it instead of opening
 * another. Incident ids are content hashes of rule, group and first event, so reading the same
 * events again changes nothing. Calls are serialised: several sources may share one detection.
 */
public final class IncidentDetection implements EventCorrelation {

    /** The author of what detection writes in an incident's trail. */
    public static final String AUTHOR = "vigil";

    private final SigmaCorrelator correlator;
    private final FieldDemand demand;
    /** Rules that raise an incident on their own, by the formats they apply to. */
    private final RulesByFormat alerting;

    private final IncidentRepository incidents;
    private final Clock clock;
    private final IncidentListener listener;

    public IncidentDetection(
            LoadedRules rules,
            CorrelatorConfig config,
            IncidentRepository incidents,
            Clock clock,
            IncidentListener listener) {
        this.correlator = new SigmaCorrelator(rules, config);
        this.demand = FieldDemand.of(rules);
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        Set<String> referenced = new HashSet<>();
        Set<String> generating = new HashSet<>();
        for (CorrelationRule correlation : rules.correlations()) {
            referenced.addAll(correlation.rules());
            if (correlation.generate()) {
                generating.addAll(correlation.rules());
            }
        }
        List<SigmaRule> alerts = new ArrayList<>();
        for (SigmaRule rule : rules.rules()) {
            boolean standalone = rule.key() == null || !referenced.contains(rule.key());
            boolean generates = rule.key() != null && generating.contains(rule.key());
            if ((standalone || generates) && SeverityOfLevel.of(rule.level()).compareTo(EventSeverity.MEDIUM) >= 0) {
                alerts.add(rule);
            }
        }
        alerting = new RulesByFormat(alerts);
    }

    @Override
    public synchronized void correlate(List<Event> events) {
        for (Event event : events) {
            // One set of fields per event, shared by the alerting rules and the correlator.
            EventFields fields = EventFields.of(event, demand);
            for (SigmaRule rule : alerting.of(event.format())) {
                if (rule.matches(fields)) {
                    record(alert(rule, event));
                }
            }
            correlator.accept(event, fields).forEach(match -> record(detection(match)));
        }
    }

    @Override
    public synchronized void finish() {
        correlator.flush().forEach(match -> record(detection(match)));
    }

    public synchronized CorrelatorStats stats() {
        return correlator.stats();
    }

    private void record(Detection detection) {
        String id = incidentId(detection.groupKey(), detection.eventIds().get(0));
        IncidentRepository.Recorded recorded = incidents.record(detection, id, clock.instant(), AUTHOR);
        if (recorded.outcome() != IncidentRepository.Outcome.UNCHANGED) {
            listener.changed(recorded.incidentId());
        }
    }

    private static Detection detection(CorrelationMatch match) {
        StringBuilder key = new StringBuilder(match.ruleId());
        match.group()
                .forEach((field, value) ->
                        key.append('\u001f').append(field).append('=').append(value));
        return new Detection(
                match.ruleId(),
                match.ruleTitle(),
                SeverityOfLevel.of(match.level()),
                key.toString(),
                match.group(),
                match.eventIds(),
                match.techniques(),
                match.windowStart(),
                match.windowEnd());
    }

    private static Detection alert(SigmaRule rule, Event event) {
        String ruleId = rule.id() != null ? rule.id() : rule.key() != null ? rule.key() : rule.title();
        Map<String, String> group = new LinkedHashMap<>();
        if (!event.assetIds().isEmpty()) {
            group.put("vigil.asset", event.assetIds().get(0));
        }
        StringBuilder key = new StringBuilder(ruleId);
        group.forEach(
                (field, value) -> key.append('\u001f').append(field).append('=').append(value));
        return new Detection(
                ruleId,
                rule.title(),
                SeverityOfLevel.of(rule.level()),
                key.toString(),
                group,
                List.of(event.id()),
                event.techniques(),
                event.eventTime(),
                event.eventTime());
    }

    private static String incidentId(String groupKey, String firstEventId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(groupKey.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(firstEventId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

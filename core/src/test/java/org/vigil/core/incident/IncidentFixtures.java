package org.vigil.core.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRuleLoader;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.JsonRecords;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.store.Workspace;

/** Rules, events and a pipeline into a real workspace, for the incident tests. */
final class IncidentFixtures {

    static final Instant T0 = Instant.parse("2025-03-17T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    /** Three failed logins from one address within five minutes, and a standalone high and low rule. */
    static final String RULES = """
            title: Failed SSH login
            name: ssh_failed
            id: 8f0c6a1e-0001-4000-8000-000000000001
            level: low
            logsource:
                product: linux
            detection:
                selection:
                    program: sshd
                    outcome: failure
                condition: selection
            ---
            title: SSH brute force
            id: 8f0c6a1e-0002-4000-8000-000000000002
            level: high
            correlation:
                type: event_count
                rules:
                    - ssh_failed
                group-by:
                    - src_ip
                timespan: 5m
                condition:
                    gte: 3
            ---
            title: Web shell written
            id: 8f0c6a1e-0003-4000-8000-000000000003
            level: critical
            logsource:
                product: linux
            detection:
                selection:
                    file|endswith: '.php'
                    action: created
                condition: selection
            ---
            title: Cron job edited
            id: 8f0c6a1e-0004-4000-8000-000000000004
            level: low
            logsource:
                product: linux
            detection:
                selection:
                    program: crontab
                condition: selection
            """;

    private IncidentFixtures() {}

    static LoadedRules rules() {
        LoadedRules loaded = new SigmaRuleLoader().load(Path.of("rules.yml"), RULES);
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException(loaded.problems().toString());
        }
        return loaded;
    }

    static IncidentDetection detection(Workspace workspace, IncidentListener listener) {
        return new IncidentDetection(rules(), CorrelatorConfig.defaults(), workspace.incidents(), CLOCK, listener);
    }

    static EventPipeline pipeline(Workspace workspace, IncidentDetection detection) {
        return new EventPipeline(
                workspace.events(), new AssetMapper(List.of()), detection, CLOCK, 100, IngestProgress.NONE);
    }

    static Event failedLogin(String id, long seconds, String sourceIp) {
        return event(
                id,
                seconds,
                raw("program", "sshd", "outcome", "failure", "src_ip", sourceIp, "user", "root"),
                List.of("T1110"),
                List.of(new Entity(EntityType.IP, sourceIp), new Entity(EntityType.USER, "root")),
                List.of("retail/web-01"));
    }

    static Event webShell(String id, long seconds, String asset) {
        return event(
                id,
                seconds,
                raw("file", "/var/www/upload/x.php", "action", "created"),
                List.of("T1505.003"),
                List.of(new Entity(EntityType.HOST, asset)),
                List.of("retail/" + asset));
    }

    static Event cronEdit(String id, long seconds) {
        return event(id, seconds, raw("program", "crontab"), List.of(), List.of(), List.of("retail/web-01"));
    }

    private static Event event(
            String id, long seconds, String raw, List<String> techniques, List<Entity> entities, List<String> assets) {
        Instant time = T0.plusSeconds(seconds);
        return new Event(
                id,
                time,
                time,
                "test-monitor",
                FeedFormat.VIGIL,
                EventCategory.AUTHENTICATION,
                EventSeverity.MEDIUM,
                "event " + id,
                techniques,
                entities,
                assets,
                raw);
    }

    private static String raw(String... keysAndValues) {
        ObjectNode node = JsonRecords.mapper().createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return node.toString();
    }
}

package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.store.Workspace;

/** {@code vigil ingest} raises incidents from rules; {@code vigil incidents list} shows them. */
class IncidentsCommandTest {

    /** A rule of the user's own, next to the shipped packs: scans of database ports. */
    private static final String RULES = """
            title: Database port scanned from the internet
            id: 3c2e7a10-0000-4000-8000-0000000000c1
            level: high
            tags:
                - attack.t1046
            logsource:
                product: suricata
            detection:
                selection:
                    event_type: alert
                    alert.signature|contains: 'inbound to mySQL'
                condition: selection
            """;

    @TempDir
    Path dir;

    private CliHarness cli;
    private Path eve;
    private Path rules;

    @BeforeEach
    void importedWithARuleFolder() throws Exception {
        cli = new CliHarness(dir);
        eve = cli.sample("/feeds/eve.json", "eve.json");
        rules = cli.rules(RULES);
    }

    @Test
    void ingestRaisesTheIncidentAndListShowsIt() {
        // when
        int ingest = cli.run("ingest", "--format", "suricata", "--rules", rules.toString(), eve.toString());

        // then
        assertThat(ingest).isZero();
        assertThat(cli.out()).contains("1 incident raised or grown");
        assertThat(cli.run("incidents", "list")).isZero();
        assertThat(cli.out())
                .contains("SEVERITY")
                .contains("high")
                .contains("new")
                .contains("Database port scanned from the internet");
    }

    @Test
    void ingestRunsTheAnomalyMonitorAndTheWorkspaceKeepsWhatItLearnt() throws Exception {
        // when
        int ingest = cli.run("ingest", "--format", "suricata", "--rules", rules.toString(), eve.toString());

        // then the summary says what the monitor found, and its streams are saved for the next run
        assertThat(ingest).isZero();
        assertThat(cli.out()).containsPattern("No anomaly found|\\d+ anomal(y|ies) found");
        try (Workspace workspace = Workspace.open(cli.workspace())) {
            assertThat(workspace.detectorStates().streamCount()).isPositive();
        }
    }

    @Test
    void importingTheSameFileAgainRaisesNothingNew() {
        cli.run("ingest", "--format", "suricata", "--rules", rules.toString(), eve.toString());

        cli.run("ingest", "--format", "suricata", "--rules", rules.toString(), eve.toString());

        assertThat(cli.out()).contains("No incident raised or grown");
    }

    @Test
    void jsonGivesEveryDetailWithStableNames() throws Exception {
        // given
        cli.run("ingest", "--format", "suricata", "--rules", rules.toString(), eve.toString());

        // when
        assertThat(cli.run("incidents", "list", "--json")).isZero();

        // then
        JsonNode incidents = new ObjectMapper().readTree(cli.out());
        assertThat(incidents).hasSize(1);
        JsonNode incident = incidents.get(0);
        assertThat(incident.get("title").asText()).isEqualTo("Database port scanned from the internet");
        assertThat(incident.get("severity").asText()).isEqualTo("high");
        assertThat(incident.get("state").asText()).isEqualTo("new");
        assertThat(incident.get("eventCount").asInt()).isEqualTo(1);
        assertThat(incident.get("events")).hasSize(1);
        assertThat(incident.get("entities").toString()).contains("203.0.113.77");
        assertThat(incident.get("changes").get(0).get("kind").asText()).isEqualTo("created");
        assertThat(incident.get("changes").get(0).get("author").asText()).isEqualTo("vigil");
        assertThat(incident.get("firstEventTime").asText()).endsWith("Z");
    }

    @Test
    void filteringByStateAndBadArgumentsAreExplained() {
        cli.run("ingest", "--format", "suricata", "--rules", rules.toString(), eve.toString());

        assertThat(cli.run("incidents", "list", "--state", "resolved")).isZero();
        assertThat(cli.out()).contains("No incidents in");

        assertThat(cli.run("incidents", "list", "--state", "closed")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown state \"closed\"").contains("acknowledged");

        assertThat(cli.run("incidents", "list", "--limit", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("--limit must be at least 1");
    }

    @Test
    void aBadRuleIsReportedWithItsFileAndTheImportStillRuns() throws Exception {
        Path broken = cli.rules("title: Broken\nlogsource: {}\ndetection:\n    condition: selection\n");

        int code = cli.run("ingest", "--format", "suricata", "--rules", broken.toString(), eve.toString());

        assertThat(code).isZero();
        assertThat(cli.err()).contains("rules.yml");
        assertThat(cli.out()).contains("Events read: 13");
    }

    @Test
    void ingestSaysWhatCorrelationSawAndTakesItsBoundsFromTheCommandLine() {
        // when
        int code = cli.run(
                "ingest",
                "--format",
                "suricata",
                "--rules",
                rules.toString(),
                "--max-groups",
                "1",
                "--lateness",
                "0",
                eve.toString());

        // then
        assertThat(code).isZero();
        assertThat(cli.out()).contains("Correlation: 13 events judged").contains("evicted to stay within bounds");

        assertThat(cli.run("ingest", "--format", "suricata", "--max-groups", "0", eve.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--max-groups and --max-events-per-group at least 1");
    }
}

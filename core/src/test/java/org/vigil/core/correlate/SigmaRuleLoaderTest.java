package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.correlate.SigmaFixtures.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigmaRuleLoaderTest {

    private final SigmaRuleLoader loader = new SigmaRuleLoader();

    private static final String GOOD_RULE = """
            title: Whoami
            id: rule-whoami
            logsource:
                category: process_creation
            detection:
                selection:
                    Image|endswith: '\\whoami.exe'
                condition: selection
            level: medium
            tags:
                - attack.discovery
                - attack.t1033
            """;

    @Test
    void theSpecificationSamplesLoadWithTheirBaseRules() {
        // when
        LoadedRules loaded = loader.load(resource("sigma"));

        // then
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.rules())
                .extracting(SigmaRule::key)
                .containsExactly("5638f7c0-ac70-491d-8465-2a65075e0d86", "recon_cmd_a", "recon_cmd_b", "recon_cmd_c");
        assertThat(loaded.correlations())
                .extracting(CorrelationRule::title)
                .containsExactly("Many failed logins", "Recon", "Recon ordered", "Failed login");
    }

    @Test
    void correlationFieldsAreReadAsSpecified() {
        LoadedRules loaded = loader.load(resource("sigma"));

        CorrelationRule eventCount = loaded.correlations().get(0);
        assertThat(eventCount.id()).isEqualTo("0e95725d-7320-415d-80f7-004da920fc11");
        assertThat(eventCount.type()).isEqualTo(CorrelationType.EVENT_COUNT);
        assertThat(eventCount.rules()).containsExactly("5638f7c0-ac70-491d-8465-2a65075e0d86");
        assertThat(eventCount.groupBy()).containsExactly("ComputerName");
        assertThat(eventCount.timespan()).isEqualTo(Duration.ofHours(1));
        assertThat(eventCount.condition().bounds()).isEqualTo(Map.of("gte", 100L));
        assertThat(eventCount.generate()).isFalse();

        CorrelationRule valueCount = loaded.correlations().get(3);
        assertThat(valueCount.type()).isEqualTo(CorrelationType.VALUE_COUNT);
        assertThat(valueCount.field()).isEqualTo("User");
        assertThat(valueCount.timespan()).isEqualTo(Duration.ofDays(1));

        CorrelationRule temporal = loaded.correlations().get(1);
        assertThat(temporal.key()).isNull();
        assertThat(temporal.rules()).containsExactly("recon_cmd_a", "recon_cmd_b", "recon_cmd_c");
        assertThat(temporal.condition().bounds()).isEqualTo(Map.of("gte", 3L));
    }

    @Test
    void detectionRuleMetadataIsKept() {
        SigmaRule rule = SigmaFixtures.rule(GOOD_RULE);

        assertThat(rule.id()).isEqualTo("rule-whoami");
        assertThat(rule.title()).isEqualTo("Whoami");
        assertThat(rule.level()).isEqualTo("medium");
        assertThat(rule.tags()).containsExactly("attack.discovery", "attack.t1033");
        assertThat(rule.logsource()).containsEntry("category", "process_creation");
        assertThat(rule.searchIdentifiers()).containsExactly("selection");
    }

    @Test
    void aFolderWithOneBrokenRuleLoadsTheRestAndReportsTheProblem(@TempDir Path folder) throws IOException {
        // given
        Files.writeString(folder.resolve("a_good.yml"), GOOD_RULE);
        Files.writeString(
                folder.resolve("b_broken.yml"),
                GOOD_RULE.replace("id: rule-whoami", "id: rule-broken").replace("Image|endswith", "Image|utf16le"));
        Files.writeString(folder.resolve("c_good.yaml"), GOOD_RULE.replace("id: rule-whoami", "id: rule-other"));
        Files.writeString(folder.resolve("notes.txt"), "not a rule");

        // when
        LoadedRules loaded = loader.load(folder);

        // then
        assertThat(loaded.rules()).extracting(SigmaRule::id).containsExactly("rule-whoami", "rule-other");
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(folder.resolve("b_broken.yml"));
            assertThat(problem.reason())
                    .startsWith("line 1 ('Whoami'): ")
                    .contains("detection.selection.Image|utf16le")
                    .contains("unsupported modifier 'utf16le'");
        });
    }

    @Test
    void aFileMayHoldSeveralDocumentsAndABadOneSkipsOnlyItself() {
        String text = GOOD_RULE + "---\ntitle: No detection\nlogsource:\n    product: x\n---\n"
                + GOOD_RULE.replace("rule-whoami", "rule-two");

        LoadedRules loaded = loader.load(Path.of("multi.yml"), text);

        assertThat(loaded.rules()).extracting(SigmaRule::id).containsExactly("rule-whoami", "rule-two");
        assertThat(loaded.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason())
                        .startsWith("line 14 ('No detection')")
                        .contains("neither a detection nor a correlation rule"));
    }

    @Test
    void aYamlSyntaxErrorIsReportedWithItsLine() {
        LoadedRules loaded = loader.load(Path.of("broken.yml"), "title: x\ndetection: [unclosed\n");

        assertThat(loaded.rules()).isEmpty();
        assertThat(loaded.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("invalid YAML at line"));
    }

    @Test
    void duplicateIdsKeepTheFirstRule() {
        LoadedRules loaded =
                loader.load(Path.of("dup.yml"), GOOD_RULE + "---\n" + GOOD_RULE.replace("Whoami", "Again"));

        assertThat(loaded.rules()).extracting(SigmaRule::title).containsExactly("Whoami");
        assertThat(loaded.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("id: 'rule-whoami' is already used"));
    }

    @Test
    void duplicateKeysAreRejected() {
        LoadedRules loaded = loader.load(Path.of("dup.yml"), GOOD_RULE + "title: Twice\n");

        assertThat(loaded.rules()).isEmpty();
        assertThat(loaded.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("title: duplicate key"));
    }

    @Test
    void yamlAliasesAreRejectedRatherThanMisread() {
        String text = GOOD_RULE
                .replace("    condition: selection", "    other: *ref\n    condition: selection")
                .replace("    selection:", "    selection: &ref");

        LoadedRules loaded = loader.load(Path.of("alias.yml"), text);

        assertThat(loaded.rules()).isEmpty();
        assertThat(loaded.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("detection.other: YAML aliases"));
    }

    @Test
    void generateIsReadFromTheCorrelationRule() {
        String text =
                GOOD_RULE + "---\n" + correlation("event_count", "- rule-whoami", "30s", "gt: 1") + "generate: true\n";

        LoadedRules loaded = loader.load(Path.of("corr.yml"), text);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.correlations()).singleElement().satisfies(c -> {
            assertThat(c.generate()).isTrue();
            assertThat(c.timespan()).isEqualTo(Duration.ofSeconds(30));
        });
    }

    @Test
    void scalarsKeepTheTextTheAuthorWrote() {
        SigmaRule rule = SigmaFixtures.detection("sel:\n    TicketOptions: 0x17\ncondition: sel");

        assertThat(SigmaFixtures.matches(rule, "{\"TicketOptions\":\"0x17\"}")).isTrue();
    }

    @Test
    void aCorrelationReferringToAnUnknownRuleIsSkipped() {
        String text = GOOD_RULE + "---\n"
                + correlation("event_count", "- rule-whoami\n        - rule-missing", "1h", "gte: 5");

        LoadedRules loaded = loader.load(Path.of("corr.yml"), text);

        assertThat(loaded.rules()).hasSize(1);
        assertThat(loaded.correlations()).isEmpty();
        assertThat(loaded.problems())
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.reason()).contains("correlation.rules[1]: unknown rule 'rule-missing'"));
    }

    @Test
    void badCorrelationSectionsAreReportedWithTheirPath() {
        assertThat(correlationProblem("value_sum", "1h", "gte: 5")).contains("'value_sum' is not supported");
        assertThat(correlationProblem("event_count", "1w", "gte: 5")).contains("correlation.timespan");
        assertThat(correlationProblem("event_count", "1h", "more: 5")).contains("correlation.condition.more");
        assertThat(correlationProblem("value_count", "1h", "gte: 5")).contains("correlation.condition.field: missing");
        assertThat(correlationProblem("temporal_ordered", "1h", "gte: 1")).contains("not supported");
    }

    @Test
    void correlationsReferringToEachOtherInACycleAreBothSkipped() {
        String a = correlation("event_count", "- corr-b", "1h", "gte: 2").replace("id: corr-x", "id: corr-a");
        String b = correlation("event_count", "- corr-a", "1h", "gte: 2").replace("id: corr-x", "id: corr-b");

        LoadedRules loaded = loader.load(Path.of("cycle.yml"), a + "---\n" + b);

        assertThat(loaded.correlations()).isEmpty();
        assertThat(loaded.problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p.reason()).contains("cycle"));
    }

    private String correlationProblem(String type, String timespan, String condition) {
        LoadedRules loaded = loader.load(
                Path.of("corr.yml"), GOOD_RULE + "---\n" + correlation(type, "- rule-whoami", timespan, condition));
        assertThat(loaded.correlations()).isEmpty();
        assertThat(loaded.problems()).hasSize(1);
        return loaded.problems().get(0).reason();
    }

    static String correlation(String type, String rules, String timespan, String condition) {
        return """
                title: Correlation
                id: corr-x
                correlation:
                    type: %s
                    rules:
                        %s
                    group-by:
                        - User
                    timespan: %s
                    condition:
                        %s
                """.formatted(type, rules, timespan, condition);
    }
}

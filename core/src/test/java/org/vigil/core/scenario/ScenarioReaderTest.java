package org.vigil.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.core.TestScenario.IDS;
import static org.vigil.core.TestScenario.ONLINE_SALES;
import static org.vigil.core.TestScenario.PAYMENT_BACKUP;
import static org.vigil.core.TestScenario.PAYMENT_GATEWAY;
import static org.vigil.core.TestScenario.PAYMENT_PROVIDER;
import static org.vigil.core.TestScenario.PICKERS;
import static org.vigil.core.TestScenario.RETAILER;
import static org.vigil.core.TestScenario.WAREHOUSE;
import static org.vigil.core.TestScenario.WEB_SERVER;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.TestScenario;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.ContinuityTargets;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.IdentifierType;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Monitor;
import org.vigil.core.model.MonitorKind;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.TimelineEvent;

class ScenarioReaderTest {

    private final ScenarioReader reader = new ScenarioReader();

    private ScenarioReadResult read(TestScenario scenario) {
        return reader.read("scenario.json", scenario.toBytes());
    }

    private ScenarioReadResult read(String json) {
        return reader.read("scenario.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> errors(ScenarioReadResult result) {
        return result.problems().stream().filter(Problem::isError).toList();
    }

    @Nested
    class AValidFile {

        @Test
        void readsIntoTheModelWithAssetsCountedByLayer(@TempDir Path folder) {
            // given
            Path file = TestScenario.small().writeTo(folder, "small.json");

            // when
            ScenarioReadResult result = reader.read(file);

            // then
            assertThat(result.hasErrors()).isFalse();
            Scenario scenario = result.scenario().orElseThrow();
            assertThat(scenario.id()).isEqualTo(TestScenario.SCENARIO_ID);
            assertThat(scenario.name()).isEqualTo("Card skimming at Northwind");
            assertThat(scenario.organisations())
                    .containsExactly(
                            new Organisation(RETAILER, OrganisationType.RETAILER, "Northwind Outfitters"),
                            new Organisation(PAYMENT_PROVIDER, OrganisationType.PAYMENT_PROVIDER, "SwiftPay"));
            assertThat(scenario.monitors())
                    .containsExactly(new Monitor(IDS, MonitorKind.NETWORK, "Suricata", "IDS on the shop DMZ"));
            assertThat(scenario.assets())
                    .extracting(Asset::id)
                    .containsExactly(WEB_SERVER, PAYMENT_GATEWAY, PAYMENT_BACKUP, WAREHOUSE, PICKERS, ONLINE_SALES);
            assertThat(scenario.assetCountsByLayer())
                    .isEqualTo(Map.of(Layer.CYBER, 3, Layer.PHYSICAL, 1, Layer.HUMAN, 1, Layer.BUSINESS, 1));
        }

        @Test
        void keepsEveryFieldOfADependencyIncludingItsRedundancyGroup() {
            // when
            Scenario scenario = read(TestScenario.small()).scenario().orElseThrow();

            // then
            assertThat(scenario.dependencies()).hasSize(6);
            assertThat(scenario.dependenciesInto(ONLINE_SALES))
                    .contains(
                            new Dependency(
                                    WEB_SERVER,
                                    ONLINE_SALES,
                                    DependencyType.HOSTS,
                                    0.95,
                                    0,
                                    ImpactGrowth.STEP,
                                    0,
                                    Optional.empty()),
                            new Dependency(
                                    PAYMENT_GATEWAY,
                                    ONLINE_SALES,
                                    DependencyType.PAYS,
                                    0.8,
                                    5,
                                    ImpactGrowth.LINEAR,
                                    30,
                                    Optional.of("payments")),
                            new Dependency(
                                    WAREHOUSE,
                                    ONLINE_SALES,
                                    DependencyType.SUPPLIES,
                                    0.5,
                                    60,
                                    ImpactGrowth.LOGISTIC,
                                    120.5,
                                    Optional.empty()));
            assertThat(scenario.dependenciesInto(ONLINE_SALES))
                    .filteredOn(d -> d.redundancyGroup().equals(Optional.of("payments")))
                    .extracting(Dependency::fromId)
                    .containsExactly(PAYMENT_GATEWAY, PAYMENT_BACKUP);
        }

        @Test
        void givesContinuityTargetsToTheBusinessServiceOnly() {
            // when
            Scenario scenario = read(TestScenario.small()).scenario().orElseThrow();

            // then
            assertThat(scenario.asset(ONLINE_SALES).orElseThrow().continuity())
                    .contains(new ContinuityTargets(60, 240));
            assertThat(scenario.assets())
                    .filteredOn(a -> a.kind() != AssetKind.BUSINESS_SERVICE)
                    .allSatisfy(a -> assertThat(a.continuity()).isEmpty());
        }

        @Test
        void mapsIdentifiersToTheirTypesInFileOrder() {
            // when
            Scenario scenario = read(TestScenario.small()).scenario().orElseThrow();

            // then
            assertThat(scenario.asset(WEB_SERVER).orElseThrow().identifiers())
                    .containsExactly(
                            new AssetIdentifier(IdentifierType.IP, "203.0.113.10"),
                            new AssetIdentifier(IdentifierType.IP, "2001:db8::10"),
                            new AssetIdentifier(IdentifierType.CIDR, "203.0.113.0/24"),
                            new AssetIdentifier(IdentifierType.HOSTNAME, "shop.northwind.example"));
            assertThat(scenario.asset(PICKERS).orElseThrow().identifiers())
                    .containsExactly(
                            new AssetIdentifier(IdentifierType.USER_NAME, "picker01"),
                            new AssetIdentifier(IdentifierType.EMAIL, "pickers@northwind.example"));
            assertThat(scenario.asset(WAREHOUSE).orElseThrow().identifiers())
                    .containsExactly(new AssetIdentifier(IdentifierType.DEVICE_ID, "door-sensor-17"));
            assertThat(scenario.asset(WEB_SERVER).orElseThrow().tags()).containsExactly("internet-facing", "pci");
        }

        @Test
        void translatesIntoGermanAndFallsBackToEnglishWhereATextIsMissing() {
            // when
            Scenario scenario = read(TestScenario.small()).scenario().orElseThrow();

            // then
            assertThat(scenario.texts().byLanguage()).containsOnlyKeys("de");
            assertThat(scenario.texts().text("de", "scenario.name", scenario.name()))
                    .isEqualTo("Kartenskimming bei Northwind");
            assertThat(scenario.texts().text("de", "asset.online-sales.name", "Online sales"))
                    .isEqualTo("Onlineverkauf");
            assertThat(scenario.texts().text("de", "asset.web-server.name", "Web server"))
                    .isEqualTo("Web server");
            assertThat(scenario.texts().text("fr", "scenario.name", scenario.name()))
                    .isEqualTo(scenario.name());
        }

        @Test
        void sortsTheTimelineByOffsetWhateverTheOrderInTheFile() {
            // given events written at 300 s, 0 s and 120 s

            // when
            Scenario scenario = read(TestScenario.small()).scenario().orElseThrow();

            // then
            assertThat(scenario.timeline())
                    .extracting(TimelineEvent::offsetSeconds, TimelineEvent::monitorId, TimelineEvent::assetId)
                    .containsExactly(
                            tuple(0L, IDS, Optional.empty()),
                            tuple(120L, IDS, Optional.of(PAYMENT_GATEWAY)),
                            tuple(300L, IDS, Optional.of(WEB_SERVER)));
            assertThat(scenario.timeline().get(0).fieldsJson())
                    .isEqualTo("{\"event_type\":\"flow\",\"src_ip\":\"198.51.100.7\"}");
        }

        @Test
        void reportsACycleAsInformationAndStillReturnsTheScenario() {
            // given the small scenario, where pickers operate the warehouse that enables the pickers

            // when
            ScenarioReadResult result = read(TestScenario.small());

            // then
            assertThat(result.scenario()).isPresent();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.CYCLE);
                assertThat(p.severity()).isEqualTo(Severity.INFO);
                assertThat(p.path()).isEqualTo("$.dependencies");
                assertThat(p.args()).containsExactly("2", PICKERS + ", " + WAREHOUSE);
            });
        }

        @Test
        void withoutCyclesHasNoProblemAtAll() {
            // when
            ScenarioReadResult result = read(TestScenario.small().remove("$.dependencies[5]"));

            // then
            assertThat(result.scenario()).isPresent();
            assertThat(result.problems()).isEmpty();
        }

        @Test
        void withAnUnknownFieldIsReadWithAWarning() {
            // given
            TestScenario scenario = TestScenario.small().set("$.assets[0].colour", "red");

            // when
            ScenarioReadResult result = read(scenario);

            // then
            assertThat(result.scenario()).isPresent();
            assertThat(result.problems())
                    .filteredOn(p -> p.code() != ProblemCode.CYCLE)
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_FIELD);
                        assertThat(p.severity()).isEqualTo(Severity.WARNING);
                        assertThat(p.path()).isEqualTo("$.assets[0].colour");
                    });
        }

        @Test
        void needsOnlyTheRequiredFields() {
            // when
            ScenarioReadResult result = read(TestScenario.minimal());

            // then
            assertThat(result.problems()).isEmpty();
            assertThat(result.scenario().orElseThrow().texts().byLanguage()).isEmpty();
        }
    }

    @Nested
    class ABrokenFile {

        @Test
        void reportsEveryProblemAtOnceAndReturnsNoScenario() {
            // given one file with many different mistakes
            TestScenario broken = TestScenario.small()
                    .set("$.formatVersion", 2)
                    .set("$.assets[0].colour", "red")
                    .set("$.assets[0].identifiers.ip[1]", "example.com")
                    .set("$.assets[0].identifiers.cidr[0]", "10.0.0.0/33")
                    .set("$.assets[1].owner", "nobody")
                    .set("$.assets[2].criticality", 9)
                    .set("$.assets[4].kind", "SERVER")
                    .remove("$.assets[5].continuity")
                    .withAsset(WEB_SERVER, AssetKind.SERVER, RETAILER)
                    .withAsset("checkout", AssetKind.BUSINESS_SERVICE, RETAILER)
                    .withContinuity("checkout", 500, 100)
                    .set("$.dependencies[0].from", "ghost")
                    .set("$.dependencies[1].likelihood", 1.5)
                    .set("$.dependencies[2].rampMinutes", 0)
                    .set("$.dependencies[3].growth", "STEP")
                    .set("$.timeline[1].monitor", "zeek-core")
                    .withTranslation("de", "asset.ghost.name", "Geist")
                    .withTranslation("en_US", "scenario.name", "Card skimming");

            // when
            ScenarioReadResult result = read(broken);

            // then
            assertThat(result.scenario()).isEmpty();
            assertThat(result.problems())
                    .extracting(Problem::path, Problem::code)
                    .containsExactlyInAnyOrder(
                            tuple("$.formatVersion", ProblemCode.UNSUPPORTED_VERSION),
                            tuple("$.assets[0].colour", ProblemCode.UNKNOWN_FIELD),
                            tuple("$.assets[0].identifiers.ip[1]", ProblemCode.BAD_IP),
                            tuple("$.assets[0].identifiers.cidr[0]", ProblemCode.BAD_CIDR),
                            tuple("$.assets[1].owner", ProblemCode.UNKNOWN_ORGANISATION),
                            tuple("$.assets[2].criticality", ProblemCode.OUT_OF_RANGE),
                            tuple("$.assets[4].kind", ProblemCode.KIND_NOT_IN_LAYER),
                            tuple("$.assets[5].continuity", ProblemCode.CONTINUITY_MISSING),
                            tuple("$.assets[6].id", ProblemCode.DUPLICATE_ID),
                            tuple("$.assets[7].continuity", ProblemCode.RTO_AFTER_MTPD),
                            tuple("$.dependencies[0].from", ProblemCode.UNKNOWN_ASSET),
                            tuple("$.dependencies[1].likelihood", ProblemCode.OUT_OF_RANGE),
                            tuple("$.dependencies[2].rampMinutes", ProblemCode.RAMP_MISSING),
                            tuple("$.dependencies[3].rampMinutes", ProblemCode.RAMP_FOR_STEP),
                            tuple("$.timeline[1].monitor", ProblemCode.UNKNOWN_MONITOR),
                            tuple("$.translations.de.asset.ghost.name", ProblemCode.UNKNOWN_TRANSLATION_KEY),
                            tuple("$.translations.en_US", ProblemCode.BAD_LANGUAGE),
                            tuple("$.dependencies", ProblemCode.CYCLE));
            assertThat(result.problems())
                    .filteredOn(p -> p.severity() != Severity.ERROR)
                    .extracting(Problem::code, Problem::severity)
                    .containsExactlyInAnyOrder(
                            tuple(ProblemCode.UNKNOWN_FIELD, Severity.WARNING),
                            tuple(ProblemCode.CYCLE, Severity.INFO));
            assertThat(result.problems()).allSatisfy(p -> {
                assertThat(p.source()).isEqualTo("scenario.json");
                assertThat(p.line()).isPositive();
            });
        }

        @Test
        void withoutOrganisationsReportsTheEmptyListAndEveryOwnerLeftWithout() {
            // given
            TestScenario scenario = TestScenario.minimal().set("$.organisations", JsonNodeFactory.instance.arrayNode());

            // when
            ScenarioReadResult result = read(scenario);

            // then
            assertThat(result.scenario()).isEmpty();
            assertThat(result.problems())
                    .extracting(Problem::path, Problem::code)
                    .containsExactly(
                            tuple("$.organisations", ProblemCode.EMPTY_LIST),
                            tuple("$.assets[0].owner", ProblemCode.UNKNOWN_ORGANISATION));
        }

        @Test
        void missingEveryRequiredFieldReportsEachOfThem() {
            // when
            ScenarioReadResult result = read("{}");

            // then
            assertThat(result.problems())
                    .extracting(Problem::path, Problem::code)
                    .contains(
                            tuple("$.formatVersion", ProblemCode.MISSING_FIELD),
                            tuple("$.id", ProblemCode.MISSING_FIELD),
                            tuple("$.name", ProblemCode.MISSING_FIELD),
                            tuple("$.organisations", ProblemCode.MISSING_FIELD),
                            tuple("$.monitors", ProblemCode.MISSING_FIELD),
                            tuple("$.assets", ProblemCode.MISSING_FIELD),
                            tuple("$.dependencies", ProblemCode.MISSING_FIELD),
                            tuple("$.timeline", ProblemCode.MISSING_FIELD));
        }

        @Test
        void namesTheArgumentsAUserNeedsToFixEachProblem() {
            // given
            TestScenario broken = TestScenario.small()
                    .set("$.formatVersion", 2)
                    .set("$.assets[2].criticality", 9)
                    .set("$.assets[4].kind", "SERVER")
                    .withAsset("checkout", AssetKind.BUSINESS_SERVICE, RETAILER)
                    .withContinuity("checkout", 500, 100);

            // when
            List<Problem> problems = errors(read(broken));

            // then
            assertThat(problems)
                    .extracting(Problem::code, Problem::args)
                    .containsExactlyInAnyOrder(
                            tuple(ProblemCode.UNSUPPORTED_VERSION, List.of("2", "1")),
                            tuple(ProblemCode.OUT_OF_RANGE, List.of("9", "1", "5")),
                            tuple(ProblemCode.KIND_NOT_IN_LAYER, List.of("SERVER", "HUMAN")),
                            tuple(ProblemCode.RTO_AFTER_MTPD, List.of("500", "100")));
        }

        static Stream<Arguments> singleMistakes() {
            return Stream.of(
                    mistake("missing name", s -> s.remove("$.name"), "$.name", ProblemCode.MISSING_FIELD),
                    mistake("blank name", s -> s.set("$.name", "  "), "$.name", ProblemCode.EMPTY_TEXT),
                    mistake("id with capitals", s -> s.set("$.id", "Northwind"), "$.id", ProblemCode.BAD_ID),
                    mistake("id longer than 64", s -> s.set("$.id", "a".repeat(65)), "$.id", ProblemCode.BAD_ID),
                    mistake(
                            "timeline not an array",
                            s -> s.set("$.timeline", "later"),
                            "$.timeline",
                            ProblemCode.WRONG_TYPE),
                    mistake(
                            "duplicate organisation",
                            s -> s.withOrganisation(RETAILER, OrganisationType.BANK, "Another"),
                            "$.organisations[2].id",
                            ProblemCode.DUPLICATE_ID),
                    mistake(
                            "unknown organisation type",
                            s -> s.set("$.organisations[0].type", "SHOP"),
                            "$.organisations[0].type",
                            ProblemCode.UNKNOWN_VALUE),
                    mistake(
                            "unknown monitor kind",
                            s -> s.set("$.monitors[0].kind", "IDS"),
                            "$.monitors[0].kind",
                            ProblemCode.UNKNOWN_VALUE),
                    mistake(
                            "criticality as text",
                            s -> s.set("$.assets[0].criticality", "high"),
                            "$.assets[0].criticality",
                            ProblemCode.WRONG_TYPE),
                    mistake(
                            "criticality with a fraction",
                            s -> s.set("$.assets[0].criticality", 2.5),
                            "$.assets[0].criticality",
                            ProblemCode.WRONG_TYPE),
                    mistake(
                            "continuity on a server",
                            s -> s.withContinuity(WEB_SERVER, 10, 20),
                            "$.assets[0].continuity",
                            ProblemCode.CONTINUITY_NOT_BUSINESS),
                    mistake(
                            "RTO of zero",
                            s -> s.set("$.assets[5].continuity.rtoMinutes", 0),
                            "$.assets[5].continuity.rtoMinutes",
                            ProblemCode.OUT_OF_RANGE),
                    mistake(
                            "self dependency",
                            s -> s.set("$.dependencies[0].to", WEB_SERVER),
                            "$.dependencies[0]",
                            ProblemCode.SELF_DEPENDENCY),
                    mistake(
                            "same pair twice",
                            s -> s.withDependency(
                                    WEB_SERVER,
                                    ONLINE_SALES,
                                    DependencyType.CONNECTS,
                                    0.1,
                                    0,
                                    ImpactGrowth.STEP,
                                    0,
                                    null),
                            "$.dependencies[6]",
                            ProblemCode.DUPLICATE_DEPENDENCY),
                    mistake(
                            "negative delay",
                            s -> s.set("$.dependencies[0].delayMinutes", -1),
                            "$.dependencies[0].delayMinutes",
                            ProblemCode.OUT_OF_RANGE),
                    mistake(
                            "negative likelihood",
                            s -> s.set("$.dependencies[0].likelihood", -0.1),
                            "$.dependencies[0].likelihood",
                            ProblemCode.OUT_OF_RANGE),
                    mistake(
                            "unknown dependency type",
                            s -> s.set("$.dependencies[0].type", "RUNS"),
                            "$.dependencies[0].type",
                            ProblemCode.UNKNOWN_VALUE),
                    mistake(
                            "offset after 30 days",
                            s -> s.set("$.timeline[0].offsetSeconds", 2_592_001),
                            "$.timeline[0].offsetSeconds",
                            ProblemCode.OUT_OF_RANGE),
                    mistake(
                            "event about an unknown asset",
                            s -> s.set("$.timeline[0].asset", "ghost"),
                            "$.timeline[0].asset",
                            ProblemCode.UNKNOWN_ASSET),
                    mistake(
                            "event without fields",
                            s -> s.set("$.timeline[0].fields", JsonNodeFactory.instance.objectNode()),
                            "$.timeline[0].fields",
                            ProblemCode.EMPTY_LIST),
                    mistake(
                            "translation that is not text",
                            s -> s.set(
                                    "$.translations.de",
                                    JsonNodeFactory.instance.objectNode().put("scenario.name", 7)),
                            "$.translations.de.scenario.name",
                            ProblemCode.WRONG_TYPE),
                    mistake(
                            "identifier of an unknown type",
                            s -> s.withIdentifiers(WEB_SERVER, "mac", "00:00:5e:00:53:af"),
                            "$.assets[0].identifiers.mac",
                            ProblemCode.UNKNOWN_FIELD));
        }

        private static Arguments mistake(
                String description, UnaryOperator<TestScenario> mistake, String path, ProblemCode code) {
            return Arguments.of(description, mistake, path, code);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("singleMistakes")
        void reportsASingleMistakeAtItsPath(
                String description, UnaryOperator<TestScenario> mistake, String path, ProblemCode code) {
            // given
            TestScenario scenario = mistake.apply(TestScenario.small());

            // when
            ScenarioReadResult result = read(scenario);

            // then
            assertThat(result.problems())
                    .filteredOn(p -> p.code() != ProblemCode.CYCLE)
                    .extracting(Problem::path, Problem::code)
                    .containsExactly(tuple(path, code));
            assertThat(result.scenario().isPresent()).isEqualTo(code.severity() != Severity.ERROR);
        }

        @Test
        void namesTheLineOfEachProblem() {
            // given
            String json = """
                    {
                      "formatVersion": 1,
                      "id": "lines",
                      "name": "Lines",
                      "description": "Problems name their lines.",
                      "organisations": [
                        {"id": "northwind", "type": "RETAILER", "name": "Northwind"}
                      ],
                      "monitors": [],
                      "assets": [
                        {
                          "id": "web-server",
                          "layer": "CYBER",
                          "kind": "SERVER",
                          "owner": "nobody",
                          "name": "Web server",
                          "criticality": 7
                        },
                        {
                          "id": "online-sales",
                          "layer": "BUSINESS",
                          "kind": "BUSINESS_SERVICE",
                          "owner": "northwind",
                          "name": "Online sales",
                          "criticality": 5
                        }
                      ],
                      "dependencies": [
                        {"from": "web-server", "to": "ghost", "type": "HOSTS", "likelihood": 1,
                         "delayMinutes": 0, "growth": "STEP", "rampMinutes": 0}
                      ],
                      "timeline": []
                    }
                    """;

            // when
            ScenarioReadResult result = read(json);

            // then
            assertThat(result.problems())
                    .extracting(Problem::path, Problem::code, Problem::line)
                    .containsExactlyInAnyOrder(
                            tuple("$.assets[0].owner", ProblemCode.UNKNOWN_ORGANISATION, 15),
                            tuple("$.assets[0].criticality", ProblemCode.OUT_OF_RANGE, 17),
                            // a missing field is placed on the object that lacks it
                            tuple("$.assets[1].continuity", ProblemCode.CONTINUITY_MISSING, 19),
                            tuple("$.dependencies[0].to", ProblemCode.UNKNOWN_ASSET, 29));
            assertThat(result.problems())
                    .filteredOn(p -> p.code() == ProblemCode.UNKNOWN_ORGANISATION)
                    .singleElement()
                    .extracting(Problem::location)
                    .isEqualTo("scenario.json:15: $.assets[0].owner");
        }
    }

    @Nested
    class AnUnreadableFile {

        @Test
        void withASyntaxErrorReportsItsLine() {
            // given
            String json = """
                    {
                      "formatVersion": 1,
                      "id": "broken",
                      "name": "Missing comma"
                      "description": "The line above lacks a comma."
                    }
                    """;

            // when
            ScenarioReadResult result = read(json);

            // then
            assertThat(result.scenario()).isEmpty();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
                assertThat(p.line()).isEqualTo(5);
                assertThat(p.path()).isEqualTo("$");
                assertThat(p.args()).singleElement().asString().isNotBlank();
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "42", "\"scenario\"", "null", "true"})
        void whoseRootIsNotAnObjectIsReportedAsTheWrongType(String json) {
            // when
            ScenarioReadResult result = read(json);

            // then
            assertThat(result.scenario()).isEmpty();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.WRONG_TYPE);
                assertThat(p.path()).isEqualTo("$");
                assertThat(p.args()).containsExactly("object");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   \n\t  \n"})
        void thatIsEmptyIsReportedAndDoesNotThrow(String content, @TempDir Path folder) throws IOException {
            // given
            Path file = Files.writeString(folder.resolve("empty.json"), content);

            // when
            ScenarioReadResult result = reader.read(file);

            // then
            assertThat(result.scenario()).isEmpty();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.isError()).isTrue();
                assertThat(p.code()).isEqualTo(ProblemCode.WRONG_TYPE);
                assertThat(p.source()).isEqualTo(file.toString());
            });
        }

        @Test
        void ofBinaryGarbageIsReportedAndDoesNotThrow(@TempDir Path folder) throws IOException {
            // given a PNG header followed by random bytes, and a UTF-32 looking start
            byte[] png = new byte[4096];
            new Random(42).nextBytes(png);
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
            byte[] utf32 = {0, 0, 0, 1, 2, 3, 4};

            for (byte[] garbage : List.of(png, utf32)) {
                Path file = Files.write(folder.resolve("garbage.json"), garbage);

                // when
                ScenarioReadResult result = reader.read(file);

                // then
                assertThat(result.scenario()).isEmpty();
                assertThat(result.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.code()).isIn(ProblemCode.SYNTAX, ProblemCode.UNREADABLE_FILE));
            }
        }

        @Test
        void nestedDeeperThan64LevelsIsReportedAndDoesNotOverflowTheStack() {
            // given an event whose fields nest 1000 levels deep
            String deep = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
            String json = TestScenario.small()
                    .set("$.timeline[0].fields.nested", "@DEEP@")
                    .toJson()
                    .replace("\"@DEEP@\"", deep);

            // when
            ScenarioReadResult result = read(json);

            // then
            assertThat(result.scenario()).isEmpty();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
                assertThat(p.args()).singleElement().asString().contains("64");
            });
        }

        @Test
        void thatDoesNotExistIsReportedAsUnreadable(@TempDir Path folder) {
            // given
            Path missing = folder.resolve("nowhere.json");

            // when
            ScenarioReadResult result = reader.read(missing);

            // then
            assertThat(result.scenario()).isEmpty();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.UNREADABLE_FILE);
                assertThat(p.source()).isEqualTo(missing.toString());
                assertThat(p.line()).isZero();
                assertThat(p.args()).singleElement().asString().contains("nowhere.json");
            });
        }

        @Test
        void thatIsAFolderIsReportedAsUnreadable(@TempDir Path folder) throws IOException {
            // given
            Path directory = Files.createDirectory(folder.resolve("scenario.json"));

            // when
            ScenarioReadResult result = reader.read(directory);

            // then
            assertThat(result.problems())
                    .singleElement()
                    .extracting(Problem::code)
                    .isEqualTo(ProblemCode.UNREADABLE_FILE);
        }

        @Test
        void largerThanTheLimitIsRefusedWithoutReadingIt(@TempDir Path folder) throws IOException {
            // given a sparse file just over 32 MiB
            Path file = folder.resolve("huge.json");
            try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
                huge.setLength(ScenarioReader.MAX_FILE_MIB * 1024L * 1024L + 1);
            }

            // when
            ScenarioReadResult result = reader.read(file);

            // then
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.FILE_TOO_LARGE);
                assertThat(p.args()).containsExactly("32");
            });
        }

        @Test
        void cutOffAnywhereNeverMakesTheReaderThrow() {
            // given every prefix of a valid file, and seeded random bytes
            byte[] valid = TestScenario.small().toBytes();
            Random random = new Random(7);

            for (int length = 0; length < valid.length; length += 13) {
                byte[] prefix = Arrays.copyOf(valid, length);
                // when / then
                assertThatCode(() -> assertThat(reader.read("cut.json", prefix).hasErrors())
                                .isTrue())
                        .as("prefix of %d bytes", length)
                        .doesNotThrowAnyException();
            }
            for (int i = 0; i < 200; i++) {
                byte[] noise = new byte[random.nextInt(300)];
                random.nextBytes(noise);
                assertThatCode(() -> reader.read("noise.json", noise)).doesNotThrowAnyException();
            }
        }
    }

    @Nested
    class IpAddressesAndNetworks {

        private ScenarioReadResult withIdentifier(String key, String value) {
            return read(TestScenario.minimal().withIdentifiers(WEB_SERVER, key, value));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "192.0.2.1",
                    "0.0.0.0",
                    "255.255.255.255",
                    "::1",
                    "::",
                    "2001:db8::1",
                    "2001:DB8:0:0:8:800:200C:417A",
                    "1:2:3:4:5:6:7:8",
                    "fe80::1",
                    "::ffff:192.0.2.1",
                    "64:ff9b::192.0.2.33"
                })
        void acceptsIpv4AndIpv6Literals(String ip) {
            // when
            ScenarioReadResult result = withIdentifier("ip", ip);

            // then
            assertThat(result.problems()).isEmpty();
            assertThat(result.scenario().orElseThrow().assets().get(0).identifiers())
                    .containsExactly(new AssetIdentifier(IdentifierType.IP, ip));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "example.com",
                    "localhost",
                    "web-server",
                    "256.0.0.1",
                    "192.0.2",
                    "192.0.2.1.5",
                    "010.0.0.1",
                    "1:2:3:4:5:6:7:8:9",
                    "1::2::3",
                    "12345::1",
                    "::g",
                    ":",
                    "[::1]",
                    "fe80::1%eth0",
                    "::ffff:192.0.2",
                    "192.0.2.1/32"
                })
        void rejectsAnythingElseAsABadIpWithoutAskingDns(String notAnIp) {
            // "localhost" would resolve if the reader asked the resolver; it must stay a bad IP

            // when
            ScenarioReadResult result = withIdentifier("ip", notAnIp);

            // then
            assertThat(result.scenario()).isEmpty();
            assertThat(result.problems())
                    .extracting(Problem::path, Problem::code, Problem::args)
                    .containsExactly(tuple("$.assets[0].identifiers.ip[0]", ProblemCode.BAD_IP, List.of(notAnIp)));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "10.0.0.0/8",
                    "0.0.0.0/0",
                    "192.0.2.1/32",
                    "::/0",
                    "2001:db8::/32",
                    "2001:db8::1/128",
                    "::ffff:192.0.2.0/120"
                })
        void acceptsCidrNetworksOfBothFamilies(String cidr) {
            // when
            ScenarioReadResult result = withIdentifier("cidr", cidr);

            // then
            assertThat(result.problems()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "10.0.0.0/33",
                    "2001:db8::/129",
                    "10.0.0.0",
                    "10.0.0.0/",
                    "/8",
                    "10.0.0.0/-1",
                    "10.0.0.0/+8",
                    "10.0.0.0/x",
                    "10.0.0.0/8/8",
                    "10.0.0.0/1000",
                    "example.com/8",
                    "localhost/8",
                    "256.0.0.0/8"
                })
        void rejectsMalformedNetworksAsBadCidr(String notACidr) {
            // when
            ScenarioReadResult result = withIdentifier("cidr", notACidr);

            // then
            assertThat(result.problems())
                    .extracting(Problem::path, Problem::code)
                    .containsExactly(tuple("$.assets[0].identifiers.cidr[0]", ProblemCode.BAD_CIDR));
        }

        @Test
        void rejectsAPrefixWrittenInNonAsciiDigits() {
            // "٨" is ARABIC-INDIC DIGIT EIGHT
            assertThat(withIdentifier("cidr", "10.0.0.0/\u0668").problems())
                    .extracting(Problem::code)
                    .containsExactly(ProblemCode.BAD_CIDR);
        }
    }

    @Nested
    class NumbersAndDocumentShape {

        @Test
        void refusesAnIntegerTooBigForSixtyFourBits() {
            // 2^64 + 3 wraps to 3 when read as a long
            TestScenario scenario = TestScenario.small()
                    .set(
                            "$.assets[0].criticality",
                            JsonNodeFactory.instance.numberNode(new BigInteger("18446744073709551619")));

            assertThat(read(scenario).problems())
                    .extracting(Problem::path, Problem::code)
                    .contains(tuple("$.assets[0].criticality", ProblemCode.OUT_OF_RANGE));
        }

        @Test
        void refusesAScenarioWithoutDescription() {
            assertThat(read(TestScenario.small().remove("$.description")).problems())
                    .extracting(Problem::path, Problem::code)
                    .contains(tuple("$.description", ProblemCode.MISSING_FIELD));
        }

        @Test
        void refusesASecondDocumentAfterTheRootObject() {
            String json = TestScenario.small().toJson() + "\n{\"id\": \"second\"}";

            assertThat(read(json).problems()).extracting(Problem::code).contains(ProblemCode.SYNTAX);
        }

        @Test
        void refusesAKeyGivenTwiceInsteadOfSilentlyKeepingTheLast() {
            String json = "{\n  \"formatVersion\": 1,\n  \"id\": \"a\",\n  \"id\": \"b\"\n}";

            assertThat(read(json).problems())
                    .extracting(Problem::code, Problem::line)
                    .containsExactly(tuple(ProblemCode.SYNTAX, 4));
        }
    }
}

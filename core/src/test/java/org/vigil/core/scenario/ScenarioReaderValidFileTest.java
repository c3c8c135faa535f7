package org.vigil.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.vigil.core.scenario.ScenarioReading.read;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** A valid scenario file is read into the model in full, with at most warnings and information. */
class ScenarioReaderValidFileTest {

    private final ScenarioReader reader = new ScenarioReader();

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
        assertThat(scenario.asset(ONLINE_SALES).orElseThrow().continuity()).contains(new ContinuityTargets(60, 240));
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

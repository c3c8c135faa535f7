package org.vigil.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.TestScenario.RETAILER;
import static org.vigil.core.TestScenario.WEB_SERVER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
import org.vigil.core.model.Monitor;
import org.vigil.core.model.MonitorKind;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioTexts;
import org.vigil.core.model.TimelineEvent;

class ScenarioWriterTest {

    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    private Scenario reread(Scenario scenario) {
        ScenarioReadResult result = reader.read("exported.json", writer.write(scenario));
        assertThat(result.problems()).noneMatch(Problem::isError);
        return result.scenario().orElseThrow();
    }

    @Test
    void anExportedScenarioImportsAsAnEqualScenario(@TempDir Path folder) throws Exception {
        // given
        Scenario original = reader.read(TestScenario.small().writeTo(folder, "small.json"))
                .scenario()
                .orElseThrow();

        // when
        Path exported = Files.write(folder.resolve("exported.json"), writer.write(original));
        ScenarioReadResult imported = reader.read(exported);

        // then
        assertThat(imported.problems()).extracting(Problem::code).containsExactly(ProblemCode.CYCLE);
        assertThat(imported.scenario()).contains(original);
    }

    @Test
    void aMinimalScenarioRoundTripsWithoutInventingOptionalParts() {
        // given
        Scenario original = TestScenario.minimal().toScenario();

        // when
        Scenario again = reread(original);

        // then
        assertThat(again).isEqualTo(original);
        assertThat(again.texts()).isEqualTo(ScenarioTexts.NONE);
        assertThat(again.assets().get(0).continuity()).isEmpty();
    }

    @Test
    void aScenarioBuiltInCodeRoundTripsIncludingUnusualText() {
        // given a scenario made from model objects, with quotes, control characters, non-Latin text and empty asset
        // descriptions
        Scenario original = new Scenario(
                "built-in-code",
                "\"Quoted\" name with \\ backslash",
                "Line one\nline two\ttabbed, </script> & \u2028.",
                List.of(new Organisation(RETAILER, OrganisationType.RETAILER, "Νορθγουιντ")),
                List.of(new Monitor("gps", MonitorKind.PHYSICAL, "GPS tracker platform", "Fleet GPS")),
                List.of(
                        new Asset(
                                WEB_SERVER,
                                AssetKind.SERVER,
                                RETAILER,
                                "Web server",
                                "",
                                1,
                                List.of(),
                                List.of(new AssetIdentifier(IdentifierType.IP, "::1")),
                                Optional.empty()),
                        new Asset(
                                "van-7",
                                AssetKind.VEHICLE,
                                RETAILER,
                                "Van 7 🚚",
                                "Delivers in the north.",
                                5,
                                List.of("fleet"),
                                List.of(new AssetIdentifier(IdentifierType.VEHICLE_ID, "HH-VG 7")),
                                Optional.empty()),
                        new Asset(
                                "deliveries",
                                AssetKind.BUSINESS_PROCESS,
                                RETAILER,
                                "Deliveries",
                                "",
                                4,
                                List.of(),
                                List.of(),
                                Optional.of(new ContinuityTargets(1, 1, OptionalDouble.of(1234.5))))),
                List.of(new Dependency(
                        "van-7",
                        "deliveries",
                        DependencyType.TRANSPORTS,
                        1.0 / 3,
                        0.25,
                        ImpactGrowth.LOGISTIC,
                        1e-3,
                        0.4,
                        Optional.of("vans"))),
                List.of(
                        new TimelineEvent(0, "gps", Optional.of("van-7"), "{\"speed\":0,\"geo\":[53.55,9.99]}"),
                        new TimelineEvent(2_592_000, "gps", Optional.empty(), "{\"note\":\"ä \\\"x\\\"\"}")),
                new ScenarioTexts(Map.of("el", Map.of("asset.van-7.name", "Φορτηγό 7"))));

        // when
        Scenario again = reread(original);

        // then
        assertThat(again).isEqualTo(original);
    }

    @Test
    void writesTheSameBytesForTheSameScenario() {
        // given
        Scenario scenario = TestScenario.small().toScenario();

        // when
        byte[] first = writer.write(scenario);
        byte[] second = writer.write(reread(scenario));

        // then
        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8))
                .startsWith("{")
                .contains("\"formatVersion\" : 1")
                .contains("Northwind Ausrüster");
    }

    @Test
    void identifiersListedHostnameFirstRoundTrip() {
        // given
        Scenario original = TestScenario.minimal()
                .withIdentifiers(WEB_SERVER, "hostname", "shop.northwind.example")
                .withIdentifiers(WEB_SERVER, "ip", "192.0.2.1")
                .toScenario();

        // when / then
        assertThat(reread(original)).isEqualTo(original);
    }
}

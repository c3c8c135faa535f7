package org.vigil.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioTexts;
import org.vigil.core.scenario.ScenarioReadResult;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.scenario.Severity;

/** The pilot packs are what the demo, the tests and the games stand on: hold them to the bar. */
class PilotScenariosTest {

    private static final List<String> TRANSLATED = List.of("pt", "es", "it", "el", "de", "fr", "ro", "pl");

    private final PilotScenarios pilots = new PilotScenarios(new ScenarioReader());

    static List<String> files() {
        return PilotScenarios.FILES;
    }

    private Scenario scenario(String file) {
        ScenarioReadResult result = pilots.read(file);
        assertThat(result.problems())
                .filteredOn(p -> p.severity() != Severity.INFO)
                .isEmpty();
        return result.scenario().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachPilotIsValidWithoutWarnings(String file) {
        assertThat(pilots.read(file).problems())
                .allMatch(p -> p.severity() == Severity.INFO, "only cycle notes are allowed");
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachPilotHasAnEcosystemOfAtLeastFortyAssetsInAllFourLayersAndThreeOrganisations(String file) {
        Scenario scenario = scenario(file);

        assertThat(scenario.assets()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(scenario.assetCountsByLayer().values()).allMatch(count -> count >= 3);
        assertThat(scenario.organisations()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(scenario.assets().stream().map(Asset::ownerId).distinct()).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("files")
    void dependenciesCrossLayersAndOrganisations(String file) {
        Scenario scenario = scenario(file);
        Map<String, Asset> assets = scenario.assetsById();

        long crossLayer = scenario.dependencies().stream()
                .filter(d ->
                        assets.get(d.fromId()).layer() != assets.get(d.toId()).layer())
                .count();
        long crossOrganisation = scenario.dependencies().stream()
                .filter(d -> !assets.get(d.fromId())
                        .ownerId()
                        .equals(assets.get(d.toId()).ownerId()))
                .count();
        Set<Layer> reachedBusiness = new HashSet<>();
        for (Dependency d : scenario.dependencies()) {
            if (assets.get(d.toId()).layer() == Layer.BUSINESS) {
                reachedBusiness.add(assets.get(d.fromId()).layer());
            }
        }

        assertThat(crossLayer).isGreaterThanOrEqualTo(20);
        assertThat(crossOrganisation).isGreaterThanOrEqualTo(10);
        assertThat(reachedBusiness)
                .as("layers whose failures reach a business asset")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachPilotTellsItsStoryInAtLeastFiftyEventsFromSeveralMonitors(String file) {
        Scenario scenario = scenario(file);

        assertThat(scenario.timeline()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(scenario.timeline().stream().map(e -> e.monitorId()).distinct())
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(scenario.timeline()).anyMatch(e -> e.assetId().isEmpty());
        assertThat(scenario.timeline().stream()
                        .filter(e -> e.assetId().isPresent())
                        .count())
                .isGreaterThan(scenario.timeline().size() / 2);
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyNameAndDescriptionIsTranslatedIntoEveryLanguage(String file) {
        Scenario scenario = scenario(file);
        Set<String> keys = new HashSet<>(List.of(ScenarioTexts.scenarioName(), ScenarioTexts.scenarioDescription()));
        scenario.organisations().forEach(o -> keys.add(ScenarioTexts.organisationName(o.id())));
        scenario.monitors().forEach(m -> keys.add(ScenarioTexts.monitorName(m.id())));
        scenario.assets().forEach(a -> {
            keys.add(ScenarioTexts.assetName(a.id()));
            keys.add(ScenarioTexts.assetDescription(a.id()));
        });

        for (String language : TRANSLATED) {
            assertThat(scenario.texts().byLanguage().get(language))
                    .as(file + " in " + language)
                    .isNotNull()
                    .containsOnlyKeys(keys);
        }
    }

    @Test
    void retailTellsPhishingThenStolenCredentialsThenSqlInjectionThenExfiltrationAndACompromisedPlugin() {
        String timeline = fieldsOf(scenario("retail-ecommerce.json"));

        assertThat(timeline).contains("T1566", "T1078", "T1190", "T1195");
        assertThat(positionOf(timeline, "T1566")).isLessThan(positionOf(timeline, "T1190"));
    }

    @Test
    void pharmacyTellsRouteLeakThenGpsDeviationTamperAndColdChainDrop() {
        Scenario pharmacy = scenario("pharmacy-delivery.json");
        String timeline = fieldsOf(pharmacy);

        assertThat(pharmacy.assets()).anyMatch(a -> a.kind().name().equals("TRACKING_DEVICE"));
        assertThat(pharmacy.assets()).anyMatch(a -> a.kind().name().equals("COLD_CHAIN_SENSOR"));
        assertThat(pharmacy.assets()).anyMatch(a -> a.kind().name().equals("VEHICLE"));
        assertThat(timeline)
                .containsIgnoringCase("lat")
                .containsIgnoringCase("tamper")
                .containsIgnoringCase("temperature");
    }

    @Test
    void bankTellsSocialEngineeringThenRansomwareThenPaymentsDown() {
        Scenario bank = scenario("bank-payments.json");
        String timeline = fieldsOf(bank);

        assertThat(timeline).contains("T1486");
        assertThat(bank.organisations())
                .filteredOn(o -> o.type().name().equals("MERCHANT"))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(positionOf(timeline, "T1566")).isLessThan(positionOf(timeline, "T1486"));
    }

    private static String fieldsOf(Scenario scenario) {
        StringBuilder all = new StringBuilder();
        scenario.timeline().forEach(e -> all.append(e.fieldsJson()).append('\n'));
        return all.toString();
    }

    private static int positionOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as(needle).isNotNegative();
        return at;
    }
}

package org.vigil.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRuleLoader;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioTexts;

/** Tag rules map events to the assets with a tag, by what the events say. */
class TagRuleMappingTest {

    private static final String RULES = """
            title: CSP reports from the checkout concern the third-party checkout code
            id: 0b5c7d0e-0000-4000-8000-00000000aa01
            level: informational
            tags:
                - vigil.asset_tag.third-party
                - vigil.scenario.shop
            logsource:
                product: csp
            detection:
                selection:
                    csp-report.document-uri|contains: /checkout/
                condition: selection
            ---
            title: A detection rule, not a tag rule
            id: 0b5c7d0e-0000-4000-8000-00000000aa02
            level: high
            tags:
                - attack.t1059
            logsource:
                product: csp
            detection:
                selection:
                    csp-report.violated-directive: script-src
                condition: selection
            """;

    private static Asset asset(String id, String... tags) {
        return new Asset(id, AssetKind.APPLICATION, "shop", id, "", 3, List.of(tags), List.of(), Optional.empty());
    }

    private static Scenario scenario(String id) {
        return new Scenario(
                id,
                id,
                "",
                List.of(new Organisation("shop", OrganisationType.RETAILER, "Shop")),
                List.of(),
                List.of(
                        asset("payment-widget", "third-party", "pci"),
                        asset("reviews", "third-party"),
                        asset("shop-app")),
                List.of(),
                List.of(),
                ScenarioTexts.NONE);
    }

    private static Event cspReport(String documentUri) {
        return new Event(
                "e-1",
                Instant.EPOCH,
                Instant.EPOCH,
                "csp-collector",
                FeedFormat.JSON,
                EventCategory.WEB,
                EventSeverity.LOW,
                "",
                List.of(),
                List.of(),
                List.of(),
                "{\"csp-report\": {\"document-uri\": \"" + documentUri
                        + "\", \"violated-directive\": \"connect-src\"}}");
    }

    private final LoadedRules loaded = new SigmaRuleLoader().load(Path.of("tags.yml"), RULES);
    private final AssetMapper mapper =
            new AssetMapper(List.of(scenario("shop"), scenario("other-shop")), TagRule.among(loaded.rules()));

    @Test
    void onlyRulesWithAnAssetTagAreTagRules() {
        assertThat(loaded.problems()).isEmpty();
        assertThat(TagRule.among(loaded.rules())).singleElement().satisfies(rule -> {
            assertThat(rule.assetTag()).isEqualTo("third-party");
            assertThat(rule.scenarioId()).contains("shop");
        });
    }

    @Test
    void aMatchingEventConcernsEveryAssetWithTheTagInTheRulesScenario() {
        // when
        Event mapped = mapper.map(cspReport("https://www.shop.example/checkout/payment"));

        // then
        assertThat(mapped.assetIds()).containsExactly("shop/payment-widget", "shop/reviews");
    }

    @Test
    void anEventTheRuleDoesNotMatchStaysUnmapped() {
        assertThat(mapper.map(cspReport("https://www.shop.example/")).assetIds())
                .isEmpty();
    }
}

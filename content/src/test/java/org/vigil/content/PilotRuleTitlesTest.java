package org.vigil.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.vigil.core.correlate.CorrelationRule;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRule;
import org.vigil.core.correlate.SigmaRuleLoader;

/**
 * Every rule of the pilot packs that can raise an incident names it in each language Vigil speaks,
 * so an analyst working in German never reads an English incident title.
 */
class PilotRuleTitlesTest {

    private static final List<String> OTHER_LANGUAGES = List.of("pt", "es", "it", "el", "de", "fr", "ro", "pl");

    /** Levels at which a detection rule raises an incident on its own (no level counts as medium). */
    private static final Set<String> ALERTING_LEVELS = new HashSet<>(List.of("medium", "high", "critical"));

    /** A rule as an incident shows it: its name, English title and translations. */
    private record Titled(String name, String title, Map<String, String> titles) {}

    /**
     * The rules that can raise an incident, as IncidentDetection picks them (docs/incidents.md):
     * every correlation, and every detection rule of level medium or above that no correlation
     * refers to or whose correlation says {@code generate: true}.
     */
    private static List<Titled> incidentRaising(LoadedRules rules) {
        Set<String> referenced = new HashSet<>();
        Set<String> generating = new HashSet<>();
        List<Titled> raising = new ArrayList<>();
        for (CorrelationRule correlation : rules.correlations()) {
            referenced.addAll(correlation.rules());
            if (correlation.generate()) {
                generating.addAll(correlation.rules());
            }
            raising.add(new Titled(correlation.name(), correlation.title(), correlation.titles()));
        }
        for (SigmaRule rule : rules.rules()) {
            boolean alone = !referenced.contains(rule.key()) || generating.contains(rule.key());
            if (alone && (rule.level() == null || ALERTING_LEVELS.contains(rule.level()))) {
                raising.add(new Titled(rule.name(), rule.title(), rule.titles()));
            }
        }
        return raising;
    }

    @Test
    void everyRuleThatRaisesAnIncidentIsTitledInEveryLanguage() {
        // given
        LoadedRules rules = new SigmaRuleLoader().load(new PilotRulePacks().texts(), List.of());

        // when
        List<Titled> raising = incidentRaising(rules);

        // then
        assertThat(rules.problems()).isEmpty();
        assertThat(raising)
                .extracting(Titled::name)
                .as("the standalone alerts and the generating rule are among them")
                .contains(
                        "retail_magecart_skimmer_detected",
                        "bank_cobalt_strike_beacon",
                        "bank_rclone_bulk_upload",
                        "bank_ransomware_detected",
                        "bank_ransomware_spread");
        SoftAssertions softly = new SoftAssertions();
        for (Titled rule : raising) {
            softly.assertThat(rule.titles())
                    .as("languages of %s", rule.name())
                    .containsKeys(OTHER_LANGUAGES.toArray(String[]::new));
            rule.titles()
                    .forEach((language, title) -> softly.assertThat(title)
                            .as("%s title of %s, not left in English", language, rule.name())
                            .isNotEqualToIgnoringCase(rule.title()));
        }
        softly.assertAll();
    }
}

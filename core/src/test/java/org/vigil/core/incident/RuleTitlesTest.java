package org.vigil.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRuleLoader;

/** Incident titles in the analyst's language, from the rules' {@code vigil-titles}. */
class RuleTitlesTest {

    private static final Path FILE = Path.of("rules.yml");

    /** A correlation and a standalone rule with translations, and one rule known only by its title. */
    private static final String RULES = """
            title: Failed SSH login
            name: ssh_failed
            level: low
            logsource:
                product: linux
            detection:
                selection:
                    program: sshd
                condition: selection
            ---
            title: SSH brute force
            id: 8f0c6a1e-0002-4000-8000-000000000002
            level: high
            vigil-titles:
                de: SSH-Brute-Force-Angriff
                pt: Ataque de força bruta por SSH
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
            name: web_shell
            level: critical
            vigil-titles:
                fr: Web shell déposé
            logsource:
                product: linux
            detection:
                selection:
                    path|endswith: .php
                condition: selection
            ---
            title: Crypto miner started
            level: high
            vigil-titles:
                el: Ξεκίνησε πρόγραμμα εξόρυξης κρυπτονομισμάτων
            logsource:
                product: linux
            detection:
                selection:
                    process: xmrig
                condition: selection
            """;

    private static LoadedRules load(String text) {
        return new SigmaRuleLoader().load(FILE, text);
    }

    @Test
    void anIncidentIsTitledInTheLanguageOfItsReader() {
        // given
        RuleTitles titles = new RuleTitles(load(RULES));

        // when
        String german = titles.title("8f0c6a1e-0002-4000-8000-000000000002", "de", "SSH brute force");
        String portuguese = titles.title("8f0c6a1e-0002-4000-8000-000000000002", "pt-PT", "SSH brute force");

        // then
        assertThat(german).isEqualTo("SSH-Brute-Force-Angriff");
        assertThat(portuguese)
                .as("a regional tag finds its language's title")
                .isEqualTo("Ataque de força bruta por SSH");
    }

    @Test
    void rulesAreFoundByTheIdTheirIncidentsStore() {
        // given a rule with a name only, and one with neither id nor name
        RuleTitles titles = new RuleTitles(load(RULES));

        // then
        assertThat(titles.title("web_shell", "fr", "Web shell written")).isEqualTo("Web shell déposé");
        assertThat(titles.title("Crypto miner started", "el", "Crypto miner started"))
                .isEqualTo("Ξεκίνησε πρόγραμμα εξόρυξης κρυπτονομισμάτων");
    }

    @Test
    void withoutATranslationTheStoredTitleIsShown() {
        // given
        RuleTitles titles = new RuleTitles(load(RULES));

        // then
        assertThat(titles.title("8f0c6a1e-0002-4000-8000-000000000002", "pl", "SSH brute force"))
                .as("no Polish title")
                .isEqualTo("SSH brute force");
        assertThat(titles.title("8f0c6a1e-0002-4000-8000-000000000002", "en", "SSH brute force"))
                .isEqualTo("SSH brute force");
        assertThat(titles.title("ssh_failed", "de", "Failed SSH login"))
                .as("a rule without translations")
                .isEqualTo("Failed SSH login");
        assertThat(titles.title("rule-since-deleted", "de", "Old rule"))
                .as("a rule no longer loaded")
                .isEqualTo("Old rule");
        assertThat(RuleTitles.none().title("web_shell", "fr", "Web shell written"))
                .isEqualTo("Web shell written");
    }

    @Test
    void translatedTitlesAreExposedOnTheRules() {
        // when
        LoadedRules loaded = load(RULES);

        // then
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.correlations().get(0).titles())
                .containsOnly(entry("de", "SSH-Brute-Force-Angriff"), entry("pt", "Ataque de força bruta por SSH"));
        assertThat(loaded.rules().get(0).titles()).isEmpty();
    }

    @Test
    void aBadTranslationIsReportedWithTheRuleAndWhereItIsWrong() {
        // given
        String rule = """
                title: Web shell written
                level: critical
                vigil-titles:
                    %s
                logsource:
                    product: linux
                detection:
                    selection:
                        path|endswith: .php
                    condition: selection
                """;

        // when
        LoadedRules notALanguage = load(rule.formatted("German: Web-Shell abgelegt"));
        LoadedRules blank = load(rule.formatted("de: '  '"));
        LoadedRules nested = load(rule.formatted("de: [Web-Shell, abgelegt]"));
        LoadedRules tooLong = load(rule.formatted("de: " + "x".repeat(257)));
        LoadedRules notAMap = load(rule.replace("vigil-titles:\n    %s", "vigil-titles: Web-Shell abgelegt"));

        // then
        assertThat(notALanguage.rules()).isEmpty();
        assertThat(notALanguage.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(FILE);
            assertThat(problem.reason())
                    .isEqualTo("line 1 ('Web shell written'): vigil-titles.German: not a language tag"
                            + " (2 or 3 lower-case letters, e.g. de)");
        });
        assertThat(blank.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).endsWith("vigil-titles.de: empty"));
        assertThat(nested.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).endsWith("vigil-titles.de: must be a single value"));
        assertThat(tooLong.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).endsWith("vigil-titles.de: longer than 256 characters"));
        assertThat(notAMap.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).endsWith("vigil-titles: must be a map"));
    }
}

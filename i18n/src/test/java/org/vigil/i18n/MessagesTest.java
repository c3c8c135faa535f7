package org.vigil.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

    private final MessageCatalog catalog = new MessageCatalog();

    // ---------------------------------------------------------------------------------------------
    // Plurals

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "1, 1 zasób",
        "2, 2 zasoby",
        "4, 4 zasoby",
        "5, 5 zasobów",
        "12, 12 zasobów",
        "22, 22 zasoby",
        "25, 25 zasobów",
        "0, 0 zasobów"
    })
    void polishAssetCountUsesOneFewAndManyForms(int count, String expected) {
        // given
        Messages polish = catalog.messages(Language.PL);

        // when
        String text = polish.text("situation.scenarios.assets", count);

        // then
        assertThat(text).isEqualTo(expected);
    }

    @Test
    void polishFractionUsesTheOtherForm() {
        // given
        Messages polish = catalog.messages(Language.PL);

        // when
        String text = polish.text("situation.scenarios.assets", 1.5);

        // then
        assertThat(text).isEqualTo("1,5 zasobu");
    }

    @Test
    void polishStatusLineInflectsEachCountOnItsOwn() {
        // given
        Messages polish = catalog.messages(Language.PL);

        // when
        String small = polish.text("status.counts", 1, 2, 5);
        String large = polish.text("status.counts", 22, 22, 22);

        // then
        assertThat(small).isEqualTo("1 organizacja, 2 zasoby, 5 zależności");
        assertThat(large).isEqualTo("22 organizacje, 22 zasoby, 22 zależności");
    }

    @Test
    void romanianUsesDeFromTwentyOn() {
        // given
        Messages romanian = catalog.messages(Language.RO);

        // when / then
        assertAssetCounts(romanian, Map.of(1, "1 activ", 3, "3 active", 20, "20 de active"));
    }

    @Test
    void frenchTreatsZeroAsSingularAndMillionsWithDe() {
        // given
        Messages french = catalog.messages(Language.FR);

        // when / then
        assertAssetCounts(french, Map.of(0, "0 actif", 2, "2 actifs", 1_000_000, "1\u202F000\u202F000 d'actifs"));
    }

    /** Asserts the text of situation.scenarios.assets for each count, all counts in one comparison. */
    private static void assertAssetCounts(Messages messages, Map<Integer, String> expectedByCount) {
        Map<Integer, String> actualByCount = new TreeMap<>();
        for (Integer count : expectedByCount.keySet()) {
            actualByCount.put(count, messages.text("situation.scenarios.assets", count));
        }
        assertThat(actualByCount).as("%s texts by count", messages.language()).isEqualTo(expectedByCount);
    }

    // ---------------------------------------------------------------------------------------------
    // Simple lookups

    @Test
    void germanGivesGermanTexts() {
        // given
        Messages german = catalog.messages(Language.DE);

        // when / then
        assertThat(german.language()).isEqualTo(Language.DE);
        assertThat(german.text("nav.settings")).isEqualTo("Einstellungen");
        assertThat(german.text("status.scenario", "Apotheke Nord")).isEqualTo("Szenario: Apotheke Nord");
        assertThat(german.text("situation.scenarios.assets", 1)).isEqualTo("1 Asset");
        assertThat(german.text("situation.scenarios.assets", 3)).isEqualTo("3 Assets");
        assertThat(german.text("language.pl")).isEqualTo("Polski");
    }

    @Test
    void englishGivesEnglishTexts() {
        // given
        Messages english = catalog.messages(Language.EN);

        // when / then
        assertThat(english.text("nav.settings")).isEqualTo("Settings");
        assertThat(english.text("situation.scenarios.assets", 1)).isEqualTo("1 asset");
        assertThat(english.text("situation.scenarios.assets", 2)).isEqualTo("2 assets");
        assertThat(english.text("status.failed", "disk full")).isEqualTo("Could not load: disk full");
    }

    @Test
    void everyLanguageKnowsEveryEnglishKey() {
        // given
        Map<String, String> englishKeys = BundleMessages.load(Language.EN);

        // when / then
        for (Language language : Language.values()) {
            Messages messages = catalog.messages(language);
            assertThat(englishKeys.keySet())
                    .as("keys %s knows", language)
                    .allSatisfy(key -> assertThat(messages.has(key)).isTrue());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Missing keys and fallback

    @Test
    void missingKeyIsShownInBrackets() {
        // given
        Messages german = catalog.messages(Language.DE);

        // when
        String text = german.text("no.such.key", 42);

        // then
        assertThat(text).isEqualTo("[no.such.key]");
        assertThat(german.has("no.such.key")).isFalse();
    }

    @Test
    void keyMissingInALanguageFallsBackToEnglish() {
        // given
        Map<String, String> german = Map.of("nav.settings", "Einstellungen");
        Map<String, String> english = Map.of("nav.settings", "Settings", "status.failed", "Could not load: {0}");
        Messages messages = new BundleMessages(Language.DE, german, english);

        // when
        String translated = messages.text("nav.settings");
        String fallback = messages.text("status.failed", "disk full");

        // then
        assertThat(translated).isEqualTo("Einstellungen");
        assertThat(fallback).isEqualTo("Could not load: disk full");
        assertThat(messages.has("status.failed")).isTrue();
        assertThat(messages.text("absent.everywhere")).isEqualTo("[absent.everywhere]");
    }

    @Test
    void englishFallbackFollowsEnglishPluralRules() {
        // given: French counts 0 as singular, English does not
        Map<String, String> english = Map.of("items", "{0, plural, one {# asset} other {# assets}}");
        Messages french = new BundleMessages(Language.FR, Map.of(), english);

        // when
        String text = french.text("items", 0);

        // then
        assertThat(text).isEqualTo("0 assets");
    }

    // ---------------------------------------------------------------------------------------------
    // Pseudo-locale

    @Test
    void pseudoLocaleIsAccentedBracketedAndLonger() {
        // given
        String key = "settings.language.hint";
        String english = catalog.messages(Language.EN).text(key);

        // when
        String pseudo = catalog.messages(Language.PSEUDO).text(key);

        // then
        assertThat(english).hasSizeGreaterThan(40);
        assertThat(pseudo).startsWith("⟦").endsWith("⟧");
        assertThat(pseudo).doesNotContainPattern("[A-Za-z]");
        assertThat(pseudo).contains("Ţĥé");
        assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) Math.ceil(english.length() * 1.35));
    }

    @Test
    void pseudoLocaleKeepsDigitsOfArguments() {
        // given
        Messages pseudo = catalog.messages(Language.PSEUDO);

        // when
        String text = pseudo.text("status.counts", 3, 12, 40);

        // then
        assertThat(text).contains("3 ", "12 ", "40 ");
        assertThat(text).doesNotContainPattern("[A-Za-z]");
        assertThat(pseudo.language()).isEqualTo(Language.PSEUDO);
    }

    @Test
    void pseudoLocaleBracketsMissingKeysToo() {
        // given
        Messages pseudo = catalog.messages(Language.PSEUDO);

        // when
        String text = pseudo.text("no.such.key");

        // then
        assertThat(text).startsWith("⟦[").contains("ñö.šûçĥ.ķéý").contains("]");
        assertThat(pseudo.has("no.such.key")).isFalse();
    }

    // ---------------------------------------------------------------------------------------------
    // Language

    @Test
    void localeOfASpokenLanguageMapsToIt() {
        // given
        Locale polishPoland = Locale.forLanguageTag("pl-PL");

        // when / then
        assertThat(Language.forLocale(polishPoland)).isEqualTo(Language.PL);
        assertThat(Language.forLocale(Locale.GERMANY)).isEqualTo(Language.DE);
        assertThat(Language.forLocale(Locale.forLanguageTag("el-GR"))).isEqualTo(Language.EL);
    }

    @Test
    void localeOfAnUnspokenLanguageMapsToEnglish() {
        // given
        Locale japanese = Locale.forLanguageTag("ja");

        // when / then
        assertThat(Language.forLocale(japanese)).isEqualTo(Language.EN);
        assertThat(Language.forLocale(Locale.forLanguageTag("en-XA"))).isEqualTo(Language.EN);
    }

    @Test
    void tagsFindTheirLanguageIncludingThePseudoLocale() {
        // when / then
        assertThat(Language.fromTag("en-XA")).contains(Language.PSEUDO);
        assertThat(Language.fromTag("EN-xa")).contains(Language.PSEUDO);
        assertThat(Language.fromTag("ro")).contains(Language.RO);
        assertThat(Language.fromTag("ja")).isEmpty();
    }
}

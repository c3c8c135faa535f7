package org.vigil.core.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Translations of a scenario's own text (names, descriptions) by language tag and key. English
 * lives in the model itself; a missing translation falls back to it.
 */
public record ScenarioTexts(Map<String, Map<String, String>> byLanguage) {

    public static final ScenarioTexts NONE = new ScenarioTexts(Map.of());

    public ScenarioTexts {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        byLanguage.forEach((language, texts) -> copy.put(language, Map.copyOf(texts)));
        byLanguage = Map.copyOf(copy);
    }

    public String text(String languageTag, String key, String english) {
        Map<String, String> texts = byLanguage.get(languageTag);
        if (texts == null) {
            return english;
        }
        return texts.getOrDefault(key, english);
    }

    public static String scenarioName() {
        return "scenario.name";
    }

    public static String scenarioDescription() {
        return "scenario.description";
    }

    public static String organisationName(String id) {
        return "organisation." + id + ".name";
    }

    public static String monitorName(String id) {
        return "monitor." + id + ".name";
    }

    public static String assetName(String id) {
        return "asset." + id + ".name";
    }

    public static String assetDescription(String id) {
        return "asset." + id + ".description";
    }
}

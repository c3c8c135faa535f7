package org.vigil.bench.nab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores NAB publishes for other detectors ({@code results/final_results.json}): detector →
 * profile → normalised score.
 */
record PublishedScores(Map<String, Map<String, Double>> byDetector) {

    static PublishedScores load(Path finalResults) throws IOException {
        Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
        if (!Files.isRegularFile(finalResults)) {
            return new PublishedScores(Map.of());
        }
        JsonNode root = new ObjectMapper().readTree(finalResults.toFile());
        root.fields().forEachRemaining(detector -> {
            Map<String, Double> profiles = new LinkedHashMap<>();
            detector.getValue()
                    .fields()
                    .forEachRemaining(p -> profiles.put(p.getKey(), p.getValue().asDouble()));
            scores.put(detector.getKey(), Map.copyOf(profiles));
        });
        return new PublishedScores(Map.copyOf(scores));
    }

    /** The detectors, best standard score first. */
    List<String> ranked() {
        List<String> names = new ArrayList<>(byDetector.keySet());
        names.sort(Comparator.comparingDouble((String d) -> score(d, CostProfile.STANDARD.name()))
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
        return names;
    }

    double score(String detector, String profile) {
        return byDetector.getOrDefault(detector, Map.of()).getOrDefault(profile, Double.NaN);
    }
}

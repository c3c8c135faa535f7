package org.vigil.bench.nab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A NAB application profile: what a detected window earns, a false positive and a missed window cost.
 * True negatives are not scored.
 */
record CostProfile(String name, double tpWeight, double fpWeight, double fnWeight) {

    static final CostProfile STANDARD = new CostProfile("standard", 1.0, 0.11, 1.0);
    static final CostProfile LOW_FP = new CostProfile("reward_low_FP_rate", 1.0, 0.22, 1.0);
    static final CostProfile LOW_FN = new CostProfile("reward_low_FN_rate", 1.0, 0.11, 2.0);

    /** NAB's three profiles, as its {@code config/profiles.json} defines them. */
    static List<CostProfile> nab() {
        return List.of(STANDARD, LOW_FP, LOW_FN);
    }

    /** The profiles of a {@code profiles.json}, in the standard order when they are NAB's three. */
    static List<CostProfile> load(Path profiles) throws IOException {
        if (!Files.isRegularFile(profiles)) {
            return nab();
        }
        JsonNode root = new ObjectMapper().readTree(profiles.toFile());
        List<CostProfile> loaded = new ArrayList<>();
        for (CostProfile known : nab()) {
            JsonNode matrix = root.path(known.name()).path("CostMatrix");
            if (!matrix.isMissingNode()) {
                loaded.add(new CostProfile(
                        known.name(),
                        matrix.path("tpWeight").asDouble(),
                        matrix.path("fpWeight").asDouble(),
                        matrix.path("fnWeight").asDouble()));
            }
        }
        root.fieldNames().forEachRemaining(name -> {
            if (loaded.stream().noneMatch(p -> p.name().equals(name))) {
                JsonNode matrix = root.path(name).path("CostMatrix");
                loaded.add(new CostProfile(
                        name,
                        matrix.path("tpWeight").asDouble(),
                        matrix.path("fpWeight").asDouble(),
                        matrix.path("fnWeight").asDouble()));
            }
        });
        return List.copyOf(loaded);
    }
}

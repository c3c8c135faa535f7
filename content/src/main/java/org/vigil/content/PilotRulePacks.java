package org.vigil.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Sigma rule packs shipped with Vigil, one per pilot story: detection rules over the events the
 * pilots' monitors write, and the correlations that turn them into the story's incidents.
 */
public final class PilotRulePacks {

    /** Resource names, one pack per pilot, in the order the pilots are presented. */
    public static final List<String> FILES =
            List.of("retail-ecommerce.yml", "pharmacy-delivery.yml", "bank-payments.yml");

    private static final String FOLDER = "/org/vigil/content/rules/";

    /** Each pack's text, named by its resource path so rule problems say where they are. */
    public Map<Path, String> texts() {
        Map<Path, String> texts = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = Objects.requireNonNull(
                    PilotRulePacks.class.getResourceAsStream(FOLDER + file), "missing rule pack " + file)) {
                texts.put(Path.of("rules", file), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule pack " + file, e);
            }
        }
        return texts;
    }
}

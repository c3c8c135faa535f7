package org.vigil.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.ScenarioReadResult;
import org.vigil.core.scenario.ScenarioReader;

/**
 * The three pilot scenarios shipped with Vigil: retail e-commerce, online pharmacy with logistics
 * and secure transport, and a bank providing online payments. A new workspace starts with them.
 */
public final class PilotScenarios {

    /** Resource names, in the order the pilots are presented. */
    public static final List<String> FILES =
            List.of("retail-ecommerce.json", "pharmacy-delivery.json", "bank-payments.json");

    private static final String FOLDER = "/org/vigil/content/scenarios/";

    private final ScenarioReader reader;

    public PilotScenarios(ScenarioReader reader) {
        this.reader = reader;
    }

    /** Reads and validates every pilot; a pilot with errors is a build defect and fails loudly. */
    public List<Scenario> load() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String file : FILES) {
            ScenarioReadResult result = read(file);
            scenarios.add(result.scenario()
                    .orElseThrow(
                            () -> new IllegalStateException("pilot " + file + " is invalid: " + result.problems())));
        }
        return List.copyOf(scenarios);
    }

    /** Reads one pilot with all its problems, for validation. */
    public ScenarioReadResult read(String file) {
        try (InputStream in = Objects.requireNonNull(
                PilotScenarios.class.getResourceAsStream(FOLDER + file), "missing pilot resource " + file)) {
            return reader.read(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pilot " + file, e);
        }
    }
}

package org.vigil.core.scenario;

import java.nio.charset.StandardCharsets;
import org.vigil.core.TestScenario;

/** Reads scenarios for the {@link ScenarioReader} tests, each as a file named "scenario.json". */
final class ScenarioReading {

    private static final ScenarioReader READER = new ScenarioReader();

    private ScenarioReading() {}

    static ScenarioReadResult read(TestScenario scenario) {
        return READER.read("scenario.json", scenario.toBytes());
    }

    static ScenarioReadResult read(String json) {
        return READER.read("scenario.json", json.getBytes(StandardCharsets.UTF_8));
    }
}

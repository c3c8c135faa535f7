package org.vigil.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.scenario.Problem;
import org.vigil.core.scenario.ScenarioReadResult;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.scenario.ScenarioWriter;

/** Fixtures for the topology import tests: the options they share, the sample files, look-ups. */
final class Topologies {

    static final Organisation OPERATOR = new Organisation("grid-operator", OrganisationType.LOGISTICS, "Grid operator");

    private Topologies() {}

    /** Every node a facility of the grid operator, standard dependencies. */
    static TopologyOptions options() {
        return TopologyOptions.of("imported-grid", "Imported grid", OPERATOR, AssetKind.FACILITY);
    }

    static Path sample(String name) {
        try {
            return Path.of(Objects.requireNonNull(Topologies.class.getResource(name), name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The imported topology, after checking that the import found no problems. */
    static ImportedTopology imported(TopologyImportResult result) {
        assertThat(result.problems()).isEmpty();
        return result.imported().orElseThrow();
    }

    static Dependency dependency(Scenario scenario, String fromId, String toId) {
        return scenario.dependencies().stream()
                .filter(d -> d.fromId().equals(fromId) && d.toId().equals(toId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dependency " + fromId + " -> " + toId));
    }

    /** The scenario as Vigil reads it back from its own file format, after checking it has no errors. */
    static Scenario reread(Scenario scenario) {
        ScenarioReadResult result = new ScenarioReader().read("exported.json", new ScenarioWriter().write(scenario));
        assertThat(result.problems()).noneMatch(Problem::isError);
        return result.scenario().orElseThrow();
    }
}

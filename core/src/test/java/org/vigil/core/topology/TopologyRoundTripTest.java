package org.vigil.core.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.topology.Topologies.imported;
import static org.vigil.core.topology.Topologies.options;
import static org.vigil.core.topology.Topologies.reread;
import static org.vigil.core.topology.Topologies.sample;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.model.Scenario;

/** An imported topology is a scenario Vigil accepts: written in its own format it reads back without errors, equal. */
class TopologyRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"us-western-states/edges.csv", "substation.graphml", "substation.gexf", "substations.dgs"})
    void anImportedTopologyReadsBackAsAnEqualScenario(String file) {
        // given
        Scenario scenario =
                imported(new TopologyImporter(options()).read(sample(file))).scenario();

        // when
        Scenario readBack = reread(scenario);

        // then
        assertThat(readBack).isEqualTo(scenario);
    }
}

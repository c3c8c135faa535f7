package org.vigil.visual.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.visual.anomaly.PharmacyWorkspace;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.selection.TimeRange;
import org.vigil.visual.task.ImmediateBackground;

/** The graph's anomaly badges and lists on the pharmacy pilot replayed: by asset, in the shown time. */
class GraphAnomaliesTest {

    @TempDir
    Path folder;

    @Test
    void eachAssetWithAnomaliesInTheShownTimeGetsItsCountAndList() throws Exception {
        try (PharmacyWorkspace pharmacy = new PharmacyWorkspace(folder)) {
            // given the graph following the pharmacy scenario
            SituationSelection selection = new SituationSelection();
            GraphAnomalies anomalies =
                    new GraphAnomalies(pharmacy.workspace.eventHistory(), selection, new ImmediateBackground());

            // when the scenario is opened
            selection.scenarioIdProperty().set(PharmacyWorkspace.PHARMACY);

            // then the van and the two boxes carry their counts, the newest anomaly listed first
            assertThat(anomalies.counts())
                    .containsEntry("armoured-van", 3)
                    .containsEntry("coldbox-117", 2)
                    .containsEntry("coldbox-114", 2);
            List<GraphAnomalies.Note> box = anomalies.byAssetProperty().get().get("coldbox-117");
            assertThat(box).extracting(n -> n.summary().observed()).containsExactly(12.6, 8.9);

            // when a range before the boxes warmed is brushed on the timeline
            Instant firstWarm = box.get(1).time();
            selection.timeRangeProperty().set(new TimeRange(firstWarm.minusSeconds(7_200), firstWarm));

            // then only what lies in it is counted
            assertThat(anomalies.counts()).containsEntry("coldbox-117", 1).doesNotContainKey("atlantico-corp-net");
        }
    }
}

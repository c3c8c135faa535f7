package org.vigil.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigil.core.cascade.live.CascadeSituation;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.store.Workspace;
import org.vigil.visual.graph.GraphViewModel;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * The situation views in the real window on the demo workspace: the retail story replays into
 * incidents, the graph shows what they impact, the board focuses the graph on an incident, and the
 * time slider moves the cascade.
 */
@ExtendWith(ApplicationExtension.class)
class SituationViewsWindowTest {

    private static final String RETAIL = "retail-ecommerce";

    @TempDir
    static Path dir;

    private final DemoWindow window = new DemoWindow();
    private Workspace workspace;
    private Workstation workstation;

    @Start
    void start(Stage stage) throws Exception {
        window.show(stage, dir, "situation-views");
        workspace = window.workspace();
        workstation = window.workstation();
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    private GraphViewModel graph() {
        return workstation.model().pages().graph();
    }

    private Map<String, SceneNode> nodes() {
        GraphScene scene = graph().sceneProperty().get();
        return scene == null
                ? Map.of()
                : scene.nodes().stream().collect(Collectors.toMap(SceneNode::id, Function.identity()));
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    /** The demo replays the retail story; waits until its cascade is on the graph page. */
    private CascadeSituation replayedOntoTheGraph(FxRobot robot) throws Exception {
        FxWait.until(
                "the story's incidents", () -> workspace.incidents().list(100).size() >= 3);
        FxWait.until(
                "the retail cascade",
                () -> workstation.cascade().situation(RETAIL).isPresent());
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        FxWait.until("the retail scenario on the graph", () -> nodes().size() >= 40);
        return workstation.cascade().situation(RETAIL).orElseThrow();
    }

    @Test
    void theAssetsTheReplayedIncidentsImpactShowAsImpactedOnTheGraph(FxRobot robot) throws Exception {
        // given the demo's replay of the retail story
        CascadeSituation situation = replayedOntoTheGraph(robot);

        // when the analyst jumps to the cascade's last horizon
        robot.clickOn("#graph-area");
        key(robot, KeyCode.END);

        // then every asset the cascade reaches is drawn impacted, and the rest normal
        List<String> impacted = situation.result().impactedAssetIds();
        assertThat(impacted).isNotEmpty();
        FxWait.until(
                "the impacted assets drawn",
                () -> impacted.stream()
                        .allMatch(
                                id -> nodes().containsKey(id) && nodes().get(id).condition() != NodeCondition.NORMAL));
        assertThat(nodes().values())
                .filteredOn(n -> !impacted.contains(n.id()))
                .allSatisfy(n -> assertThat(n.condition()).isEqualTo(NodeCondition.NORMAL));
    }

    @Test
    void anIncidentSelectedOnTheBoardIsWhatTheGraphFocusesOn(FxRobot robot) throws Exception {
        // given the replayed story on the board
        replayedOntoTheGraph(robot);
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        TableView<IncidentSummary> board = robot.lookup("#incidents-table").queryTableView();
        FxWait.until("incidents on the board", () -> !board.getItems().isEmpty());

        // when the analyst selects an incident and goes to the graph
        robot.interact(() -> board.getSelectionModel().select(0));
        IncidentSummary incident = board.getItems().get(0);
        Set<String> assets = incident.assetIds().stream()
                .map(id -> id.substring(id.indexOf('/') + 1))
                .collect(Collectors.toSet());
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT2);

        // then its assets stand out and what lies beyond their neighbourhood is faded
        FxWait.until(
                "the graph focused on the incident",
                () -> nodes().values().stream().anyMatch(n -> n.emphasis() == Emphasis.FADED));
        assertThat(assets).isNotEmpty();
        assertThat(assets)
                .allSatisfy(id -> assertThat(nodes().get(id).emphasis()).isNotEqualTo(Emphasis.FADED));
    }

    @Test
    void movingTheTimeSliderChangesWhatTheGraphShows(FxRobot robot) throws Exception {
        // given the replayed story's cascade at its last horizon
        replayedOntoTheGraph(robot);
        robot.clickOn("#graph-area");
        key(robot, KeyCode.END);
        FxWait.until(
                "a failed asset at the end",
                () -> nodes().values().stream().anyMatch(n -> n.condition() == NodeCondition.FAILED));
        Map<String, NodeCondition> atTheEnd = conditions();

        // when the analyst moves the slider back to the start
        key(robot, KeyCode.HOME);

        // then assets the cascade reaches later are only at risk there
        FxWait.until("the start of the cascade", () -> !conditions().equals(atTheEnd));
        assertThat(conditions().values()).contains(NodeCondition.AT_RISK);
        assertThat(conditions().values().stream()
                        .filter(c -> c == NodeCondition.FAILED)
                        .count())
                .isLessThan(atTheEnd.values().stream()
                        .filter(c -> c == NodeCondition.FAILED)
                        .count());
    }

    private Map<String, NodeCondition> conditions() {
        return nodes().values().stream().collect(Collectors.toMap(SceneNode::id, SceneNode::condition));
    }
}

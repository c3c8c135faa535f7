package org.vigil.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.core.model.Asset;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.Layer;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.shell.Area;

/** Drives the real main window, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class WorkstationWindowTest {

    @TempDir
    static Path dir;

    private final DemoWindow window = new DemoWindow();
    private MessageCatalog catalog;
    private Workspace workspace;
    private Workstation workstation;

    @Start
    void start(Stage stage) throws Exception {
        window.show(stage, dir, "window-test");
        catalog = window.catalog();
        workspace = window.workspace();
        workstation = window.workstation();
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    private void settle(FxRobot robot) throws Exception {
        for (int i = 0; i < 20; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(25);
        }
    }

    @Test
    void eachPilotScenarioOpensWithItsAssetsAndInspector(FxRobot robot) throws Exception {
        settle(robot);
        ListView<ScenarioSummary> scenarios = robot.lookup("#scenario-list").queryListView();
        assertThat(scenarios.getItems()).hasSize(3);

        for (int i = 0; i < 3; i++) {
            int index = i;
            robot.interact(() -> scenarios.getSelectionModel().select(index));
            settle(robot);
            ScenarioSummary chosen = scenarios.getItems().get(index);
            TableView<Asset> table = robot.lookup("#asset-table").queryTableView();
            assertThat(table.getItems()).hasSize(chosen.assetCount()).hasSizeGreaterThanOrEqualTo(40);
            Label status = robot.lookup("#status-scenario").queryAs(Label.class);
            assertThat(status.getText()).contains(chosen.name());

            robot.interact(() -> table.getSelectionModel().select(0));
            settle(robot);
            Label inspected = robot.lookup("#inspector-name").queryAs(Label.class);
            assertThat(inspected.getText()).isEqualTo(table.getItems().get(0).name());
        }
    }

    @Test
    void filteringByTypingNarrowsTheTable(FxRobot robot) throws Exception {
        settle(robot);
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHIFT, KeyCode.ALT);
        settle(robot);
        TableView<Asset> table = robot.lookup("#asset-table").queryTableView();
        int all = table.getItems().size();

        robot.clickOn("#layer-business");
        settle(robot);

        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(all);
        assertThat(table.getItems()).allMatch(a -> a.layer() == Layer.BUSINESS);
    }

    @Test
    void switchingTheLanguageRelabelsTheNavigationAtOnce(FxRobot robot) throws Exception {
        settle(robot);
        ToggleButton situation = robot.lookup("#nav-situation").queryAs(ToggleButton.class);
        assertThat(situation.getText()).isEqualTo("Situation");

        robot.clickOn("#nav-settings");
        settle(robot);
        ComboBox<Language> language = robot.lookup("#settings-language").queryComboBox();
        robot.clickOn(language);
        robot.clickOn(catalog.messages(Language.DE).text("language.de"));
        settle(robot);

        String german = catalog.messages(Language.DE).text("nav.situation");
        assertThat(german).isNotEqualTo("Situation");
        assertThat(situation.getText()).isEqualTo(german);
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText())
                .isEqualTo(catalog.messages(Language.DE).text("nav.settings"));
        assertThat(workspace.settings().get("ui.language")).contains("de");
    }

    @Test
    void everyLabelIsDrawnInTheBundledFontWhateverTheMachineHas(FxRobot robot) throws Exception {
        // given the window as it opens
        settle(robot);

        // then its texts use the shipped font (which covers Greek and Polish), not a system fallback
        ToggleButton situation = robot.lookup("#nav-situation").queryAs(ToggleButton.class);
        assertThat(situation.getFont().getFamily()).isEqualTo(BundledFonts.FAMILY);
        Label status = robot.lookup("#status-scenario").queryAs(Label.class);
        assertThat(status.getFont().getFamily()).isEqualTo(BundledFonts.FAMILY);
    }

    @Test
    void theKeyboardSwitchesAreas(FxRobot robot) throws Exception {
        settle(robot);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        settle(robot);

        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#settings-language").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        settle(robot);
        assertThat(robot.lookup("#nav-" + Area.GRAPH.name().toLowerCase(Locale.ROOT))
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isTrue();
    }

    @Test
    void theDemoReplayFillsTheIncidentsPageLiveAndTheAnalystActsFromTheKeyboard(FxRobot robot) throws Exception {
        // given the demo workspace: its replay starts by itself and raises the story's incidents
        settle(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<IncidentSummary> incidents = robot.lookup("#incidents-table").queryTableView();
        FxWait.until("incidents on the page", () -> incidents.getItems().size() >= 3);

        // when the analyst opens one and presses Alt+A
        robot.interact(() -> incidents.getSelectionModel().select(0));
        String id = incidents.getItems().get(0).id();
        FxWait.until(
                "the detail", () -> robot.lookup("#incident-title").tryQuery().isPresent());
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);

        // then it is acknowledged by the analyst, and the page shows it
        FxWait.until(
                "the acknowledgement",
                () -> workspace
                        .incidents()
                        .find(id)
                        .map(i -> i.state() == IncidentState.ACKNOWLEDGED)
                        .orElse(false));
        assertThat(workspace.incidents().find(id).orElseThrow().changes())
                .last()
                .satisfies(change -> assertThat(change.author()).isEqualTo("ana"));
        Label meta = robot.lookup("#incident-meta").queryAs(Label.class);
        FxWait.until("the new state on the page", () -> meta.getText().contains("acknowledged"));

        // and the feeds page tells where the replay is
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        Label replay = robot.lookup("#replay-status").queryAs(Label.class);
        FxWait.until("the replay to finish", () -> replay.getText().contains("finished"));
        assertThat(replay.getText()).contains("Retail e-commerce");
    }
}

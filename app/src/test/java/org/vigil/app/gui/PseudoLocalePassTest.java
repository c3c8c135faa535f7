package org.vigil.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.core.model.Asset;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/**
 * The pseudo-locale pass of the issue check: the real window on a demo workspace, switched to the
 * pseudo-locale through Settings, every area of the navigation rail visited (and in each what a user
 * opens: scenarios and assets, an incident's detail, every drop-down), and no text is hard-coded or
 * cut off. What counts as either is written down in {@link PseudoTextAudit}; what counts as data in
 * {@link WorkspaceDataTexts}.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocalePassTest {

    private static final String ANALYST = DemoWindow.ANALYST;

    @TempDir
    static Path dir;

    private final DemoWindow window = new DemoWindow();
    private MessageCatalog catalog;
    private Workspace workspace;
    private Workstation workstation;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window.show(stage, dir, "pseudo-pass");
        catalog = window.catalog();
        workspace = window.workspace();
        workstation = window.workstation();
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    @Test
    void aPseudoLocalePassOverAllScreensFindsNoHardCodedOrTruncatedText(FxRobot robot) throws Exception {
        // given the window, its drop-downs opened once in English (so that a list keeping the old
        // language's words is caught), then switched to the pseudo-locale the way a user does: in Settings
        settle();
        List<ToggleButton> areas = navigationToggles(robot);
        assertThat(areas).hasSizeGreaterThanOrEqualTo(4);
        for (ToggleButton toggle : areas) {
            robot.clickOn(toggle);
            settle();
            openEveryDropDown(robot, where -> {});
        }
        switchToPseudoLocale(robot);
        PseudoTextAudit audit = new PseudoTextAudit();

        // when every area of the navigation rail is visited, and in each what a user would open
        for (ToggleButton toggle : areas) {
            String area = toggle.getId();
            robot.clickOn(toggle);
            settle();
            assertThat(toggle.isSelected()).as("%s is shown", area).isTrue();
            scan(robot, audit, area);
            openScenariosAndAssets(robot, audit, area);
            openAnIncident(robot, audit, area);
            openEveryDropDown(robot, drop -> scan(robot, audit, area + " › drop-down " + drop));
        }

        // then nothing is hard-coded or cut off
        List<PseudoTextAudit.Offender> remaining = new ArrayList<>(audit.offenders());
        assertThat(remaining)
                .as(
                        "every visible text must come pseudo-localised from the bundles (or be data), and no label may"
                                + " be cut off\n%s",
                        audit.report(remaining))
                .isEmpty();
    }

    private void switchToPseudoLocale(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        settle();
        ComboBox<Language> language = robot.lookup("#settings-language").queryComboBox();
        robot.clickOn(language);
        settle();
        robot.clickOn(catalog.messages(Language.EN).text("language." + Language.PSEUDO.tag()));
        settle();
        assertThat(language.getValue()).isEqualTo(Language.PSEUDO);
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText())
                .isEqualTo(catalog.messages(Language.PSEUDO).text("nav.settings"))
                .startsWith("⟦");
        FxWait.until(
                "the choice to be remembered",
                () -> workspace
                        .settings()
                        .get("ui.language")
                        .filter(Language.PSEUDO.tag()::equals)
                        .isPresent());
    }

    /** Every toggle of the navigation rail, top to bottom: areas added later are visited too. */
    private static List<ToggleButton> navigationToggles(FxRobot robot) {
        return robot
                .lookup(n -> n instanceof ToggleButton
                        && n.getId() != null
                        && n.getId().startsWith("nav-"))
                .queryAllAs(ToggleButton.class)
                .stream()
                .sorted(Comparator.comparingDouble(
                        (ToggleButton b) -> b.localToScene(0, 0).getY()))
                .toList();
    }

    /** Situation: each scenario, and in each its first and last asset in the inspector. */
    private void openScenariosAndAssets(FxRobot robot, PseudoTextAudit audit, String area) throws Exception {
        var found = robot.lookup("#scenario-list").tryQuery();
        if (found.isEmpty() || !found.get().isVisible()) {
            return;
        }
        ListView<ScenarioSummary> scenarios = robot.lookup("#scenario-list").queryListView();
        FxWait.until("the scenarios", () -> !scenarios.getItems().isEmpty());
        for (int i = 0; i < scenarios.getItems().size(); i++) {
            int index = i;
            ScenarioSummary chosen = scenarios.getItems().get(index);
            robot.interact(() -> scenarios.getSelectionModel().select(index));
            TableView<Asset> table = robot.lookup("#asset-table").queryTableView();
            FxWait.until("the assets of " + chosen.id(), () -> table.getItems().size() == chosen.assetCount());
            for (int row : new int[] {0, table.getItems().size() - 1}) {
                robot.interact(() -> table.getSelectionModel().select(row));
                settle();
                scan(robot, audit, area + " › scenario " + chosen.id() + ", asset row " + row);
            }
        }
    }

    /** Incidents: the demo replay raises some; the first one's detail is opened. */
    private void openAnIncident(FxRobot robot, PseudoTextAudit audit, String area) throws Exception {
        var found = robot.lookup("#incidents-table").tryQuery();
        if (found.isEmpty() || !found.get().isVisible()) {
            return;
        }
        TableView<IncidentSummary> incidents = robot.lookup("#incidents-table").queryTableView();
        FxWait.until(
                "incidents from the demo replay", () -> !incidents.getItems().isEmpty());
        robot.interact(() -> incidents.getSelectionModel().select(0));
        FxWait.until(
                "the incident's detail",
                () -> robot.lookup("#incident-title")
                        .tryQuery()
                        .map(Node::isVisible)
                        .orElse(false));
        settle();
        scan(robot, audit, area + " › incident detail");
    }

    /** Every drop-down of the page, opened: its list is read from the popup window. */
    private void openEveryDropDown(FxRobot robot, Consumer<String> whileOpen) throws Exception {
        List<ComboBox<?>> combos = new ArrayList<>();
        for (Node node : robot.lookup(n -> n instanceof ComboBox<?>).queryAll()) {
            if (node.isVisible() && !node.isDisabled() && node.getScene() == stage.getScene()) {
                combos.add((ComboBox<?>) node);
            }
        }
        for (ComboBox<?> combo : combos) {
            robot.interact(combo::show);
            settle();
            whileOpen.accept(PseudoTextAudit.describe(combo));
            robot.interact(combo::hide);
            settle();
        }
    }

    /** Reads every showing window: the main one and any open popup. */
    private void scan(FxRobot robot, PseudoTextAudit audit, String where) {
        WorkspaceDataTexts data = WorkspaceDataTexts.of(workspace, ANALYST);
        robot.interact(() -> {
            audit.at(where, data);
            audit.scanTitle(stage.getTitle());
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window.isShowing() && window.getScene() != null) {
                    // Laid out first, so that every label shows what its current text makes of it.
                    window.getScene().getRoot().applyCss();
                    window.getScene().getRoot().layout();
                    audit.scan(window.getScene().getRoot());
                }
            }
        });
    }

    private static void settle() throws Exception {
        for (int i = 0; i < 20; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(25);
        }
    }
}

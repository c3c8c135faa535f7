package org.vigil.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.ChildProcessGameHost;
import org.vigil.game.host.GameHosts;

/**
 * The Training area in the real window: a trainer types a participant's code and starts Inbox Triage
 * from the keyboard; the round, dealt by the window, is played in a real child JVM by scripted keys
 * (there is no display to embed a game in here); its narration is listed beside the game, the result is
 * saved in the workspace and summed up, and the participant's progress and next suggestion follow.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingAreaWindowTest {

    /** Every email of the round called phishing: the four lures are right, the two genuine ones not. */
    private static final String EVERY_EMAIL_PHISHING = "P, N, P, N, P, N, P, N, P, N, P, N";

    @TempDir
    static Path dir;

    private final DemoWindow window = new DemoWindow();

    @Start
    void start(Stage stage) throws Exception {
        window.show(stage, dir, "training", games -> {
            ChildProcessGameHost scripted = new ChildProcessGameHost(
                    Path.of(System.getProperty("java.home"), "bin", "java"),
                    System.getProperty("java.class.path"),
                    List.of("--headless", "--script", EVERY_EMAIL_PHISHING));
            return new GameHosts(scripted, scripted);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    @Test
    void aRoundStartedFromTheKeyboardIsPlayedSavedAndSummedUp(FxRobot robot) throws Exception {
        // given the Training area, opened by its shortcut, and a participant's code typed in
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#training-participant").write("P-0042");
        WaitForAsyncUtils.waitForFxEvents();

        // when Enter starts the default module, and the round is played to its end
        robot.type(KeyCode.ENTER);
        VBox feedback = robot.lookup("#training-feedback").queryAs(VBox.class);
        FxWait.until("the round's summary", feedback::isVisible);

        // then the play is in the workspace: six emails, the two genuine ones taken for phishing
        List<PlayResult> plays = window.workspace().training().plays("P-0042");
        assertThat(plays).hasSize(1);
        PlayResult play = plays.get(0);
        assertThat(play.module()).isEqualTo(TrainingModule.INBOX_TRIAGE);
        assertThat(play.items()).hasSize(6);
        assertThat(play.falsePositives()).isEqualTo(2);
        assertThat(play.misses()).isZero();

        // and the area sums it up, lists what the game narrated, and suggests what to play next
        assertThat(texts(feedback)).contains("2 legitimate items taken for attacks", "0 attacks let through");
        ListView<?> narration = robot.lookup("#training-narration").queryAs(ListView.class);
        assertThat(narration.getItems()).isNotEmpty();
        Label suggestion = robot.lookup("#training-suggestion").queryAs(Label.class);
        assertThat(suggestion.getText()).isNotBlank();
        assertThat(robot.lookup("#training-play").queryButton().isDisabled()).isFalse();
    }

    private static List<String> texts(VBox box) {
        return box.getChildren().stream()
                .filter(Label.class::isInstance)
                .map(node -> ((Label) node).getText())
                .toList();
    }
}

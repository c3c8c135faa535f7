package org.vigil.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.i18n.Messages;

/** While an older workspace is upgraded, a window says so in the user's language and can quit. */
@ExtendWith(ApplicationExtension.class)
class UpgradeNoticeTest {

    private final Messages polish = new MessageCatalog().messages(Language.PL);

    @Test
    void theNoticeNamesTheFileAndEscapeQuits(FxRobot robot) {
        // given the notice for a workspace being upgraded, in Polish
        AtomicInteger quits = new AtomicInteger();
        UpgradeNotice notice = new UpgradeNotice(polish, Path.of("/data/sklep.vigil"), quits::incrementAndGet);
        robot.interact(notice::show);

        // then it tells what happens, to which file, and how to stop it
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains(
                        polish.text("upgrade.header"),
                        polish.text("upgrade.body", "sklep.vigil"),
                        polish.text("upgrade.cancelHint"));
        assertThat(polish.text("upgrade.body", "sklep.vigil")).contains("sklep.vigil");
        Button cancel = robot.lookup(".button").queryAs(Button.class);
        assertThat(cancel.getText()).isEqualTo(polish.text("upgrade.cancel"));
        assertThat(cancel.isFocused()).isTrue();

        // when the user presses Escape
        robot.type(KeyCode.ESCAPE);

        // then Vigil quits
        assertThat(quits).hasValue(1);
        robot.interact(notice::close);
        assertThat(Window.getWindows())
                .noneMatch(w -> w.getScene() != null && w.getScene().getRoot().lookup(".button") == cancel);
    }
}

package org.vigil.app.gui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Messages;

/**
 * A small window shown while a workspace of an earlier version is brought up to date, before the
 * workstation opens: upgrading may rewrite every stored event, minutes for millions of them, and a
 * window that says nothing for that long looks broken. Cancelling quits; the upgrade is one
 * transaction, so the workspace stays as it was.
 */
final class UpgradeNotice {

    private static final double WIDTH = 460;

    private final Messages messages;
    private final Path file;
    private final Runnable quit;
    private Stage stage;

    /** {@code quit} ends Vigil at once, from the UI thread, while the upgrade still runs elsewhere. */
    UpgradeNotice(Messages messages, Path file, Runnable quit) {
        this.messages = messages;
        this.file = file;
        this.quit = quit;
    }

    /** Shows the window; call on the UI thread. */
    void show() {
        Appearance.loadFonts(new BundledFonts());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        Label header = new Label(messages.text("upgrade.header"));
        header.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        header.setWrapText(true);
        Label body = new Label(messages.text("upgrade.body", file.getFileName().toString()));
        body.setWrapText(true);
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText(messages.text("upgrade.header"));
        Label hint = new Label(messages.text("upgrade.cancelHint"));
        hint.setWrapText(true);
        Button cancel = new Button(messages.text("upgrade.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> quit.run());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox content = new VBox(12, header, body, progress, hint, buttons);
        content.setPadding(new Insets(24));
        content.setPrefWidth(WIDTH);
        content.setStyle(String.format(Locale.ROOT, "-fx-font-family: \"%s\";", BundledFonts.FAMILY));

        stage = new Stage();
        stage.setTitle(messages.text("app.title"));
        stage.setScene(new Scene(content));
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> quit.run());
        stage.show();
        cancel.requestFocus();
    }

    /** Closes the window once the workspace is open; call on the UI thread. */
    void close() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }
}

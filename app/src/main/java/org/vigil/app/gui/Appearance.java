package org.vigil.app.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import org.vigil.visual.settings.SettingsViewModel;
import org.vigil.visual.settings.Theme;

/** Applies the theme and interface size from the settings, now and whenever they change. */
final class Appearance {

    private static final double BASE_FONT_PX = 14;
    private static final String STYLESHEET = "/org/vigil/visual/theme/vigil.css";

    private final SettingsViewModel settings;
    private final Scene scene;

    Appearance(SettingsViewModel settings, Scene scene) {
        this.settings = settings;
        this.scene = scene;
    }

    void apply() {
        scene.getStylesheets()
                .add(Objects.requireNonNull(Appearance.class.getResource(STYLESHEET))
                        .toExternalForm());
        theme(settings.themeProperty().get());
        scale(settings.scaleProperty().get());
        settings.themeProperty().addListener((obs, old, now) -> theme(now));
        settings.scaleProperty().addListener((obs, old, now) -> scale(now.doubleValue()));
    }

    private void theme(Theme theme) {
        // JavaFX has one user-agent stylesheet per application, so the theme is application-wide.
        Application.setUserAgentStylesheet(
                theme == Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
    }

    private void scale(double factor) {
        scene.getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * factor));
    }
}

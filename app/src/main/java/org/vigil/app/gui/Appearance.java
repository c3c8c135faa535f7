package org.vigil.app.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.vigil.i18n.BundledFonts;
import org.vigil.visual.settings.SettingsViewModel;
import org.vigil.visual.settings.Theme;

/**
 * Applies the bundled font, and the theme and interface size from the settings, now and whenever
 * they change.
 */
final class Appearance {

    private static final double BASE_FONT_PX = 14;
    private static final String STYLESHEET = "/org/vigil/visual/theme/vigil.css";

    private final SettingsViewModel settings;
    private final Scene scene;
    private final BundledFonts fonts;

    Appearance(SettingsViewModel settings, Scene scene, BundledFonts fonts) {
        this.settings = settings;
        this.scene = scene;
        this.fonts = fonts;
    }

    void apply() {
        loadFonts();
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

    private void loadFonts() {
        loadFonts(fonts);
    }

    /** Registers the bundled fonts with JavaFX, so every language renders alike whatever the machine has. */
    static void loadFonts(BundledFonts fonts) {
        for (String file : fonts.files()) {
            try (InputStream in = fonts.open(file)) {
                Font.loadFont(in, BASE_FONT_PX);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void scale(double factor) {
        scene.getRoot()
                .setStyle(String.format(
                        Locale.ROOT,
                        "-fx-font-family: \"%s\"; -fx-font-size: %.1fpx;",
                        BundledFonts.FAMILY,
                        BASE_FONT_PX * factor));
    }
}

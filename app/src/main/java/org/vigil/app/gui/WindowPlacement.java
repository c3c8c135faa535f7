package org.vigil.app.gui;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.vigil.core.store.SettingsRepository;
import org.vigil.core.store.StoreException;

/** Puts the window where the user left it (if that is still on a screen) and remembers it on close. */
final class WindowPlacement {

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";
    private static final double MIN_WIDTH = 900;
    private static final double MIN_HEIGHT = 600;

    private static final System.Logger LOG = System.getLogger(WindowPlacement.class.getName());

    private final SettingsRepository settings;

    WindowPlacement(SettingsRepository settings) {
        this.settings = settings;
    }

    void restoreAndRemember(Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Optional<Double> x = number(X);
        Optional<Double> y = number(Y);
        Optional<Double> width = number(WIDTH);
        Optional<Double> height = number(HEIGHT);
        if (x.isPresent() && y.isPresent() && width.isPresent() && height.isPresent()) {
            Rectangle2D bounds = new Rectangle2D(x.get(), y.get(), width.get(), height.get());
            // A monitor may have gone since: only restore bounds that are still visible.
            if (!Screen.getScreensForRectangle(bounds).isEmpty()) {
                stage.setX(bounds.getMinX());
                stage.setY(bounds.getMinY());
                stage.setWidth(Math.max(MIN_WIDTH, bounds.getWidth()));
                stage.setHeight(Math.max(MIN_HEIGHT, bounds.getHeight()));
            }
        }
        stage.setMaximized(settings.get(MAXIMIZED).map(Boolean::parseBoolean).orElse(false));
        stage.setOnHidden(e -> remember(stage));
    }

    private void remember(Stage stage) {
        try {
            settings.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
            if (!stage.isMaximized()) {
                settings.put(X, Double.toString(stage.getX()));
                settings.put(Y, Double.toString(stage.getY()));
                settings.put(WIDTH, Double.toString(stage.getWidth()));
                settings.put(HEIGHT, Double.toString(stage.getHeight()));
            }
        } catch (StoreException e) {
            // Closing must not fail over a window position; the next start uses the default.
            LOG.log(System.Logger.Level.WARNING, "window placement not saved", e);
        }
    }

    private Optional<Double> number(String key) {
        try {
            return settings.get(key).map(Double::parseDouble).filter(Double::isFinite);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

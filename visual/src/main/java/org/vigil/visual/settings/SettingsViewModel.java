package org.vigil.visual.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vigil.core.store.SettingsRepository;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.UiText;

/**
 * Language, theme and interface size. A change applies at once (the language switches every bound
 * text live) and is remembered in the workspace.
 */
public final class SettingsViewModel {

    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";
    public static final String SCALE = "ui.scale";
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;

    private final UiText text;
    private final MessageCatalog catalog;
    private final SettingsRepository settings;
    private final Background background;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final DoubleProperty scale = new SimpleDoubleProperty();

    public SettingsViewModel(
            UiText text, MessageCatalog catalog, SettingsRepository settings, Background background, Locale system) {
        this.text = text;
        this.catalog = catalog;
        this.settings = settings;
        this.background = background;
        language.set(settings.get(LANGUAGE).flatMap(Language::fromTag).orElse(Language.forLocale(system)));
        theme.set(settings.get(THEME).flatMap(SettingsViewModel::theme).orElse(Theme.LIGHT));
        scale.set(settings.get(SCALE)
                .flatMap(SettingsViewModel::number)
                .map(SettingsViewModel::clamp)
                .orElse(1.0));
        text.use(catalog.messages(language.get()));
        language.addListener((obs, old, now) -> {
            if (now != null) {
                text.use(catalog.messages(now));
                remember(LANGUAGE, now.tag());
            }
        });
        theme.addListener((obs, old, now) -> {
            if (now != null) {
                remember(THEME, now.name());
            }
        });
        scale.addListener((obs, old, now) -> {
            double clamped = clamp(now.doubleValue());
            if (clamped != now.doubleValue()) {
                scale.set(clamped);
            } else {
                remember(SCALE, Double.toString(clamped));
            }
        });
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public List<Theme> themes() {
        return List.of(Theme.values());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Interface size as a factor of the default, from {@link #MIN_SCALE} to {@link #MAX_SCALE}. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** A language's own name, as speakers of it look for it in a list. */
    public String languageName(Language l) {
        return text.get("language." + l.tag());
    }

    private void remember(String key, String value) {
        background.submit(
                new Background.Description("settings.saved"),
                () -> {
                    settings.put(key, value);
                    return null;
                },
                done -> {},
                error -> {});
    }

    private static Optional<Theme> theme(String name) {
        try {
            return Optional.of(Theme.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String value) {
        try {
            return Optional.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static double clamp(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, rounded));
    }
}

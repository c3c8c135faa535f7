package org.vigil.visual.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.task.ImmediateBackground;
import org.vigil.visual.text.UiText;

class SettingsViewModelTest {

    private final MessageCatalog catalog = new MessageCatalog();

    @TempDir
    Path dir;

    private SettingsViewModel settings(Workspace workspace, UiText text, Locale system) {
        return new SettingsViewModel(text, catalog, workspace.settings(), new ImmediateBackground(), system);
    }

    @Test
    void aFirstStartSpeaksTheSystemLanguageWhenVigilKnowsIt() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"))) {
            UiText text = new UiText(catalog.messages(Language.EN));

            SettingsViewModel model = settings(workspace, text, Locale.forLanguageTag("pl-PL"));

            assertThat(model.languageProperty().get()).isEqualTo(Language.PL);
            assertThat(text.messages().language()).isEqualTo(Language.PL);
        }
    }

    @Test
    void switchingTheLanguageRelabelsBoundTextsAtOnceAndIsRemembered() throws Exception {
        Path file = dir.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            UiText text = new UiText(catalog.messages(Language.EN));
            SettingsViewModel model = settings(workspace, text, Locale.ENGLISH);
            var label = text.bind("nav.settings");
            assertThat(label.get()).isEqualTo("Settings");

            model.languageProperty().set(Language.EL);

            assertThat(label.get()).isEqualTo(catalog.messages(Language.EL).text("nav.settings"));
        }
        try (Workspace reopened = Workspace.open(file)) {
            SettingsViewModel model = settings(reopened, new UiText(catalog.messages(Language.EN)), Locale.ENGLISH);
            assertThat(model.languageProperty().get()).isEqualTo(Language.EL);
        }
    }

    @Test
    void themeAndScaleAreRememberedAndScaleStaysInRange() throws Exception {
        Path file = dir.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            SettingsViewModel model = settings(workspace, new UiText(catalog.messages(Language.EN)), Locale.ENGLISH);

            model.themeProperty().set(Theme.DARK);
            model.scaleProperty().set(7.0);

            assertThat(model.scaleProperty().get()).isEqualTo(SettingsViewModel.MAX_SCALE);
        }
        try (Workspace reopened = Workspace.open(file)) {
            SettingsViewModel model = settings(reopened, new UiText(catalog.messages(Language.EN)), Locale.ENGLISH);
            assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
            assertThat(model.scaleProperty().get()).isEqualTo(SettingsViewModel.MAX_SCALE);
        }
    }

    @Test
    void languagesAreListedByTheirOwnNames() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"))) {
            SettingsViewModel model = settings(workspace, new UiText(catalog.messages(Language.FR)), Locale.FRENCH);

            assertThat(model.languageName(Language.DE)).isEqualTo("Deutsch");
            assertThat(model.languageName(Language.EL)).isEqualTo("Ελληνικά");
            assertThat(model.languages()).hasSize(10);
        }
    }
}

package org.vigil.visual.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Lesson;
import org.vigil.content.awareness.export.ExportFormat;
import org.vigil.content.awareness.export.ExportResult;
import org.vigil.content.awareness.export.ExportSelection;
import org.vigil.content.awareness.export.HandoutLabels;
import org.vigil.content.awareness.export.SelectionExport;
import org.vigil.visual.task.Background;

/**
 * Exporting the items selected in the catalogue: which formats, the content language or all nine,
 * how many files that makes; the export itself runs off the UI thread with progress and can be
 * cancelled, and either every file is written or none.
 */
public final class ExportViewModel {

    /** Files written so far of all. */
    public record Progress(int done, int total) {}

    private final SelectionExport export;
    private final Function<Language, HandoutLabels> labels;
    private final Background background;
    private final Executor uiThread;
    private final ObservableValue<Language> language;
    private final ObservableList<CatalogueItem> selection = FXCollections.observableArrayList();
    private final Map<ExportFormat, BooleanProperty> formats = new EnumMap<>(ExportFormat.class);
    private final BooleanProperty allLanguages = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper fileCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private Background.Job job;

    ExportViewModel(
            SelectionExport export,
            Function<Language, HandoutLabels> labels,
            Background background,
            Executor uiThread,
            ObservableValue<Language> language) {
        this.export = export;
        this.labels = labels;
        this.background = background;
        this.uiThread = uiThread;
        this.language = language;
        for (ExportFormat format : ExportFormat.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty(true);
            chosen.addListener((obs, old, now) -> count());
            formats.put(format, chosen);
        }
        allLanguages.addListener((obs, old, now) -> count());
        language.addListener((obs, old, now) -> count());
        selection.addListener((ListChangeListener<CatalogueItem>) change -> count());
    }

    /** The items to export; the catalogue's view keeps it equal to the selected rows. */
    public ObservableList<CatalogueItem> selection() {
        return selection;
    }

    public void select(Collection<CatalogueItem> items) {
        selection.setAll(items);
    }

    public BooleanProperty formatProperty(ExportFormat format) {
        return formats.get(format);
    }

    /** All nine languages, or only the content language shown. */
    public BooleanProperty allLanguagesProperty() {
        return allLanguages;
    }

    /** How many files the export would write now. */
    public ReadOnlyIntegerProperty fileCountProperty() {
        return fileCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last export's folder and files, or null. */
    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the last export failed (nothing was written), or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Writes the selection into a new folder inside {@code folder}. */
    public void export(Path folder) {
        if (running.get() || fileCount.get() == 0) {
            return;
        }
        ExportSelection chosen = chosenItems();
        Set<Language> languages = languages();
        Set<ExportFormat> wanted = formats();
        running.set(true);
        result.set(null);
        failure.set(null);
        progress.set(new Progress(0, fileCount.get()));
        job = background.submit(
                new Background.Description("status.content.exporting"),
                () -> export.write(
                        chosen,
                        languages,
                        wanted,
                        labels,
                        folder,
                        (done, total) -> uiThread.execute(() -> {
                            if (running.get()) {
                                progress.set(new Progress(done, total));
                            }
                        })),
                written -> {
                    running.set(false);
                    result.set(written);
                },
                error -> {
                    running.set(false);
                    failure.set(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
                });
    }

    /** Stops a running export; what it had written is removed. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
            running.set(false);
            progress.set(null);
        }
    }

    private void count() {
        fileCount.set(export.count(chosenItems(), languages(), formats()));
    }

    private ExportSelection chosenItems() {
        List<AttackTemplate> templates = new ArrayList<>();
        List<Lesson> lessons = new ArrayList<>();
        for (CatalogueItem item : selection) {
            if (item instanceof CatalogueItem.Template template) {
                templates.add(template.template());
            } else if (item instanceof CatalogueItem.LessonItem lesson) {
                lessons.add(lesson.lesson());
            }
        }
        return new ExportSelection(templates, lessons);
    }

    private Set<Language> languages() {
        return allLanguages.get() ? EnumSet.allOf(Language.class) : EnumSet.of(language.getValue());
    }

    private Set<ExportFormat> formats() {
        Set<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
        formats.forEach((format, on) -> {
            if (on.get()) {
                chosen.add(format);
            }
        });
        return chosen;
    }
}

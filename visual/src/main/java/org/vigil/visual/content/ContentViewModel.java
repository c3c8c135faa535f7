package org.vigil.visual.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.content.awareness.Audience;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.AwarenessReadResult;
import org.vigil.content.awareness.Channel;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Difficulty;
import org.vigil.content.awareness.ItemRef;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Verdict;
import org.vigil.content.awareness.export.SelectionExport;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.UiText;

/**
 * The Content area: the awareness library's templates and lessons, filtered by audience, content
 * language (independent of the interface's), type, channel, difficulty, cue and verdict; the chosen
 * item previewed as its reader meets it, with its red flags on demand; a lesson taken slide by
 * slide; and the selection exported.
 */
public final class ContentViewModel {

    private final Callable<AwarenessReadResult> source;
    private final UiText text;
    private final Background background;
    private final IllustrationRenderer renderer;
    private final Clock clock;
    private final ExportViewModel export;
    private final List<CatalogueItem> all = new ArrayList<>();
    private final ObservableList<CatalogueItem> shown = FXCollections.observableArrayList();
    private final ObjectProperty<ItemType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Audience> audience = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObjectProperty<Difficulty> difficulty = new SimpleObjectProperty<>();
    private final ObjectProperty<Cue> cue = new SimpleObjectProperty<>();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final ObjectProperty<CatalogueItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ItemPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LessonViewModel> lesson = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty markersShown = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<String> hoveredLink = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper problems = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private AwarenessLibrary library;
    private Previews previews;
    private boolean loading;

    public ContentViewModel(
            Callable<AwarenessReadResult> source,
            UiText text,
            MessageCatalog catalog,
            SelectionExport exporter,
            IllustrationRenderer renderer,
            Background background,
            Executor uiThread,
            Clock clock) {
        this.source = source;
        this.text = text;
        this.background = background;
        this.renderer = renderer;
        this.clock = clock;
        language.set(ContentNames.contentLanguage(text.messages().language()));
        this.export = new ExportViewModel(
                exporter,
                content -> new BundleHandoutLabels(catalog.messages(ContentNames.interfaceLanguage(content))),
                background,
                uiThread,
                language);
        for (ObjectProperty<?> criterion : List.of(type, audience, channel, difficulty, cue, verdict)) {
            criterion.addListener((obs, old, now) -> refilter());
        }
        language.addListener((obs, old, now) -> {
            if (now == null) {
                language.set(old);
                return;
            }
            refilter();
            open(selected.get());
        });
        selected.addListener((obs, old, now) -> open(now));
        // The Date row is written in the interface's language.
        text.messagesProperty().addListener((obs, old, now) -> {
            if (preview.get() != null) {
                open(selected.get());
            }
        });
    }

    /** Reads the library off the UI thread; the catalogue fills when it is there. */
    public void load() {
        if (loaded.get() || loading) {
            return;
        }
        loading = true;
        background.submit(
                new Background.Description("status.content.loading"),
                source,
                result -> {
                    loading = false;
                    library = result.library();
                    previews = new Previews(library);
                    problems.set(result.problems().size());
                    all.clear();
                    library.templates().forEach(t -> all.add(CatalogueItem.of(t)));
                    library.lessons().forEach(l -> all.add(CatalogueItem.of(l)));
                    loaded.set(true);
                    failure.set(null);
                    refilter();
                },
                error -> {
                    loading = false;
                    failure.set(error.getMessage() == null ? error.toString() : error.getMessage());
                });
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Problems the library's checks found (items with problems are left out); 0 for shipped content. */
    public ReadOnlyIntegerProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Why the library could not be read, or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The items the filters let through, templates first, each list in the library's order. */
    public ObservableList<CatalogueItem> items() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    /** Every item in the library, whatever the filters. */
    public int total() {
        return all.size();
    }

    public ObjectProperty<ItemType> typeProperty() {
        return type;
    }

    public ObjectProperty<Audience> audienceProperty() {
        return audience;
    }

    /** The language the content is shown and exported in; never null. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<Difficulty> difficultyProperty() {
        return difficulty;
    }

    public ObjectProperty<Cue> cueProperty() {
        return cue;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    /** Sets every filter back to "any"; the content language stays. */
    public void clearFilters() {
        type.set(null);
        audience.set(null);
        channel.set(null);
        difficulty.set(null);
        cue.set(null);
        verdict.set(null);
    }

    /** The item shown in the preview; the view sets it from the catalogue's selection. */
    public ObjectProperty<CatalogueItem> selectedProperty() {
        return selected;
    }

    /** The selected template's preview, or null (nothing selected, or a lesson). */
    public ReadOnlyObjectProperty<ItemPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The selected lesson being taken, or null. */
    public ReadOnlyObjectProperty<LessonViewModel> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** Whether red flags (trust signals, clause notes) are listed and marked in the preview. */
    public BooleanProperty markersShownProperty() {
        return markersShown;
    }

    /** The real target of the link under the pointer, or null: mail clients show it the same way. */
    public ReadOnlyObjectProperty<String> hoveredLinkProperty() {
        return hoveredLink.getReadOnlyProperty();
    }

    public void hover(String target) {
        hoveredLink.set(target == null || target.isBlank() ? null : target);
    }

    public ExportViewModel export() {
        return export;
    }

    IllustrationRenderer renderer() {
        return renderer;
    }

    /** Shows the item a reference names (a lesson's example), clearing filters that hide it. */
    public void open(ItemRef ref) {
        Optional<CatalogueItem> item = all.stream()
                .filter(i -> i.type() == ref.type() && i.id().equals(ref.id()))
                .findFirst();
        if (item.isEmpty()) {
            return;
        }
        if (!shown.contains(item.get())) {
            clearFilters();
        }
        selected.set(item.get());
    }

    private void refilter() {
        if (!loaded.get()) {
            return;
        }
        CatalogueFilter filter = new CatalogueFilter(
                Optional.ofNullable(type.get()),
                Optional.ofNullable(audience.get()),
                language.get(),
                Optional.ofNullable(channel.get()),
                Optional.ofNullable(difficulty.get()),
                Optional.ofNullable(cue.get()),
                Optional.ofNullable(verdict.get()));
        shown.setAll(all.stream().filter(filter::matches).toList());
    }

    private void open(CatalogueItem item) {
        hoveredLink.set(null);
        if (item == null || previews == null) {
            preview.set(null);
            lesson.set(null);
            return;
        }
        if (item instanceof CatalogueItem.Template template) {
            lesson.set(null);
            String date = text.get("incidents.timeShort", Date.from(clock.instant()));
            preview.set(previews.of(template.template(), language.get(), date));
        } else if (item instanceof CatalogueItem.LessonItem taken) {
            preview.set(null);
            LessonViewModel current = lesson.get();
            if (current == null || !current.takes(taken.lesson(), language.get())) {
                lesson.set(new LessonViewModel(taken.lesson(), language.get(), library, renderer, background));
            }
        }
    }
}

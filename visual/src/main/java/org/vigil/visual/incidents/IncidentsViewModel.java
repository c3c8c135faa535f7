package org.vigil.visual.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.vigil.core.incident.IncidentActions;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.IncidentRepository;
import org.vigil.core.store.IncidentRepository.EventDetail;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.UiText;

/**
 * The incident board: the incidents, fed live as detection raises and grows them, filtered on the
 * board and by the window's shared time range; the selected incident's detail (events, entities,
 * notes, audit trail); and the lifecycle actions and notes, recorded with the analyst's name. The
 * selection is shared with the other situation views: picking a row focuses its incident and selects
 * its assets everywhere, and an incident focused elsewhere is selected here.
 */
public final class IncidentsViewModel {

    /** Which incidents are loaded: the open ones, or all. */
    public enum Filter {
        OPEN,
        ALL
    }

    /** The selected incident with its events (oldest first) and its entities by type, as the detail shows it. */
    public record Detail(Incident incident, List<EventDetail> events, List<EntityGroup> entities) {}

    /** Why the last load or action failed: an i18n key taking the technical detail as its argument. */
    public record Failure(String key, String detail) {}

    static final int SHOWN_INCIDENTS = 2_000;
    static final int SHOWN_EVENTS = 500;

    private final IncidentRepository incidents;
    private final IncidentActions actions;
    private final RuleTitles titles;
    private final Supplier<List<Scenario>> scenarios;
    private final SharedFocus focus;
    private final UiText text;
    private final String analyst;
    private final Background background;
    private final Executor uiThread;
    private final ObservableList<IncidentSummary> loaded = FXCollections.observableArrayList();
    private final FilteredList<IncidentSummary> shown = new FilteredList<>(loaded);
    private final BoardFilters filters;
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.OPEN);
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<String> selectedId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>();
    private AssetNames names = AssetNames.NONE;
    private Runnable showInGraph = () -> {};
    private boolean loadFailed;
    private boolean refreshing;
    private boolean refreshAgain;

    public IncidentsViewModel(
            IncidentRepository incidents,
            IncidentActions actions,
            RuleTitles titles,
            Supplier<List<Scenario>> scenarios,
            SituationSelection selection,
            UiText text,
            String analyst,
            Background background,
            Executor uiThread) {
        this.incidents = incidents;
        this.actions = actions;
        this.titles = Objects.requireNonNull(titles, "titles");
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.text = Objects.requireNonNull(text, "text");
        this.analyst = analyst;
        this.background = background;
        this.uiThread = uiThread;
        this.filters = new BoardFilters(selection);
        filter.addListener((obs, old, now) -> refresh());
        filters.filterProperty().addListener((obs, old, now) -> refilter());
        // The search looks at titles and asset names in the language shown.
        text.messagesProperty().addListener((obs, old, now) -> refilter());
        shownCount.bind(Bindings.size(shown));
        totalCount.bind(Bindings.size(loaded));
        // An incident focused elsewhere is shown here, leaving the selected assets as they are.
        this.focus = new SharedFocus(selection, focused -> {
            if (!focused.equals(selectedId.get())) {
                show(focused);
            }
        });
    }

    /**
     * The board without a shared selection or asset names, in English: for a window that does not
     * wire the situation views yet.
     */
    public IncidentsViewModel(
            IncidentRepository incidents,
            IncidentActions actions,
            RuleTitles titles,
            String analyst,
            Background background,
            Executor uiThread) {
        this(
                incidents,
                actions,
                titles,
                List::of,
                new SituationSelection(),
                new UiText(new MessageCatalog().messages(Language.EN)),
                analyst,
                background,
                uiThread);
    }

    /** The incidents the filters let through; the view sorts them. */
    public ObservableList<IncidentSummary> incidents() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    /** How many incidents pass the filters. */
    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** How many incidents are loaded (open or all) before the board's filters. */
    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public BoardFilters filters() {
        return filters;
    }

    /** The incident selected on the board or focused elsewhere, or null. */
    public ReadOnlyObjectProperty<String> selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    /** The selected incident's detail, or null when none is selected. */
    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Why the last load or action failed, or null. */
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public String analyst() {
        return analyst;
    }

    /**
     * The incident's title in the language of {@code languageTag}; the stored (English) title when
     * its rule has no translation. Asked at display time, so a language switch relabels incidents
     * already raised.
     */
    public String title(IncidentSummary incident, String languageTag) {
        return titles.title(incident.ruleId(), languageTag, incident.title());
    }

    /** The names of the incident's assets in the language shown; an asset no scenario knows by its id. */
    public List<String> assetNames(IncidentSummary incident) {
        return incident.assetIds().stream().map(this::assetName).toList();
    }

    /** An asset's name, given as incidents name it ({@code scenario/asset}). */
    public String assetName(String assetKey) {
        return names.name(assetKey, text.languageTag());
    }

    /** What "show in graph" does after focusing the incident: the window switches to the graph. */
    public void setOnShowInGraph(Runnable navigate) {
        this.showInGraph = Objects.requireNonNull(navigate, "navigate");
    }

    /** Focuses the incident and its assets for every view and asks the window to show the graph. */
    public void showInGraph(String incidentId) {
        select(incidentId);
        // Published again: it may have been selected by following another view, which publishes nothing.
        loaded.stream().filter(i -> i.id().equals(incidentId)).findFirst().ifPresent(focus::publish);
        showInGraph.run();
    }

    private void refilter() {
        BoardFilter wanted = filters.filterProperty().get();
        String language = text.languageTag();
        shown.setPredicate(incident -> wanted.matches(incident, searchable(incident, language)));
    }

    private List<String> searchable(IncidentSummary incident, String language) {
        List<String> words =
                new ArrayList<>(List.of(incident.id(), incident.ruleId(), incident.title(), title(incident, language)));
        words.addAll(incident.assetIds());
        incident.assetIds().forEach(key -> words.add(names.name(key, language)));
        words.addAll(incident.techniques());
        return words;
    }

    /**
     * Something changed an incident (detection, another window): reload. Safe from any thread; bursts
     * of changes cost one reload at a time, with one more after it if more arrived meanwhile.
     */
    public void incidentChanged(String incidentId) {
        uiThread.execute(this::refresh);
    }

    /** Reloads the list, the asset names when an incident names an asset not known yet, and the detail. */
    public void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        Filter wanted = filter.get();
        String selected = selectedId.get();
        AssetNames known = names;
        background.submit(
                new Background.Description("status.incidents.loading"),
                () -> {
                    List<IncidentSummary> list = incidents.list(SHOWN_INCIDENTS).stream()
                            .filter(i -> wanted == Filter.ALL || i.state().open())
                            .toList();
                    boolean unknownAssets = list.stream().anyMatch(i -> !known.knowsAll(i.assetIds()));
                    return new Snapshot(
                            list,
                            unknownAssets ? AssetNames.of(scenarios.get()) : known,
                            selected == null ? Optional.empty() : load(selected));
                },
                snapshot -> {
                    names = snapshot.names();
                    loaded.setAll(snapshot.incidents());
                    filters.offerChoicesOf(snapshot.incidents());
                    refilter();
                    if (Objects.equals(selected, selectedId.get())) {
                        detail.set(snapshot.detail().orElse(null));
                    }
                    if (loadFailed) {
                        loadFailed = false;
                        failure.set(null);
                    }
                    settled();
                },
                error -> {
                    loadFailed = true;
                    failure.set(describe(error));
                    settled();
                });
    }

    private record Snapshot(List<IncidentSummary> incidents, AssetNames names, Optional<Detail> detail) {}

    private void settled() {
        refreshing = false;
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    /**
     * The analyst picked an incident on the board: shows its detail, and focuses it and selects its
     * assets for the other views. Null clears the detail and leaves the shared selection alone.
     */
    public void select(String incidentId) {
        if (Objects.equals(incidentId, selectedId.get())) {
            return; // already shown, perhaps because another view focused it: nothing to publish
        }
        show(incidentId);
        if (incidentId != null) {
            loaded.stream()
                    .filter(i -> i.id().equals(incidentId))
                    .findFirst()
                    .ifPresentOrElse(focus::publish, () -> focus.publish(incidentId));
        }
    }

    private void show(String incidentId) {
        selectedId.set(incidentId);
        if (incidentId == null) {
            detail.set(null);
            return;
        }
        background.submit(
                new Background.Description("status.incidents.loading"),
                () -> load(incidentId),
                found -> {
                    if (incidentId.equals(selectedId.get())) {
                        detail.set(found.orElse(null));
                    }
                },
                error -> failure.set(describe(error)));
    }

    private Optional<Detail> load(String incidentId) {
        return incidents
                .find(incidentId)
                .map(i -> new Detail(
                        i,
                        incidents.eventDetails(incidentId, SHOWN_EVENTS),
                        EntityGroup.of(incidents.entityCounts(incidentId))));
    }

    /** Whether the selected incident may move to {@code target} now. */
    public boolean canMoveTo(IncidentState target) {
        Detail shownDetail = detail.get();
        return shownDetail != null && shownDetail.incident().state().canMoveTo(target);
    }

    /** Whether the action applies to the selected incident now. */
    public boolean can(LifecycleAction action) {
        Detail shownDetail = detail.get();
        return shownDetail != null && action.appliesTo(shownDetail.incident().state());
    }

    /** Does the action (a button, its shortcut or the row's menu) to the selected incident, if it applies. */
    public void perform(LifecycleAction action) {
        if (can(action)) {
            moveTo(action.target());
        }
    }

    /** Moves the selected incident to {@code target}, if its lifecycle allows. */
    public void moveTo(IncidentState target) {
        Detail shownDetail = detail.get();
        if (!canMoveTo(target)) {
            return;
        }
        String id = shownDetail.incident().id();
        act(() -> actions.moveTo(id, target, analyst));
    }

    /** Adds a note to the selected incident; blank notes are ignored. */
    public void addNote(String note) {
        Detail shownDetail = detail.get();
        if (shownDetail == null || note == null || note.isBlank()) {
            return;
        }
        String id = shownDetail.incident().id();
        act(() -> actions.addNote(id, note, analyst));
    }

    private void act(Runnable action) {
        background.submit(
                new Background.Description("status.incidents.saving"),
                () -> {
                    action.run();
                    return Boolean.TRUE;
                },
                done -> {
                    failure.set(null);
                    refresh();
                },
                error -> {
                    failure.set(describe(error));
                    refresh();
                });
    }

    private static Failure describe(Throwable error) {
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (error instanceof IncidentActions.Refused refused) {
            return new Failure("board.refused." + refused.reason().name(), detail);
        }
        return new Failure("incidents.failed", detail);
    }
}

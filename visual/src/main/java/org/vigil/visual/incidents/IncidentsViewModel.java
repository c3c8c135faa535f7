package org.vigil.visual.incidents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.core.incident.IncidentActions;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentEvent;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.store.IncidentRepository;
import org.vigil.visual.task.Background;

/**
 * The incidents page: the list, fed live as detection raises and grows incidents; the selected
 * incident's detail (events, entities, notes, audit trail); and the lifecycle actions and notes,
 * recorded with the analyst's name. Titles are shown in the analyst's language where the rule that
 * raised the incident translates its title.
 */
public final class IncidentsViewModel {

    /** Which incidents the list shows. */
    public enum Filter {
        OPEN,
        ALL
    }

    /** The selected incident with its events, as the detail pane shows it. */
    public record Detail(Incident incident, List<IncidentEvent> events) {}

    static final int SHOWN_INCIDENTS = 2_000;
    static final int SHOWN_EVENTS = 500;

    private final IncidentRepository incidents;
    private final IncidentActions actions;
    private final RuleTitles titles;
    private final String analyst;
    private final Background background;
    private final Executor uiThread;
    private final ObservableList<IncidentSummary> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.OPEN);
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private String selectedId;
    private boolean refreshing;
    private boolean refreshAgain;

    public IncidentsViewModel(
            IncidentRepository incidents,
            IncidentActions actions,
            RuleTitles titles,
            String analyst,
            Background background,
            Executor uiThread) {
        this.incidents = incidents;
        this.actions = actions;
        this.titles = Objects.requireNonNull(titles, "titles");
        this.analyst = analyst;
        this.background = background;
        this.uiThread = uiThread;
        filter.addListener((obs, old, now) -> refresh());
    }

    public ObservableList<IncidentSummary> incidents() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    /** The selected incident's detail, or null when none is selected. */
    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Why the last load or action failed, or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
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

    /**
     * Something changed an incident (detection, another window): reload. Safe from any thread; bursts
     * of changes cost one reload at a time, with one more after it if more arrived meanwhile.
     */
    public void incidentChanged(String incidentId) {
        uiThread.execute(this::refresh);
    }

    /** Reloads the list and the selected incident's detail. */
    public void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        Filter wanted = filter.get();
        String selected = selectedId;
        background.submit(
                new Background.Description("status.incidents.loading"),
                () -> new Snapshot(
                        incidents.list(SHOWN_INCIDENTS).stream()
                                .filter(i -> wanted == Filter.ALL || i.state().open())
                                .toList(),
                        selected == null ? Optional.empty() : load(selected)),
                snapshot -> {
                    shown.setAll(snapshot.incidents());
                    if (Objects.equals(selected, selectedId)) {
                        detail.set(snapshot.detail().orElse(null));
                    }
                    failure.set(null);
                    settled();
                },
                error -> {
                    failure.set(describe(error));
                    settled();
                });
    }

    private record Snapshot(List<IncidentSummary> incidents, Optional<Detail> detail) {}

    private void settled() {
        refreshing = false;
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    /** Shows an incident's detail; null clears it. */
    public void select(String incidentId) {
        selectedId = incidentId;
        if (incidentId == null) {
            detail.set(null);
            return;
        }
        background.submit(
                new Background.Description("status.incidents.loading"),
                () -> load(incidentId),
                loaded -> {
                    if (incidentId.equals(selectedId)) {
                        detail.set(loaded.orElse(null));
                    }
                },
                error -> failure.set(describe(error)));
    }

    private Optional<Detail> load(String incidentId) {
        return incidents.find(incidentId).map(i -> new Detail(i, incidents.events(incidentId, SHOWN_EVENTS)));
    }

    /** Whether the selected incident may move to {@code target} now. */
    public boolean canMoveTo(IncidentState target) {
        Detail shownDetail = detail.get();
        return shownDetail != null && shownDetail.incident().state().canMoveTo(target);
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
                done -> refresh(),
                error -> {
                    failure.set(describe(error));
                    refresh();
                });
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}

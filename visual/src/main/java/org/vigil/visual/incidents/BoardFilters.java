package org.vigil.visual.incidents;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.selection.TimeRange;

/**
 * The board's filters as the filter bar edits them, combined into one {@link BoardFilter}. The time
 * range is the window's shared one: brushed on the timeline, or set here from an incident's span.
 * The asset and technique choices are those of the loaded incidents.
 */
public final class BoardFilters {

    private final SituationSelection selection;
    private final ObjectProperty<EventSeverity> minimumSeverity = new SimpleObjectProperty<>(this, "minimumSeverity");
    private final ObjectProperty<IncidentState> state = new SimpleObjectProperty<>(this, "state");
    private final ObjectProperty<String> asset = new SimpleObjectProperty<>(this, "asset");
    private final ObjectProperty<String> technique = new SimpleObjectProperty<>(this, "technique");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<BoardFilter> combined = new ReadOnlyObjectWrapper<>(BoardFilter.NONE);
    private final ObservableList<String> assetChoices = FXCollections.observableArrayList();
    private final ObservableList<String> techniqueChoices = FXCollections.observableArrayList();

    BoardFilters(SituationSelection selection) {
        this.selection = Objects.requireNonNull(selection, "selection");
        List<Observable> criteria =
                List.of(minimumSeverity, state, asset, technique, search, selection.timeRangeProperty());
        // combine() reads every criterion, so each invalidation listener fires again on the next change.
        criteria.forEach(criterion -> criterion.addListener(obs -> combine()));
        combine();
    }

    private void combine() {
        combined.set(new BoardFilter(
                minimumSeverity.get(),
                state.get(),
                asset.get(),
                technique.get(),
                selection.timeRangeProperty().get(),
                search.get()));
    }

    /** All filters together; changes whenever one does. */
    public ReadOnlyObjectProperty<BoardFilter> filterProperty() {
        return combined.getReadOnlyProperty();
    }

    /** Shows incidents of this severity or higher; null shows every severity. */
    public ObjectProperty<EventSeverity> minimumSeverityProperty() {
        return minimumSeverity;
    }

    /** Shows incidents in this state only; null shows every state. */
    public ObjectProperty<IncidentState> stateProperty() {
        return state;
    }

    /** Shows incidents concerning this asset ({@code scenario/asset}); null shows all. */
    public ObjectProperty<String> assetProperty() {
        return asset;
    }

    /** Shows incidents with this ATT&CK technique; null shows all. */
    public ObjectProperty<String> techniqueProperty() {
        return technique;
    }

    /** Words that must all appear in the incident's title, id, assets or techniques. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The shared time range: incidents whose events span overlaps it are shown; null shows all. */
    public ReadOnlyObjectProperty<TimeRange> timeRangeProperty() {
        return selection.timeRangeProperty();
    }

    /** Filters to the time an incident's events span, for every view sharing the selection. */
    public void showTimeOf(IncidentSummary incident) {
        selection.timeRangeProperty().set(new TimeRange(incident.firstEventTime(), incident.lastEventTime()));
    }

    public void clearTimeRange() {
        selection.timeRangeProperty().set(null);
    }

    /** Clears every filter but the shared time range, which has its own chip. */
    public void clear() {
        minimumSeverity.set(null);
        state.set(null);
        asset.set(null);
        technique.set(null);
        search.set("");
    }

    /** The assets the loaded incidents concern, as {@code scenario/asset}, sorted. */
    public ObservableList<String> assetChoices() {
        return FXCollections.unmodifiableObservableList(assetChoices);
    }

    /** The techniques of the loaded incidents, sorted. */
    public ObservableList<String> techniqueChoices() {
        return FXCollections.unmodifiableObservableList(techniqueChoices);
    }

    /** Offers the assets and techniques of newly loaded incidents; a chosen one stays chosen. */
    void offerChoicesOf(Collection<IncidentSummary> incidents) {
        List<String> assets = List.copyOf(new TreeSet<>(
                incidents.stream().flatMap(i -> i.assetIds().stream()).toList()));
        List<String> techniques = List.copyOf(new TreeSet<>(
                incidents.stream().flatMap(i -> i.techniques().stream()).toList()));
        // Only on a change: a live refresh must not disturb an open drop-down.
        if (!assets.equals(assetChoices)) {
            assetChoices.setAll(assets);
        }
        if (!techniques.equals(techniqueChoices)) {
            techniqueChoices.setAll(techniques);
        }
    }
}

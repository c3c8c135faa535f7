package org.vigil.visual.situation;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.core.store.ScenarioRepository;
import org.vigil.visual.task.Background;

/**
 * The workspace's scenarios and the one that is open. Selecting a summary loads its scenario in
 * the background; a newer selection cancels an older load.
 */
public final class ScenarioListViewModel {

    private final ScenarioRepository repository;
    private final Background background;
    private final ObservableList<ScenarioSummary> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<ScenarioSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Scenario> open = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper();
    private Background.Job pending;

    public ScenarioListViewModel(ScenarioRepository repository, Background background) {
        this.repository = repository;
        this.background = background;
        selected.addListener((obs, old, now) -> openSelected(now));
    }

    public ObservableList<ScenarioSummary> scenarios() {
        return FXCollections.unmodifiableObservableList(scenarios);
    }

    public ObjectProperty<ScenarioSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Scenario> openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The reason of the last failed load, or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Reads the list of scenarios again, keeping the selection where it still exists. */
    public void refresh() {
        loading.set(true);
        background.submit(
                new Background.Description("status.loading"), repository::summaries, this::showSummaries, this::fail);
    }

    private void showSummaries(List<ScenarioSummary> summaries) {
        loading.set(false);
        String keep = selected.get() == null ? null : selected.get().id();
        scenarios.setAll(summaries);
        Optional<ScenarioSummary> again =
                summaries.stream().filter(s -> s.id().equals(keep)).findFirst();
        selected.set(again.orElse(summaries.isEmpty() ? null : summaries.get(0)));
    }

    private void openSelected(ScenarioSummary summary) {
        if (pending != null) {
            pending.cancel();
        }
        if (summary == null) {
            open.set(null);
            return;
        }
        loading.set(true);
        pending = background.submit(
                new Background.Description("status.loadingScenario", summary.name()),
                () -> repository.find(summary.id()),
                found -> {
                    loading.set(false);
                    failure.set(null);
                    open.set(found.orElse(null));
                },
                this::fail);
    }

    private void fail(Throwable error) {
        loading.set(false);
        failure.set(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }
}

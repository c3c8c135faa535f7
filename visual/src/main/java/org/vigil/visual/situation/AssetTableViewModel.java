package org.vigil.visual.situation;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Scenario;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/**
 * The open scenario's assets, filtered by free text (name in the current language, English name,
 * id, tag, identifier, owner) and by layer, and the selected asset's details.
 */
public final class AssetTableViewModel {

    private final UiText text;
    private final ModelText modelText;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Asset> assets = FXCollections.observableArrayList();
    private final FilteredList<Asset> filtered = new FilteredList<>(assets);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Layer> layer = new SimpleObjectProperty<>();
    private final ObjectProperty<Asset> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AssetDetails> details = new ReadOnlyObjectWrapper<>();

    public AssetTableViewModel(UiText text) {
        this.text = text;
        this.modelText = new ModelText(text);
        search.addListener((obs, old, now) -> refilter());
        layer.addListener((obs, old, now) -> refilter());
        text.messagesProperty().addListener((obs, old, now) -> refilter());
        selected.addListener((obs, old, now) ->
                details.set(now == null || scenario.get() == null ? null : AssetDetails.of(scenario.get(), now)));
    }

    /** Shows a scenario's assets (null clears the table); filters stay as the user set them. */
    public void show(Scenario next) {
        selected.set(null);
        scenario.set(next);
        assets.setAll(next == null ? List.of() : next.assets());
        refilter();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** The rows to show, filtered; the view wraps them in a sorted list bound to its columns. */
    public ObservableList<Asset> rows() {
        return filtered;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The layer to show, or null for all layers. */
    public ObjectProperty<Layer> layerProperty() {
        return layer;
    }

    public ObjectProperty<Asset> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<AssetDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** "12 of 48 assets", or why the table is empty. */
    public StringBinding summary() {
        return text.bind(
                () -> {
                    if (scenario.get() == null) {
                        return text.get("assets.none");
                    }
                    if (filtered.isEmpty() && !assets.isEmpty()) {
                        return text.get("assets.nomatch");
                    }
                    return text.get("assets.shown", filtered.size(), assets.size());
                },
                filtered,
                scenario);
    }

    public String name(Asset asset) {
        Scenario s = scenario.get();
        return s == null ? asset.name() : modelText.assetName(s.texts(), asset);
    }

    public String ownerName(Asset asset) {
        Scenario s = scenario.get();
        if (s == null) {
            return asset.ownerId();
        }
        return s.organisation(asset.ownerId())
                .map(o -> modelText.organisationName(s.texts(), o))
                .orElse(asset.ownerId());
    }

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Layer onlyLayer = layer.get();
        Predicate<Asset> predicate = a -> (onlyLayer == null || a.layer() == onlyLayer) && matches(a, needle);
        filtered.setPredicate(predicate);
        if (selected.get() != null && !filtered.contains(selected.get())) {
            selected.set(null);
        }
    }

    private boolean matches(Asset asset, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        if (contains(asset.id(), needle)
                || contains(asset.name(), needle)
                || contains(name(asset), needle)
                || contains(ownerName(asset), needle)
                || contains(modelText.kind(asset.kind()), needle)) {
            return true;
        }
        return asset.tags().stream().anyMatch(t -> contains(t, needle))
                || asset.identifiers().stream().map(AssetIdentifier::value).anyMatch(v -> contains(v, needle));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}

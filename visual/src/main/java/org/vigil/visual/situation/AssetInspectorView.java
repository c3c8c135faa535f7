package org.vigil.visual.situation;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.IdentifierType;
import org.vigil.core.model.Scenario;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/** The selected asset: what it is, who owns it, how events map to it, and its dependencies both ways. */
public final class AssetInspectorView extends ScrollPane {

    private final AssetTableViewModel model;
    private final UiText text;
    private final ModelText modelText;
    private final VBox content = new VBox(10);

    public AssetInspectorView(AssetTableViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        this.modelText = new ModelText(text);
        getStyleClass().add("asset-inspector");
        setId("asset-inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(0, 8, 8, 0));
        setContent(content);
        model.detailsProperty().addListener((obs, old, now) -> render());
        text.messagesProperty().addListener((obs, old, now) -> render());
        render();
    }

    private void render() {
        content.getChildren().clear();
        Label heading = new Label(text.get("inspector.heading"));
        heading.getStyleClass().addAll("title-4", "section-heading");
        content.getChildren().add(heading);
        AssetDetails details = model.detailsProperty().get();
        Scenario scenario = model.scenarioProperty().get();
        if (details == null || scenario == null) {
            content.getChildren().add(wrapped(text.get("inspector.empty"), "text-muted"));
            return;
        }
        Asset asset = details.asset();
        Label name = wrapped(modelText.assetName(scenario.texts(), asset), "inspector-name");
        name.setId("inspector-name");
        content.getChildren().add(name);
        String description = modelText.assetDescription(scenario.texts(), asset);
        if (!description.isBlank()) {
            content.getChildren().add(wrapped(description, "text-muted"));
        }
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        facts.getStyleClass().add("inspector-facts");
        int row = 0;
        row = fact(facts, row, "inspector.id", asset.id());
        row = fact(facts, row, "inspector.layer", modelText.layer(asset.layer()));
        row = fact(facts, row, "inspector.kind", modelText.kind(asset.kind()));
        row = fact(
                facts,
                row,
                "inspector.owner",
                details.owner()
                        .map(o -> modelText.organisationName(scenario.texts(), o) + " ("
                                + modelText.organisationType(o.type()) + ")")
                        .orElse(asset.ownerId()));
        row = fact(facts, row, "inspector.criticality", text.get("inspector.criticality.value", asset.criticality()));
        row = fact(
                facts,
                row,
                "inspector.tags",
                asset.tags().isEmpty() ? text.get("inspector.none") : String.join(", ", asset.tags()));
        row = fact(facts, row, "inspector.identifiers", identifiers(asset));
        if (asset.continuity().isPresent()) {
            fact(
                    facts,
                    row,
                    "inspector.continuity",
                    text.get(
                            "inspector.continuity.value",
                            asset.continuity().get().rtoMinutes(),
                            asset.continuity().get().mtpdMinutes()));
        }
        content.getChildren().add(facts);
        content.getChildren().add(links(scenario, "inspector.dependsOn", details.dependsOn(), true));
        content.getChildren().add(links(scenario, "inspector.neededBy", details.neededBy(), false));
    }

    private String identifiers(Asset asset) {
        if (asset.identifiers().isEmpty()) {
            return text.get("inspector.none");
        }
        return asset.identifiers().stream()
                .collect(Collectors.groupingBy(
                        AssetIdentifier::type,
                        () -> new EnumMap<>(IdentifierType.class),
                        Collectors.mapping(AssetIdentifier::value, Collectors.joining(", "))))
                .entrySet()
                .stream()
                .map(e -> modelText.identifierType(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private VBox links(Scenario scenario, String headingKey, List<AssetDetails.Link> links, boolean incoming) {
        VBox box = new VBox(4);
        box.setId(incoming ? "inspector-depends-on" : "inspector-needed-by");
        Label heading = new Label(text.get(headingKey, links.size()));
        heading.getStyleClass().add("subsection-heading");
        box.getChildren().add(heading);
        if (links.isEmpty()) {
            box.getChildren().add(wrapped(text.get("inspector.none"), "text-muted"));
        }
        for (AssetDetails.Link link : links) {
            String other = link.other() == null ? "?" : modelText.assetName(scenario.texts(), link.other());
            String line = text.get(
                    incoming ? "inspector.dependency.in" : "inspector.dependency.out",
                    other,
                    modelText.dependencyType(link.dependency()));
            String detail = text.get(
                    "inspector.dependency.detail",
                    link.dependency().likelihood(),
                    Math.round(link.dependency().delayMinutes()),
                    modelText.growth(link.dependency()));
            if (link.dependency().redundancyGroup().isPresent()) {
                detail += " · "
                        + text.get(
                                "inspector.dependency.redundant",
                                link.dependency().redundancyGroup().get());
            }
            Label main = wrapped(line, "dependency-line");
            main.getStyleClass()
                    .add("layer-edge-"
                            + (link.other() == null
                                    ? "unknown"
                                    : link.other().layer().name().toLowerCase(Locale.ROOT)));
            box.getChildren().addAll(main, wrapped(detail, "text-small"));
        }
        return box;
    }

    private int fact(GridPane grid, int row, String labelKey, String value) {
        Label label = new Label(text.get(labelKey));
        label.getStyleClass().add("fact-label");
        label.setMinWidth(USE_PREF_SIZE);
        Label shown = wrapped(value, "fact-value");
        grid.addRow(row, label, shown);
        return row + 1;
    }

    private static Label wrapped(String value, String style) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}

package org.vigil.visual.dashboard;

import java.util.Date;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.Asset;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.Scenario;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/**
 * The situation dashboard page: tiles of incident counts and assets hit, the feed health table, and
 * three lists that lead on — the most affected business services, the most critical assets and what
 * changed in the last hour. Alt+A switches between the selected scenario and all scenarios, F5
 * refreshes; Enter or a double click on a row shows its incident or asset in the situation views.
 */
public final class DashboardView extends ScrollPane {

    private final DashboardViewModel model;
    private final UiText text;
    private final ModelText names;
    private final DurationText durations;

    public DashboardView(DashboardViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        this.names = new ModelText(text);
        this.durations = new DurationText(text);
        getStyleClass().add("dashboard-page");
        setFitToWidth(true);
        VBox page = new VBox(
                14,
                header(),
                tiles(),
                section("dashboard.feeds.title", new FeedHealthTable(model.feeds(), text)),
                lists());
        setContent(page);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                model.refresh();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.A) {
                model.allScenariosProperty().set(!model.allScenariosProperty().get());
                e.consume();
            }
        });
    }

    private VBox header() {
        Label heading = new Label();
        heading.textProperty().bind(text.bind("dashboard.heading"));
        heading.getStyleClass().addAll("title-2", "page-heading");
        CheckBox all = new CheckBox();
        all.setId("dashboard-all-scenarios");
        all.textProperty().bind(text.bind("dashboard.scope.all"));
        all.selectedProperty().bindBidirectional(model.allScenariosProperty());
        all.setTooltip(tooltip("dashboard.scope.all.tooltip"));
        Button refresh = new Button();
        refresh.setId("dashboard-refresh");
        refresh.textProperty().bind(text.bind("dashboard.refresh"));
        refresh.setTooltip(tooltip("dashboard.refresh.tooltip"));
        refresh.setOnAction(e -> model.refresh());
        Label updated = new Label();
        updated.getStyleClass().add("text-muted");
        updated.textProperty()
                .bind(text.bind(
                        () -> model.updatedAtProperty().get() == null
                                ? text.get("dashboard.noScenario")
                                : text.get(
                                        "dashboard.updated",
                                        Date.from(model.updatedAtProperty().get())),
                        model.updatedAtProperty()));
        Label failure = new Label();
        failure.getStyleClass().add("text-danger");
        failure.setWrapText(true);
        failure.textProperty()
                .bind(text.bind(
                        () -> model.failureProperty().get() == null
                                ? ""
                                : text.get(
                                        "dashboard.failed",
                                        model.failureProperty().get()),
                        model.failureProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, heading, gap, updated, all, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, bar, failure);
    }

    private FlowPane tiles() {
        TallyCard<Tally<EventSeverity>> severity = new TallyCard<>(
                "dashboard.severity.title",
                model.openBySeverity(),
                text,
                t -> Marks.of(t.key()),
                t -> text.get("eventSeverity." + t.key().name()),
                t -> Long.toString(t.count()),
                t -> "severity-" + t.key().name().toLowerCase(Locale.ROOT));
        TallyCard<Tally<IncidentState>> state = new TallyCard<>(
                "dashboard.state.title",
                model.byState(),
                text,
                t -> Marks.of(t.key()),
                t -> text.get("incidentState." + t.key().name()),
                t -> Long.toString(t.count()),
                t -> null);
        TallyCard<LayerImpact> layers = new TallyCard<>(
                "dashboard.layers.title",
                model.layers(),
                text,
                l -> "",
                l -> names.layer(l.layer()),
                l -> text.get("dashboard.layers.value", l.hitNow(), l.hitInAll()),
                l -> null);
        FlowPane tiles = new FlowPane(14, 14, severity, state, layers);
        tiles.setAlignment(Pos.TOP_LEFT);
        return tiles;
    }

    private HBox lists() {
        ActionList<ServiceImpact> services = new ActionList<>(
                model.services(),
                text,
                "dashboard.services.empty",
                this::describe,
                s -> model.selectAsset(s.scenarioId(), s.assetId()));
        services.setId("dashboard-services");
        ActionList<CriticalAsset> critical = new ActionList<>(
                model.criticalAssets(),
                text,
                "dashboard.critical.empty",
                c -> text.get(
                        "dashboard.critical.row",
                        assetName(c.scenarioId(), c.assetId()),
                        names.layer(c.layer()),
                        text.get("dashboard.critical.value", c.expectedImpact(), c.assetsHit())),
                c -> model.selectAsset(c.scenarioId(), c.assetId()));
        critical.setId("dashboard-critical");
        ActionList<RecentChange> changes =
                new ActionList<>(model.changes(), text, "dashboard.changes.empty", this::describe, model::open);
        changes.setId("dashboard-changes");
        HBox lists = new HBox(
                14,
                section("dashboard.services.title", services),
                section("dashboard.critical.title", critical),
                section("dashboard.changes.title", changes));
        lists.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        return lists;
    }

    private VBox section(String titleKey, Region content) {
        Label title = new Label();
        title.textProperty().bind(text.bind(titleKey));
        title.getStyleClass().add("title-4");
        title.setLabelFor(content);
        content.setPrefHeight(Math.max(content.getPrefHeight(), 240));
        VBox section = new VBox(6, title, content);
        section.setMinWidth(260);
        section.setMaxWidth(Double.MAX_VALUE);
        return section;
    }

    private Tooltip tooltip(String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.bind(key));
        return tooltip;
    }

    private String assetName(String scenarioId, String assetId) {
        return model.scenario(scenarioId)
                .flatMap(scenario -> scenario.asset(assetId).map(asset -> name(scenario, asset)))
                .orElse(assetId);
    }

    private String name(Scenario scenario, Asset asset) {
        return names.assetName(scenario.texts(), asset);
    }

    private String describe(ServiceImpact service) {
        String breach;
        if (service.minutesToFirstBreach().isEmpty()) {
            breach = text.get("dashboard.services.noBreach");
        } else {
            String target = service.minutesToRtoBreach().isPresent() ? "RTO" : "MTPD";
            double minutes = service.minutesToFirstBreach().getAsDouble();
            breach = text.get(
                    minutes > 0 ? "dashboard.services.breachIn" : "dashboard.services.breachedAgo",
                    target,
                    durations.ofMinutes(minutes));
        }
        return text.get(
                "dashboard.services.row",
                assetName(service.scenarioId(), service.assetId()),
                text.get("dashboard.services.impact", service.impactNow(), service.level()),
                breach);
    }

    private String describe(RecentChange change) {
        String what = switch (change.kind()) {
            case INCIDENT_RAISED ->
                change.severity().map(Marks::of).orElse("") + " "
                        + text.get("dashboard.changes.INCIDENT_RAISED", model.title(change, text.languageTag()));
            case INCIDENT_MOVED ->
                text.get(
                        "dashboard.changes.INCIDENT_MOVED",
                        model.title(change, text.languageTag()),
                        change.author().orElse(""),
                        change.state()
                                .map(s -> text.get("incidentState." + s.name()))
                                .orElse(""));
            case ASSET_HIT ->
                text.get(
                        "dashboard.changes.ASSET_HIT",
                        assetName(change.scenarioId().orElseThrow(), change.target()));
            case FEED_SILENT -> text.get("dashboard.changes.FEED_SILENT", change.target());
        };
        return text.get("dashboard.changes.row", Date.from(change.at()), what);
    }
}

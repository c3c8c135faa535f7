package org.vigil.visual.cascade;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.core.cascade.BreachOutcome;
import org.vigil.core.cascade.Mitigation;
import org.vigil.visual.text.UiText;

/**
 * The what-if: run B's mitigations (added with the form, removed with Delete or the context menu),
 * the two impact charts side by side on the same axes, and per service the difference and what B
 * does to its continuity breaches.
 */
final class WhatIfTab extends BorderPane {

    private final CascadeViewModel model;
    private final WhatIfViewModel whatIf;
    private final UiText text;
    private final CascadeTimes times;
    private final ImpactChart chartA;
    private final ImpactChart chartB;
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private final Button compare = new Button();

    WhatIfTab(CascadeViewModel model, UiText text) {
        this.model = model;
        this.whatIf = model.whatIf();
        this.text = text;
        this.times = new CascadeTimes(text);
        this.chartA = new ImpactChart(text);
        this.chartB = new ImpactChart(text);
        setPadding(new Insets(6));

        ListView<Mitigation> planned = new ListView<>(whatIf.mitigations());
        planned.setId("cascade-mitigations");
        planned.setPrefHeight(90);
        planned.setCellFactory(l -> new MitigationCell());
        Label none = new Label();
        none.textProperty().bind(text.bind("cascade.whatif.none"));
        planned.setPlaceholder(none);
        MenuItem remove = new MenuItem();
        remove.textProperty().bind(text.bind("cascade.whatif.remove"));
        remove.setOnAction(e -> removeSelected(planned));
        planned.setContextMenu(new ContextMenu(remove));
        planned.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                removeSelected(planned);
            }
        });
        text.messagesProperty().addListener((obs, old, now) -> planned.refresh());

        compare.setId("cascade-compare");
        compare.setMnemonicParsing(true);
        compare.textProperty().bind(text.bind("cascade.whatif.compare"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind("cascade.whatif.compare.tip"));
        compare.setTooltip(tip);
        compare.setOnAction(e -> whatIf.compare());
        compare.disableProperty().bind(whatIf.computingProperty());
        Label problem = new Label();
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        problem.textProperty()
                .bind(text.bind(
                        () -> whatIf.problemProperty().get() == null
                                ? ""
                                : text.get(
                                        whatIf.problemProperty().get().key(),
                                        whatIf.problemProperty().get().args().toArray()),
                        whatIf.problemProperty()));
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(text.bind(this::summary, whatIf.outcomeProperty()));
        VBox top = new VBox(6, new MitigationForm(model, text), planned, new HBox(10, compare, problem), summary);

        GridPane charts = new GridPane();
        charts.setHgap(8);
        charts.add(title("cascade.whatif.runA"), 0, 0);
        charts.add(title("cascade.whatif.runB"), 1, 0);
        charts.add(chartA, 0, 1);
        charts.add(chartB, 1, 1);
        GridPane.setHgrow(chartA, Priority.ALWAYS);
        GridPane.setHgrow(chartB, Priority.ALWAYS);
        GridPane.setVgrow(chartA, Priority.ALWAYS);
        GridPane.setVgrow(chartB, Priority.ALWAYS);
        SplitPane results = new SplitPane(charts, table());
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.55);
        setTop(top);
        setCenter(results);
        whatIf.outcomeProperty().addListener((obs, old, now) -> show(now));
        model.selectedServiceProperty()
                .addListener((obs, old, now) -> show(whatIf.outcomeProperty().get()));
    }

    /** Runs the comparison: the view's Shortcut+Enter. */
    void compare() {
        if (!compare.isDisabled()) {
            whatIf.compare();
        }
    }

    private void removeSelected(ListView<Mitigation> planned) {
        Mitigation m = planned.getSelectionModel().getSelectedItem();
        if (m != null) {
            whatIf.remove(m);
        }
    }

    private void show(WhatIfOutcome outcome) {
        if (outcome == null) {
            chartA.show(null, List.of(), null, model::assetName);
            chartB.show(null, List.of(), null, model::assetName);
            rows.clear();
            return;
        }
        List<String> order = new ArrayList<>(ImpactTab.order(outcome.runA().series()));
        outcome.runB().series().stream()
                .map(ImpactSeries::assetId)
                .filter(id -> !order.contains(id))
                .forEach(order::add);
        String selected = model.selectedServiceProperty().get();
        chartA.show(outcome.runA(), order, selected, model::assetName);
        chartB.show(outcome.runB(), order, selected, model::assetName);
        rows.setAll(outcome.rows());
    }

    private String summary() {
        WhatIfOutcome outcome = whatIf.outcomeProperty().get();
        if (outcome == null) {
            return text.get("cascade.whatif.hint");
        }
        return text.get(
                "cascade.whatif.summary",
                outcome.breachesAvoided(),
                outcome.breachesGained(),
                outcome.spared().size(),
                outcome.lossAvoided());
    }

    private Label title(String key) {
        Label label = new Label();
        label.textProperty().bind(text.bind(key));
        label.getStyleClass().add("title-4");
        return label;
    }

    private TableView<ComparisonRow> table() {
        TableView<ComparisonRow> table = new TableView<>(rows);
        table.setId("cascade-comparison");
        TableColumn<ComparisonRow, String> service =
                column("cascade.whatif.column.service", r -> model.assetName(r.assetId()));
        TableColumn<ComparisonRow, String> a =
                column("cascade.whatif.column.a", r -> text.get("cascade.chart.percent", r.impactA()));
        TableColumn<ComparisonRow, String> b =
                column("cascade.whatif.column.b", r -> text.get("cascade.chart.percent", r.impactB()));
        TableColumn<ComparisonRow, String> difference =
                column("cascade.whatif.column.difference", r -> text.get("cascade.whatif.difference", r.difference()));
        TableColumn<ComparisonRow, String> rto = column("cascade.whatif.column.rto", r -> outcome(r.rto()));
        TableColumn<ComparisonRow, String> mtpd = column("cascade.whatif.column.mtpd", r -> outcome(r.mtpd()));
        table.getColumns().addAll(List.of(service, a, b, difference, rto, mtpd));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(text.bind("cascade.whatif.hint"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        text.messagesProperty().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    /** A breach outcome as a glyph and a word, never by colour alone. */
    private String outcome(BreachOutcome outcome) {
        return text.get("cascade.outcome." + outcome.name());
    }

    private TableColumn<ComparisonRow, String> column(
            String key, java.util.function.Function<ComparisonRow, String> value) {
        TableColumn<ComparisonRow, String> column = new TableColumn<>();
        column.textProperty().bind(text.bind(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(120);
        return column;
    }

    private String describe(Mitigation m) {
        String asset = model.assetName(m.assetId());
        if (m instanceof Mitigation.Isolate i) {
            return text.get("cascade.whatif.describe.isolate", asset, times.duration(Math.round(i.atMinute())));
        } else if (m instanceof Mitigation.Restore r) {
            return text.get("cascade.whatif.describe.restore", asset, times.duration(Math.round(r.atMinute())));
        } else if (m instanceof Mitigation.RedundantSupplier s) {
            return text.get(
                    "cascade.whatif.describe.switch",
                    asset,
                    model.assetName(s.supplierId()),
                    model.assetName(s.alternativeId()),
                    times.duration(Math.round(s.atMinute())));
        }
        Mitigation.ManualFallback f = (Mitigation.ManualFallback) m;
        return text.get(
                "cascade.whatif.describe.fallback",
                asset,
                times.duration(Math.round(f.activationDelayMinutes())),
                f.residualLevel());
    }

    private final class MitigationCell extends ListCell<Mitigation> {
        @Override
        protected void updateItem(Mitigation item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : describe(item));
        }
    }
}

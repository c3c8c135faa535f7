package org.vigil.visual.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.vigil.core.store.ActivityRepository.SourceActivity;
import org.vigil.visual.text.UiText;

/** Each feed source's rate, lag, silence and quarantine, with its state as a mark and a word. */
final class FeedHealthTable extends TableView<FeedHealth> {

    private final UiText text;
    private final DurationText durations;

    FeedHealthTable(ObservableList<FeedHealth> feeds, UiText text) {
        super(feeds);
        this.text = text;
        this.durations = new DurationText(text);
        setId("dashboard-feeds");
        TableColumn<FeedHealth, FeedState> state = new TableColumn<>();
        state.textProperty().bind(text.bind("dashboard.feeds.column.state"));
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().state()));
        state.setCellFactory(c -> new StateCell());
        state.setPrefWidth(130);
        // Rates and lags are grouped under one heading each, so the headings stay short enough to read.
        TableColumn<FeedHealth, String> rates = group(
                "dashboard.feeds.column.rate",
                column(
                        "dashboard.feeds.column.rate5",
                        110,
                        f -> rate(f.activity().shortRatePerMinute())),
                column(
                        "dashboard.feeds.column.rate60",
                        110,
                        f -> rate(f.activity().longRatePerMinute())));
        TableColumn<FeedHealth, String> lags = group(
                "dashboard.feeds.column.lag",
                column(
                        "dashboard.feeds.column.lagMedian",
                        100,
                        f -> lag(f.activity().medianLag())),
                column(
                        "dashboard.feeds.column.lagP95",
                        170,
                        f -> lag(f.activity().p95Lag())));
        List<TableColumn<FeedHealth, String>> columns = List.of(
                column("dashboard.feeds.column.source", 220, f -> f.activity().source()),
                rates,
                lags,
                column(
                        "dashboard.feeds.column.last",
                        110,
                        f -> f.sinceLast()
                                .map(d -> text.get("dashboard.feeds.ago", durations.of(d)))
                                .orElse(text.get("dashboard.feeds.none"))),
                column("dashboard.feeds.column.quarantined", 220, this::quarantined));
        getColumns().add(state);
        getColumns().addAll(columns);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(text.bind("dashboard.feeds.empty"));
        setPlaceholder(empty);
        setPrefHeight(220);
        text.messagesProperty().addListener((obs, old, now) -> refresh());
    }

    private TableColumn<FeedHealth, String> column(String key, double width, Function<FeedHealth, String> value) {
        TableColumn<FeedHealth, String> column = new TableColumn<>();
        column.textProperty().bind(text.bind(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private String rate(double perMinute) {
        return text.get("dashboard.feeds.rate", perMinute);
    }

    private String lag(Optional<Duration> lag) {
        return lag.map(durations::of).orElse(text.get("dashboard.feeds.none"));
    }

    @SafeVarargs
    private TableColumn<FeedHealth, String> group(String key, TableColumn<FeedHealth, String>... children) {
        TableColumn<FeedHealth, String> parent = new TableColumn<>();
        parent.textProperty().bind(text.bind(key));
        parent.getColumns().addAll(children);
        return parent;
    }

    private String quarantined(FeedHealth feed) {
        SourceActivity activity = feed.activity();
        return activity.latestQuarantineReason()
                .map(reason -> text.get("dashboard.feeds.quarantinedReason", activity.quarantined(), reason))
                .orElse(text.get("dashboard.feeds.quarantinedCount", activity.quarantined()));
    }

    /** A state as its mark and its word, so it reads without colour. */
    private final class StateCell extends TableCell<FeedHealth, FeedState> {
        @Override
        protected void updateItem(FeedState item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(style -> style.startsWith("feed-state-"));
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.mark() + " " + text.get("dashboard.feedState." + item.name()));
            getStyleClass().add("feed-state-" + item.name().toLowerCase(Locale.ROOT));
        }
    }
}

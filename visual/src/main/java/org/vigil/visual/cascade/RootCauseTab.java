package org.vigil.visual.cascade;

import java.util.List;
import java.util.Set;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.vigil.core.cascade.PredictedImpact;
import org.vigil.core.cascade.RootCauseCandidate;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.text.UiText;

/**
 * Root-cause candidates for the start assets taken as observed incidents, likeliest first, each
 * in words: how likely, when it failed, what it explains and what to check next.
 */
final class RootCauseTab extends BorderPane {

    /** Overdue assets named per candidate; the rest are counted. */
    private static final int NAMED = 5;

    private final CascadeViewModel model;
    private final UiText text;
    private final CascadeTimes times;

    RootCauseTab(CascadeViewModel model, SituationSelection selection, UiText text) {
        this.model = model;
        this.text = text;
        this.times = new CascadeTimes(text);
        ListView<RootCauseCandidate> list = new ListView<>(model.candidates());
        list.setId("cascade-root-causes");
        list.setCellFactory(l -> new CandidateCell());
        Label empty = new Label();
        empty.textProperty().bind(text.bind("cascade.rootcause.empty"));
        list.setPlaceholder(empty);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.bind("cascade.rootcause.tip"));
        list.setTooltip(tip);
        MenuItem select = new MenuItem();
        select.textProperty().bind(text.bind("cascade.rootcause.select"));
        select.setOnAction(e -> {
            RootCauseCandidate c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                selection.selectAssets(Set.of(c.assetId()));
            }
        });
        list.setContextMenu(new ContextMenu(select));
        text.messagesProperty().addListener((obs, old, now) -> list.refresh());
        Label caption = new Label();
        caption.textProperty().bind(text.bind("cascade.rootcause.caption"));
        caption.setWrapText(true);
        setTop(caption);
        setCenter(list);
    }

    private String describe(RootCauseCandidate c, int rank) {
        StartSet starts = model.startSetProperty().get();
        double origin = starts == null ? 0 : starts.origin();
        int observed = c.explained().size() + c.unexplained().size();
        StringBuilder b = new StringBuilder(text.get(
                "cascade.rootcause.row",
                rank,
                model.assetName(c.assetId()),
                c.posterior(),
                times.after(c.failureMinute(), origin),
                c.explained().size(),
                observed));
        if (!c.unexplained().isEmpty()) {
            b.append('\n').append(text.get("cascade.rootcause.unexplained", names(c.unexplained())));
        }
        if (!c.overdue().isEmpty()) {
            List<String> overdue =
                    c.overdue().stream().map(PredictedImpact::assetId).toList();
            b.append('\n')
                    .append(text.get(
                            "cascade.rootcause.overdue",
                            names(overdue.subList(0, Math.min(NAMED, overdue.size()))),
                            Math.max(0, overdue.size() - NAMED)));
        }
        if (!c.predictions().isEmpty()) {
            PredictedImpact next = c.predictions().get(0);
            b.append('\n')
                    .append(text.get(
                            "cascade.rootcause.next",
                            model.assetName(next.assetId()),
                            times.after(next.onsetMinute(), origin),
                            next.likelihood()));
        }
        return b.toString();
    }

    private String names(List<String> ids) {
        return String.join(", ", ids.stream().map(model::assetName).toList());
    }

    private final class CandidateCell extends ListCell<RootCauseCandidate> {
        @Override
        protected void updateItem(RootCauseCandidate item, boolean empty) {
            super.updateItem(item, empty);
            setWrapText(true);
            setPrefWidth(0);
            setText(empty || item == null ? null : describe(item, getIndex() + 1));
        }
    }
}

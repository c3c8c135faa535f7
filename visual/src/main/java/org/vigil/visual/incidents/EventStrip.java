package org.vigil.visual.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.vigil.core.model.IncidentEvent;
import org.vigil.visual.text.UiText;

/**
 * A small timeline of an incident's events at their event time: one severity mark each along a line
 * from the first event to the last, with the times at both ends and each event in its tooltip.
 */
final class EventStrip extends Region {

    private static final double MARK_WIDTH = 14;

    private final Pane marks = new Pane();
    private final Label start = new Label();
    private final Label end = new Label();
    private final List<IncidentEvent> events;
    private final Instant from;
    private final Instant to;

    EventStrip(List<IncidentEvent> events, UiText text) {
        this.events = List.copyOf(events);
        this.from = events.stream()
                .map(IncidentEvent::eventTime)
                .min(Instant::compareTo)
                .orElse(Instant.EPOCH);
        this.to = events.stream()
                .map(IncidentEvent::eventTime)
                .max(Instant::compareTo)
                .orElse(from);
        setId("incident-event-strip");
        getStyleClass().add("event-strip");
        start.setText(text.get("incidents.timeShort", Date.from(from)));
        end.setText(text.get("incidents.timeShort", Date.from(to)));
        start.getStyleClass().add("text-muted");
        end.getStyleClass().add("text-muted");
        for (IncidentEvent event : this.events) {
            Label mark = new Label(SeverityMark.of(event.severity()));
            mark.getStyleClass()
                    .addAll("strip-mark", "severity-" + event.severity().name().toLowerCase(Locale.ROOT));
            mark.setTooltip(new Tooltip(text.get(
                    "board.strip.event",
                    text.get("eventSeverity." + event.severity().name()),
                    Date.from(event.eventTime()),
                    event.summary())));
            marks.getChildren().add(mark);
        }
        getChildren().addAll(marks, start, end);
        setMinHeight(48);
        setPrefHeight(48);
    }

    /** Where an instant lies between the first and the last event: 0 to 1; the middle when they coincide. */
    static double fraction(Instant at, Instant from, Instant to) {
        long span = Duration.between(from, to).toMillis();
        if (span <= 0) {
            return 0.5;
        }
        return Math.max(0, Math.min(1, Duration.between(from, at).toMillis() / (double) span));
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - MARK_WIDTH;
        marks.resizeRelocate(0, 0, getWidth(), 24);
        for (int i = 0; i < events.size(); i++) {
            Label mark = (Label) marks.getChildren().get(i);
            mark.autosize();
            mark.relocate(fraction(events.get(i).eventTime(), from, to) * width, 4);
        }
        start.autosize();
        end.autosize();
        start.relocate(0, 26);
        end.relocate(Math.max(start.getWidth() + 8, getWidth() - end.getWidth()), 26);
    }
}

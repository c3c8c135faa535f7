package org.vigil.visual.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.StringJoiner;
import org.vigil.core.anomaly.AnomalySummary;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;
import org.vigil.core.store.EventHistoryRepository.IncidentSpan;
import org.vigil.core.store.EventHistoryRepository.LaneBin;
import org.vigil.core.store.EventHistoryRepository.LaneEvent;
import org.vigil.visual.anomaly.StreamTexts;
import org.vigil.visual.text.UiText;

/** The tooltip texts of what lies under the pointer, in the analyst's language: event time and received time apart. */
final class TimelineDescriptions {

    private final UiText text;
    private final TimelineViewModel model;
    private final StreamTexts anomalies;

    TimelineDescriptions(UiText text, TimelineViewModel model) {
        this.text = text;
        this.model = model;
        this.anomalies = new StreamTexts(text);
    }

    String describe(TimelineHit hit) {
        if (hit instanceof TimelineHit.Event e) {
            return event(e.event());
        }
        if (hit instanceof TimelineHit.Bin b) {
            return bin(b.bin());
        }
        return incident(((TimelineHit.Incident) hit).span());
    }

    private String event(LaneEvent event) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add(severity(event.severity()) + " \u00B7 " + event.summary());
        if (AnomalyMarks.isAnomaly(event.source())) {
            String scenario = model.selection().scenarioIdProperty().get();
            if (scenario != null) {
                AnomalySummary.parse(scenario, event.summary())
                        .ifPresent(summary -> lines.add(anomalies.anomaly(summary, event.eventTime())));
            }
        }
        lines.add(text.get("timeline.tip.source", event.source()));
        lines.add(text.get("timeline.tip.eventTime", date(event.eventTime())));
        lines.add(text.get("timeline.tip.receivedTime", date(event.receivedTime())));
        lines.add(delay(Duration.between(event.eventTime(), event.receivedTime())));
        return lines.toString();
    }

    private String bin(LaneBin bin) {
        return text.get("timeline.tip.bin", bin.count(), date(bin.start()), date(bin.end())) + "\n"
                + text.get("timeline.tip.binHighest", severity(bin.highest())) + "\n"
                + text.get("timeline.tip.binZoom");
    }

    private String incident(IncidentSpan incident) {
        return text.get("timeline.tip.incident", model.title(incident)) + "\n"
                + severity(incident.severity()) + " \u00B7 " + state(incident.state()) + "\n"
                + text.get("timeline.tip.incidentSpan", date(incident.firstEventTime()), date(incident.lastEventTime()))
                + "\n" + text.get("timeline.tip.incidentClick");
    }

    String severity(EventSeverity severity) {
        return SeverityShape.of(severity).glyph() + " " + text.get("eventSeverity." + severity.name());
    }

    String state(IncidentState state) {
        return text.get("incidentState." + state.name());
    }

    /** How long after (or, with a clock ahead at the source, before) its event time an event was received. */
    String delay(Duration delay) {
        Duration length = delay.abs();
        String amount;
        if (length.compareTo(Duration.ofMinutes(2)) < 0) {
            amount = text.get("timeline.duration.seconds", length.toSeconds());
        } else if (length.compareTo(Duration.ofHours(2)) < 0) {
            amount = text.get("timeline.duration.minutes", length.toMinutes());
        } else if (length.compareTo(Duration.ofDays(2)) < 0) {
            amount = text.get("timeline.duration.hours", length.toHours());
        } else {
            amount = text.get("timeline.duration.days", length.toDays());
        }
        return text.get(delay.isNegative() ? "timeline.tip.receivedEarly" : "timeline.tip.receivedLate", amount);
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}

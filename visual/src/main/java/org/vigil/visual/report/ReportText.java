package org.vigil.visual.report;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.Layer;
import org.vigil.i18n.Messages;

/**
 * A report's words in the reader's language: its texts, the names of model values, and times and
 * numbers in the language's ICU formats, times in the reader's time zone. Not thread-safe (ICU
 * formats are not): one per report being written.
 */
final class ReportText {

    static final String NONE = "\u2014"; // em dash, for a value that does not exist

    private final Messages messages;
    private final ZoneId zone;
    private final DateFormat time;
    private final DateFormat cellTime;
    private final DateFormat timeWithZone;
    private final NumberFormat percent;
    private final NumberFormat decimal;

    ReportText(Messages messages, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
        ULocale locale = ULocale.forLocale(messages.language().locale());
        TimeZone icuZone = TimeZone.getTimeZone(zone.getId());
        this.time = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.MEDIUM, locale);
        this.time.setTimeZone(icuZone);
        this.cellTime = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.MEDIUM, locale);
        this.cellTime.setTimeZone(icuZone);
        this.timeWithZone = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.LONG, locale);
        this.timeWithZone.setTimeZone(icuZone);
        this.percent = NumberFormat.getPercentInstance(locale);
        this.percent.setMaximumFractionDigits(1);
        this.decimal = NumberFormat.getNumberInstance(locale);
        this.decimal.setMaximumFractionDigits(2);
    }

    Messages messages() {
        return messages;
    }

    ZoneId zone() {
        return zone;
    }

    String get(String key, Object... args) {
        return messages.text(key, args);
    }

    /** Date and time to the second, in the reader's zone. */
    String time(Instant instant) {
        return time.format(Date.from(instant));
    }

    String time(Optional<Instant> instant) {
        return instant.map(this::time).orElse(NONE);
    }

    /** Date and time to the second, compact enough for a table column. */
    String cellTime(Instant instant) {
        return cellTime.format(Date.from(instant));
    }

    /** Date and time with the zone named: for when the report was made. */
    String timeWithZone(Instant instant) {
        return timeWithZone.format(Date.from(instant));
    }

    String percent(double share) {
        return percent.format(share);
    }

    String decimal(double value) {
        return decimal.format(value);
    }

    String severity(EventSeverity severity) {
        return messages.text("eventSeverity." + severity.name());
    }

    String state(IncidentState state) {
        return messages.text("incidentState." + state.name());
    }

    String layer(Layer layer) {
        return messages.text("layer." + layer.name());
    }

    String entityType(EntityType type) {
        return messages.text("entityType." + type.name());
    }

    String category(Optional<EventCategory> category) {
        return category.map(c -> messages.text("report.category." + c.name())).orElse(NONE);
    }

    /** A line of the audit trail, in the words the incident page uses. */
    String change(IncidentChange change) {
        return switch (change.kind()) {
            case CREATED -> messages.text("incidents.history.created", count(change.detail()));
            case EVENTS_ADDED -> messages.text("incidents.history.eventsAdded", count(change.detail()));
            case STATE_CHANGED ->
                messages.text("incidents.history.stateChanged", messages.text("incidentState." + change.detail()));
            case NOTE_ADDED -> messages.text("incidents.history.noteAdded");
        };
    }

    private static int count(String detail) {
        try {
            return Integer.parseInt(detail.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

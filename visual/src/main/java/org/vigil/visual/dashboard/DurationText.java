package org.vigil.visual.dashboard;

import java.time.Duration;
import org.vigil.visual.text.UiText;

/** A span of time the way the dashboard writes it: seconds, minutes, hours and minutes, or days and hours. */
final class DurationText {

    private final UiText text;

    DurationText(UiText text) {
        this.text = text;
    }

    /** The length of {@code duration}, its sign dropped: callers say "in" or "ago". */
    String of(Duration duration) {
        long seconds = Math.abs(duration.getSeconds());
        if (seconds < 60) {
            return text.get("dashboard.duration.seconds", seconds);
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return text.get("dashboard.duration.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return text.get("dashboard.duration.hours", minutes / 60, minutes % 60);
        }
        return text.get("dashboard.duration.days", minutes / (24 * 60), minutes / 60 % 24);
    }

    String ofMinutes(double minutes) {
        return of(Duration.ofSeconds(Math.round(minutes * 60)));
    }
}

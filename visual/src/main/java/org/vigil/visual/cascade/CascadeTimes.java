package org.vigil.visual.cascade;

import java.util.ArrayList;
import java.util.List;
import org.vigil.visual.text.UiText;

/**
 * Cascade times in words, in the current language with its plurals: "+1 day 7 hours 10 minutes"
 * after the first start, and short axis labels ("+4 h").
 */
public final class CascadeTimes {

    private final UiText text;

    public CascadeTimes(UiText text) {
        this.text = text;
    }

    /** A time after the origin, rounded to the minute: "+2 hours 5 minutes". */
    public String after(double minute, double origin) {
        long minutes = Math.round(minute - origin);
        return text.get(minutes < 0 ? "cascade.time.before" : "cascade.time.after", duration(Math.abs(minutes)));
    }

    /** A length of time: "1 day 3 hours", "0 minutes". */
    public String duration(long minutes) {
        long days = minutes / 1440;
        long hours = minutes % 1440 / 60;
        long rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(text.get("cascade.time.days", days));
        }
        if (hours > 0) {
            parts.add(text.get("cascade.time.hours", hours));
        }
        if (rest > 0 || parts.isEmpty()) {
            parts.add(text.get("cascade.time.minutes", rest));
        }
        return String.join(" ", parts);
    }

    /** An axis tick: "+30 min", "+4 h", "+2 d". */
    public String tick(double minutesAfterOrigin) {
        long minutes = Math.round(minutesAfterOrigin);
        if (minutes % 1440 == 0 && minutes > 0) {
            return text.get("cascade.axis.days", minutes / 1440);
        }
        if (minutes % 60 == 0 && minutes > 0) {
            return text.get("cascade.axis.hours", minutes / 60);
        }
        return text.get("cascade.axis.minutes", minutes);
    }
}

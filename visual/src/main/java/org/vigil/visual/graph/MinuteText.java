package org.vigil.visual.graph;

import org.vigil.visual.text.UiText;

/** A cascade minute as the graph page writes it: "+1 h 05 min", "+2 d 3 h 00 min", "+15 min". */
public final class MinuteText {

    private final UiText text;

    public MinuteText(UiText text) {
        this.text = text;
    }

    public String of(double minute) {
        long total = Math.round(minute);
        String sign = total < 0 ? "-" : "+";
        total = Math.abs(total);
        long days = total / 1440;
        long hours = total % 1440 / 60;
        long minutes = total % 60;
        if (days > 0) {
            return sign + text.get("graph.time.days", days, text.get("graph.time.hours", hours, minutes));
        }
        if (hours > 0) {
            return sign + text.get("graph.time.hours", hours, minutes);
        }
        return sign + text.get("graph.time.minutes", minutes);
    }
}

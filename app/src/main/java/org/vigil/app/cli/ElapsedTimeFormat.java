package org.vigil.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.vigil.i18n.Messages;

/**
 * Says a time after the cascade's reference time the way people read it, {@code +1 d 7 h 10 min},
 * with the unit symbols of their language. Seconds show only where a time falls between minutes.
 */
final class ElapsedTimeFormat {

    private final Messages messages;

    ElapsedTimeFormat(Messages messages) {
        this.messages = messages;
    }

    String format(double minutes) {
        long seconds = Math.round(minutes * 60);
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long wholeMinutes = seconds % 3_600 / 60;
        long restSeconds = seconds % 60;
        List<String> parts = new ArrayList<>(4);
        if (days > 0) {
            parts.add(messages.text("cli.time.days", days));
        }
        if (hours > 0) {
            parts.add(messages.text("cli.time.hours", hours));
        }
        if (wholeMinutes > 0 || parts.isEmpty() && restSeconds == 0) {
            parts.add(messages.text("cli.time.minutes", wholeMinutes));
        }
        if (restSeconds > 0) {
            parts.add(messages.text("cli.time.seconds", restSeconds));
        }
        return "+" + String.join(" ", parts);
    }
}

package org.vigil.visual.incidents;

import org.vigil.core.feed.EventSeverity;

/** A shape per severity, rising with it, so severity never depends on colour alone. */
final class SeverityMark {

    private SeverityMark() {}

    static String of(EventSeverity severity) {
        return switch (severity) {
            case CRITICAL -> "\u25C6"; // black diamond
            case HIGH -> "\u25B2"; // black up-pointing triangle
            case MEDIUM -> "\u25A0"; // black square
            case LOW -> "\u25CF"; // black circle
            case INFO -> "\u25CB"; // white circle
        };
    }
}

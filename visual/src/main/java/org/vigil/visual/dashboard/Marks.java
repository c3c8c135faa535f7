package org.vigil.visual.dashboard;

import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;

/**
 * A shape per severity (rising with it, as the incidents page draws them) and per incident state, so
 * the tiles never depend on colour alone.
 */
final class Marks {

    private Marks() {}

    static String of(EventSeverity severity) {
        return switch (severity) {
            case CRITICAL -> "\u25C6"; // black diamond
            case HIGH -> "\u25B2"; // black up-pointing triangle
            case MEDIUM -> "\u25A0"; // black square
            case LOW -> "\u25CF"; // black circle
            case INFO -> "\u25CB"; // white circle
        };
    }

    static String of(IncidentState state) {
        return switch (state) {
            case NEW -> "\u25C7"; // white diamond
            case ACKNOWLEDGED -> "\u25C8"; // white diamond containing a black one
            case CONTAINED -> "\u25A3"; // white square containing a black one
            case RESOLVED -> "\u25A1"; // white square
        };
    }
}

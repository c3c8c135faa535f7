package org.vigil.visual.content;

import javafx.scene.control.Label;
import org.vigil.content.awareness.export.Marker;

/**
 * A marker's number in a small badge: {@code !3} for a red flag or abusive clause, {@code ✓3} for a
 * trust signal or fair clause, so the two read apart without colour.
 */
final class MarkerBadge extends Label {

    MarkerBadge(Marker marker) {
        super(symbol(marker) + marker.number());
        getStyleClass().addAll("marker-badge", marker.kind().isWarning() ? "marker-warning" : "marker-trust");
        setMinWidth(USE_PREF_SIZE);
    }

    static String symbol(Marker marker) {
        return marker.kind().isWarning() ? "!" : "✓";
    }
}

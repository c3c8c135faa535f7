package org.vigil.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalDouble;

/**
 * Minutes in JSON as {@link CascadeJson} writes them: whole minutes as integers, so that scripts
 * and people read 1150 rather than 1150.0, an absent time as {@code null}.
 */
final class JsonMinutes {

    private JsonMinutes() {}

    static void put(ObjectNode node, String field, double minutes) {
        if (minutes == Math.rint(minutes) && Math.abs(minutes) < 1e15) {
            node.put(field, (long) minutes);
        } else {
            node.put(field, minutes);
        }
    }

    static void put(ObjectNode node, String field, OptionalDouble minutes) {
        if (minutes.isPresent()) {
            put(node, field, minutes.getAsDouble());
        } else {
            node.putNull(field);
        }
    }
}

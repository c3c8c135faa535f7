package org.vigil.core.feed.json;

import java.util.List;
import org.vigil.core.feed.JsonFields;
import org.vigil.core.feed.json.JsonWalk.Leaf;

/**
 * One line for a person: the text of the best-ranked message-like key ({@link #KEYS}; the first
 * listed wins, then the least nested, then the first written), else a compact {@code key=value}
 * list of the record's first telling values.
 */
final class Summaries {

    /**
     * Message-like keys, normalised, best first. {@code name} counts only at the top level: nested
     * objects (agents, devices, locations) all have names of their own.
     */
    static final List<String> KEYS = List.of(
            "message",
            "msg",
            "summary",
            "title",
            "shortdescription",
            "alertname",
            "rulename",
            "name",
            "activitydisplayname",
            "description",
            "failurereason",
            "subject");

    static final int MAX_LENGTH = 300;

    /** How many values the compact form lists, and the longest value it shows. */
    static final int COMPACT_FIELDS = 4;

    static final int COMPACT_VALUE_LENGTH = 60;

    private Summaries() {}

    /** The summary; {@code time} is the leaf the event time came from (null if none), left out of the compact form. */
    static String of(List<Leaf> leaves, Leaf time) {
        Leaf best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Leaf leaf : leaves) {
            String key = KeyWords.normalised(leaf.key());
            int rank = KEYS.indexOf(key);
            boolean eligible = rank >= 0 && leaf.isText() && (leaf.depth() == 0 || !key.equals("name"));
            if (eligible && (rank < bestRank || (rank == bestRank && leaf.depth() < best.depth()))) {
                best = leaf;
                bestRank = rank;
            }
        }
        return best != null ? shorten(JsonFields.oneLine(best.text().strip())) : compact(leaves, time);
    }

    /**
     * Up to {@value #COMPACT_FIELDS} {@code key=value} pairs in document order, leaving out times,
     * identifiers (keys ending in id, UUIDs, long hex strings) and values longer than {@value
     * #COMPACT_VALUE_LENGTH} characters; the first value whatever it is when nothing else is left.
     */
    private static String compact(List<Leaf> leaves, Leaf time) {
        StringBuilder text = new StringBuilder();
        int fields = 0;
        for (Leaf leaf : leaves) {
            if (fields == COMPACT_FIELDS) {
                break;
            }
            String value = JsonFields.oneLine(leaf.text().strip());
            boolean aTime = leaf == time || EventTimes.KEYS.contains(KeyWords.normalised(leaf.key()));
            if (aTime || value.length() > COMPACT_VALUE_LENGTH || ValueShapes.isIdentifier(leaf.key(), value)) {
                continue;
            }
            text.append(fields == 0 ? "" : ", ").append(leaf.key()).append('=').append(value);
            fields++;
        }
        if (fields == 0) {
            Leaf first = leaves.get(0);
            text.append(first.key())
                    .append('=')
                    .append(JsonFields.oneLine(first.text().strip()));
        }
        return shorten(text.toString());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}

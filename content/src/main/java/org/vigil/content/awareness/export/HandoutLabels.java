package org.vigil.content.awareness.export;

import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Difficulty;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Verdict;

/**
 * The words a handout or exported page adds around the content, in the handout's language: the
 * content module holds the items' texts, the application's bundles hold these.
 */
public interface HandoutLabels {

    /** The parts of an item a handout names. */
    enum Field {
        FROM,
        TO,
        SUBJECT,
        ATTACHMENTS,
        ADDRESS,
        LINK,
        SLIDES,
        QUIZ,
        CORRECT_ANSWER
    }

    /** The handout's title on its first page. */
    String heading();

    String field(Field field);

    String type(ItemType type);

    String verdict(Verdict verdict);

    String difficulty(Difficulty difficulty);

    String cue(Cue cue);

    /** The heading above an item's markers: red flags, trust signals or notes on clauses. */
    String markersHeading(MarkerKind kind);
}

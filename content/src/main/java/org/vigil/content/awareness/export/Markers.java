package org.vigil.content.awareness.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.content.awareness.Anchor;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.ClauseNote;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.RedFlag;
import org.vigil.content.awareness.TermsDocument;
import org.vigil.content.awareness.TrustSignal;
import org.vigil.content.awareness.Verdict;

/**
 * The markers of an item in one language, numbered from 1 in the item's order: a lure's red flags,
 * a genuine item's trust signals, or the notes on a terms document's clauses.
 */
public final class Markers {

    private Markers() {}

    public static List<Marker> of(AttackTemplate template, Language language) {
        List<Marker> markers = new ArrayList<>();
        if (template instanceof TermsDocument terms) {
            for (ClauseNote note : terms.clauses()) {
                markers.add(new Marker(
                        markers.size() + 1,
                        note.verdict() == Verdict.ABUSIVE ? MarkerKind.ABUSIVE_CLAUSE : MarkerKind.FAIR_CLAUSE,
                        Optional.empty(),
                        Optional.of(note.topic()),
                        note.anchor().place(),
                        quote(note.anchor(), language),
                        note.explanation().in(language)));
            }
            return List.copyOf(markers);
        }
        for (RedFlag flag : template.redFlags()) {
            markers.add(new Marker(
                    markers.size() + 1,
                    MarkerKind.RED_FLAG,
                    Optional.of(flag.cue()),
                    Optional.empty(),
                    flag.anchor().place(),
                    quote(flag.anchor(), language),
                    flag.explanation().in(language)));
        }
        for (TrustSignal signal : template.info().trustSignals()) {
            markers.add(new Marker(
                    markers.size() + 1,
                    MarkerKind.TRUST_SIGNAL,
                    Optional.empty(),
                    Optional.empty(),
                    signal.anchor().place(),
                    quote(signal.anchor(), language),
                    signal.explanation().in(language)));
        }
        return List.copyOf(markers);
    }

    /** The kind of marker an item of this verdict has, for headings. */
    public static MarkerKind kindFor(Verdict verdict) {
        return switch (verdict) {
            case PHISHING -> MarkerKind.RED_FLAG;
            case LEGITIMATE -> MarkerKind.TRUST_SIGNAL;
            case ABUSIVE -> MarkerKind.ABUSIVE_CLAUSE;
            case FAIR -> MarkerKind.FAIR_CLAUSE;
        };
    }

    private static Optional<String> quote(Anchor anchor, Language language) {
        return anchor.quote().map(q -> q.in(language));
    }
}

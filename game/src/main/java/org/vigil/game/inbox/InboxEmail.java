package org.vigil.game.inbox;

import java.util.List;
import java.util.Optional;
import org.vigil.content.awareness.Difficulty;

/**
 * An awareness email made ready to play in one language: its parts as a mail client shows them, and
 * its red flags (phishing) or trust signals (legitimate) located in those parts.
 */
public record InboxEmail(
        String id,
        boolean phishing,
        Optional<Difficulty> phishScale,
        List<EmailPart> parts,
        List<InboxClue> clues,
        List<TrustNote> trustNotes) {

    public InboxEmail {
        parts = List.copyOf(parts);
        clues = List.copyOf(clues);
        trustNotes = List.copyOf(trustNotes);
    }

    /** The first part of a kind, such as the sender. */
    public Optional<EmailPart> first(PartKind kind) {
        return parts.stream().filter(p -> p.kind() == kind).findFirst();
    }
}

package org.vigil.game.fakeshop;

import java.util.List;
import java.util.Optional;

/**
 * A page, terms or post made ready to play in one language: the address the browser shows (pages
 * only), its parts in reading order, its signs of a trap (malicious items) and its notes on what is
 * sound (legitimate items, and the fair clauses of any terms).
 */
public record ShopItem(
        String id,
        ShopItemKind kind,
        boolean malicious,
        Optional<String> address,
        List<ShopPart> parts,
        List<ShopCue> cues,
        List<ShopTrustNote> trustNotes) {

    public ShopItem {
        parts = List.copyOf(parts);
        cues = List.copyOf(cues);
        trustNotes = List.copyOf(trustNotes);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an item needs parts to show: " + id);
        }
    }
}

package org.vigil.content.awareness;

import java.util.Optional;

/** One slide of a lesson: an illustration, a title and a short text, and maybe an item to show. */
public record Slide(
        String id, String illustration, LocalizedText title, LocalizedText body, Optional<ItemRef> example) {}

package org.vigil.content.awareness;

import java.util.List;

/**
 * An original SVG in the library's visual style, without words (so one drawing serves every
 * language), with alt text in every language. {@code path} is the SVG's resource path below the
 * library root, for renderers that load by URL.
 */
public record Illustration(
        String id, IllustrationSubject subject, List<String> tags, LocalizedText alt, String path, String svg) {

    public Illustration {
        tags = List.copyOf(tags);
    }
}

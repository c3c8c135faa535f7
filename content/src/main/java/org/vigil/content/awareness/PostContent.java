package org.vigil.content.awareness;

import java.util.Optional;

/** One language of a post, ad or short message: who posts it, what it says and where it leads. */
public record PostContent(
        String author,
        String handle,
        String body,
        Optional<String> link,
        Optional<String> linkTitle,
        Optional<String> callToAction) {}

package org.vigil.content.awareness;

import java.util.List;
import java.util.Optional;

/** A single-choice question, tagged by topic so pre- and post-tests can draw on it. */
public record QuizQuestion(
        String id,
        Topic topic,
        LocalizedText question,
        List<QuizOption> options,
        LocalizedText explanation,
        Optional<String> illustration,
        Optional<ItemRef> example) {

    public QuizQuestion {
        options = List.copyOf(options);
    }

    /** The one correct option; validation guarantees there is exactly one. */
    public QuizOption correctOption() {
        return options.stream().filter(QuizOption::correct).findFirst().orElseThrow();
    }
}

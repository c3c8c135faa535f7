package org.vigil.content.awareness;

import java.util.List;

/** A short illustrated slide sequence for one or more audiences, ending with a quiz. */
public record Lesson(
        String id,
        List<Audience> audiences,
        List<Topic> topics,
        LocalizedText title,
        LocalizedText summary,
        List<Slide> slides,
        List<QuizQuestion> quiz) {

    public Lesson {
        audiences = List.copyOf(audiences);
        topics = List.copyOf(topics);
        slides = List.copyOf(slides);
        quiz = List.copyOf(quiz);
    }
}

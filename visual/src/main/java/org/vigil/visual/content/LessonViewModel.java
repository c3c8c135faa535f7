package org.vigil.visual.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.ItemRef;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Lesson;
import org.vigil.content.awareness.QuizOption;
import org.vigil.content.awareness.QuizQuestion;
import org.vigil.content.awareness.Slide;
import org.vigil.visual.task.Background;

/**
 * A lesson being taken in one language: its slides one after another, then its quiz question by
 * question (choose, check, read why), then the score. Illustrations are drawn off the UI thread.
 */
public final class LessonViewModel {

    /** Pixels across an illustration is drawn at: sharp at the size the page shows it. */
    static final int ILLUSTRATION_WIDTH = 720;

    /** Where the learner is. */
    public sealed interface Step {}

    /** A slide, {@code number} of {@code of}. */
    public record SlideStep(int number, int of, String title, String body, Optional<ItemRef> example) implements Step {}

    /** A quiz question, {@code number} of {@code of}, with its options in the content language. */
    public record QuestionStep(int number, int of, String question, List<Option> options) implements Step {}

    /** The end: how many questions were answered right at the first check. */
    public record ResultStep(int correct, int questions) implements Step {}

    public record Option(String id, String text) {}

    /** What checking an answer says: right or not, the right option and why. */
    public record Feedback(boolean correct, String correctOption, String explanation) {}

    private final Lesson lesson;
    private final Language language;
    private final AwarenessLibrary library;
    private final IllustrationRenderer renderer;
    private final Background background;
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RenderedIllustration> illustration = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoOn = new ReadOnlyBooleanWrapper();
    private final Map<String, RenderedIllustration> drawn = new HashMap<>();
    private final Map<Integer, Feedback> answers = new HashMap<>();
    private final Map<Integer, String> choices = new HashMap<>();

    LessonViewModel(
            Lesson lesson,
            Language language,
            AwarenessLibrary library,
            IllustrationRenderer renderer,
            Background background) {
        this.lesson = lesson;
        this.language = language;
        this.library = library;
        this.renderer = renderer;
        this.background = background;
        show(0);
    }

    public String title() {
        return lesson.title().in(language);
    }

    /** Whether this is that lesson in that language, so reselecting it keeps the learner's place. */
    boolean takes(Lesson other, Language otherLanguage) {
        return lesson.id().equals(other.id()) && language == otherLanguage;
    }

    public Language language() {
        return language;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** 0-based over slides, questions and the result. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int steps() {
        return lesson.slides().size() + lesson.quiz().size() + 1;
    }

    /** The option chosen for the question shown, or null. */
    public ReadOnlyObjectProperty<String> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The feedback on the question shown once its answer is checked, else null. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** The step's illustration once drawn; null while it is drawn or if the step has none. */
    public ReadOnlyObjectProperty<RenderedIllustration> illustrationProperty() {
        return illustration.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** On a question only once its answer is checked: the feedback is the lesson. */
    public ReadOnlyBooleanProperty canGoOnProperty() {
        return canGoOn.getReadOnlyProperty();
    }

    public void next() {
        if (canGoOn.get()) {
            show(position.get() + 1);
        }
    }

    public void previous() {
        if (canGoBack.get()) {
            show(position.get() - 1);
        }
    }

    public void restart() {
        answers.clear();
        choices.clear();
        show(0);
    }

    /** Chooses an option of the question shown; a checked answer stays as it was. */
    public void choose(String optionId) {
        if (question().isPresent() && feedback.get() == null) {
            choices.put(position.get(), optionId);
            chosen.set(optionId);
        }
    }

    /** Checks the chosen option of the question shown. */
    public void check() {
        Optional<QuizQuestion> question = question();
        String choice = chosen.get();
        if (question.isEmpty() || choice == null || feedback.get() != null) {
            return;
        }
        QuizOption correct = question.get().correctOption();
        Feedback result = new Feedback(
                correct.id().equals(choice),
                correct.text().in(language),
                question.get().explanation().in(language));
        answers.put(position.get(), result);
        feedback.set(result);
        canGoOn.set(true);
    }

    private Optional<QuizQuestion> question() {
        int index = position.get() - lesson.slides().size();
        return index >= 0 && index < lesson.quiz().size()
                ? Optional.of(lesson.quiz().get(index))
                : Optional.empty();
    }

    private void show(int next) {
        position.set(next);
        int slides = lesson.slides().size();
        int questions = lesson.quiz().size();
        chosen.set(choices.get(next));
        feedback.set(answers.get(next));
        canGoBack.set(next > 0);
        if (next < slides) {
            Slide slide = lesson.slides().get(next);
            step.set(new SlideStep(
                    next + 1, slides, slide.title().in(language), slide.body().in(language), slide.example()));
            canGoOn.set(true);
            draw(Optional.of(slide.illustration()));
        } else if (next < slides + questions) {
            QuizQuestion question = lesson.quiz().get(next - slides);
            step.set(new QuestionStep(
                    next - slides + 1,
                    questions,
                    question.question().in(language),
                    question.options().stream()
                            .map(o -> new Option(o.id(), o.text().in(language)))
                            .toList()));
            canGoOn.set(answers.containsKey(next));
            draw(question.illustration());
        } else {
            long right = answers.values().stream().filter(Feedback::correct).count();
            step.set(new ResultStep((int) right, questions));
            canGoOn.set(false);
            draw(Optional.empty());
        }
    }

    private void draw(Optional<String> id) {
        if (id.isEmpty()) {
            illustration.set(null);
            return;
        }
        RenderedIllustration done = drawn.get(id.get());
        illustration.set(done);
        if (done != null) {
            return;
        }
        library.illustration(id.get())
                .ifPresent(picture -> background.submit(
                        new Background.Description("status.content.drawing"),
                        () -> renderer.render(picture, language, ILLUSTRATION_WIDTH),
                        rendered -> {
                            drawn.put(rendered.id(), rendered);
                            if (stepShows(rendered.id())) {
                                illustration.set(rendered);
                            }
                        },
                        error -> {}));
    }

    /** Whether the step now shown has this illustration: the learner may have moved on meanwhile. */
    private boolean stepShows(String id) {
        int at = position.get();
        int slides = lesson.slides().size();
        if (at < slides) {
            return lesson.slides().get(at).illustration().equals(id);
        }
        return question().flatMap(QuizQuestion::illustration).map(id::equals).orElse(false);
    }
}

package org.vigil.visual.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Lesson;
import org.vigil.content.awareness.QuizQuestion;

/** A learner takes a lesson in their language: slides forward and back, then the quiz with feedback, then the score. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // reads the library once for all tests
class LessonViewModelTest {

    private final ContentFixture fixture = new ContentFixture();

    private LessonViewModel lessonIn(Language language) {
        ContentViewModel model = fixture.loaded();
        model.languageProperty().set(language);
        model.typeProperty().set(ItemType.LESSON);
        model.selectedProperty().set(ContentViewModelTest.item(model, "sme-parcel-and-payment-lures"));
        return model.lessonProperty().get();
    }

    private Lesson lesson() {
        return fixture.library().lesson("sme-parcel-and-payment-lures").orElseThrow();
    }

    @Test
    void theFirstSlideShowsItsTextAndItsIllustrationWithAltTextInTheContentLanguage() {
        // when
        LessonViewModel lesson = lessonIn(Language.DE);

        // then
        LessonViewModel.SlideStep slide =
                (LessonViewModel.SlideStep) lesson.stepProperty().get();
        assertThat(slide.number()).isEqualTo(1);
        assertThat(slide.of()).isEqualTo(lesson().slides().size());
        assertThat(slide.title()).isEqualTo(lesson().slides().get(0).title().in(Language.DE));
        RenderedIllustration picture = lesson.illustrationProperty().get();
        assertThat(picture.id()).isEqualTo(lesson().slides().get(0).illustration());
        assertThat(picture.width()).isEqualTo(LessonViewModel.ILLUSTRATION_WIDTH);
        assertThat(picture.height()).isEqualTo(LessonViewModel.ILLUSTRATION_WIDTH * 320 / 480);
        assertThat(picture.alt())
                .isEqualTo(fixture.library()
                        .illustration(picture.id())
                        .orElseThrow()
                        .alt()
                        .in(Language.DE));
        // the background card's colour, drawn: the picture is not blank
        assertThat(picture.argb()[picture.width() * picture.height() / 2 + picture.width() / 2])
                .isNotZero();
        assertThat(lesson.canGoBackProperty().get()).isFalse();
    }

    @Test
    void nextAndPreviousWalkTheSlides() {
        // given
        LessonViewModel lesson = lessonIn(Language.EL);

        // when
        lesson.next();
        lesson.next();
        lesson.previous();

        // then
        LessonViewModel.SlideStep slide =
                (LessonViewModel.SlideStep) lesson.stepProperty().get();
        assertThat(slide.number()).isEqualTo(2);
        assertThat(slide.body()).isEqualTo(lesson().slides().get(1).body().in(Language.EL));
        assertThat(lesson.illustrationProperty().get().id())
                .isEqualTo(lesson().slides().get(1).illustration());
    }

    @Test
    void theQuizChecksAnAnswerExplainsItAndOnlyThenMovesOn() {
        // given the first question
        LessonViewModel lesson = lessonIn(Language.PL);
        for (int i = 0; i < lesson().slides().size(); i++) {
            lesson.next();
        }
        LessonViewModel.QuestionStep step =
                (LessonViewModel.QuestionStep) lesson.stepProperty().get();
        QuizQuestion question = lesson().quiz().get(0);
        assertThat(step.question()).isEqualTo(question.question().in(Language.PL));
        assertThat(lesson.canGoOnProperty().get()).isFalse();

        // when a wrong option is chosen and checked
        String wrong = question.options().stream()
                .filter(o -> !o.correct())
                .findFirst()
                .orElseThrow()
                .id();
        lesson.choose(wrong);
        lesson.check();

        // then the feedback names the right answer and says why, in Polish
        LessonViewModel.Feedback feedback = lesson.feedbackProperty().get();
        assertThat(feedback.correct()).isFalse();
        assertThat(feedback.correctOption())
                .isEqualTo(question.correctOption().text().in(Language.PL));
        assertThat(feedback.explanation()).isEqualTo(question.explanation().in(Language.PL));
        assertThat(lesson.canGoOnProperty().get()).isTrue();

        // and a checked answer cannot be changed
        lesson.choose(question.correctOption().id());
        assertThat(lesson.chosenProperty().get()).isEqualTo(wrong);
    }

    @Test
    void theScoreCountsTheRightAnswers() {
        // given
        LessonViewModel lesson = lessonIn(Language.EN);
        for (int i = 0; i < lesson().slides().size(); i++) {
            lesson.next();
        }

        // when every question is answered right
        for (QuizQuestion question : lesson().quiz()) {
            lesson.choose(question.correctOption().id());
            lesson.check();
            lesson.next();
        }

        // then
        assertThat(lesson.stepProperty().get())
                .isEqualTo(new LessonViewModel.ResultStep(
                        lesson().quiz().size(), lesson().quiz().size()));
        assertThat(lesson.canGoOnProperty().get()).isFalse();

        // when started again, the answers are forgotten
        lesson.restart();
        assertThat(lesson.positionProperty().get()).isZero();
    }
}

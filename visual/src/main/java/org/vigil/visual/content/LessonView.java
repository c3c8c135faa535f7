package org.vigil.visual.content;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.visual.text.UiText;

/**
 * A lesson in the content language: each slide with its illustration (alt text as the image's
 * accessible text), title and text; then the quiz, one question at a time with feedback; then the
 * score. Page Down and Page Up (and the arrow keys outside the quiz's options) go forward and back.
 */
final class LessonView extends VBox {

    private final ContentViewModel content;
    private final UiText text;
    private final Label title = new Label();
    private final Label position = new Label();
    private final IllustrationImage picture = new IllustrationImage(480);
    private final Label caption = new Label();
    private final VBox body = new VBox(10);
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button example = new Button();
    private LessonViewModel lesson;
    private Button check;
    private final ChangeListener<Object> redraw = (obs, old, now) -> refresh();
    // Choosing an option only enables Check: rebuilding the options would take the keyboard focus away.
    private final ChangeListener<String> chosen = (obs, old, now) -> {
        if (check != null) {
            check.setDisable(lesson.feedbackProperty().get() != null || now == null);
        }
    };

    LessonView(ContentViewModel content, UiText text) {
        this.content = content;
        this.text = text;
        getStyleClass().add("lesson-view");
        setId("content-lesson");
        setSpacing(12);
        title.getStyleClass().addAll("title-3", "lesson-title");
        title.setWrapText(true);
        title.setMinHeight(USE_PREF_SIZE);
        position.setId("content-lesson-position");
        position.getStyleClass().add("text-muted");
        position.setMinWidth(USE_PREF_SIZE);
        HBox top = new HBox(12, title, position);
        top.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        caption.getStyleClass().add("illustration-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(480);
        previous.setId("content-lesson-previous");
        previous.textProperty().bind(text.bind("content.lesson.previous"));
        previous.setOnAction(e -> lesson.previous());
        next.setId("content-lesson-next");
        next.textProperty().bind(text.bind("content.lesson.next"));
        next.setDefaultButton(false);
        next.setOnAction(e -> lesson.next());
        example.textProperty().bind(text.bind("content.lesson.example"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox navigation = new HBox(8, previous, next, spacer, example);
        navigation.setAlignment(Pos.CENTER_LEFT);
        VBox slide = new VBox(10, picture, caption, body);
        slide.getStyleClass().add("lesson-content");
        ScrollPane scroll = new ScrollPane(slide);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, scroll, navigation);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        text.messagesProperty().addListener((obs, old, now) -> refresh());
    }

    void show(LessonViewModel taken) {
        if (lesson != null) {
            lesson.stepProperty().removeListener(redraw);
            lesson.feedbackProperty().removeListener(redraw);
            lesson.chosenProperty().removeListener(chosen);
            lesson.illustrationProperty().removeListener(redraw);
        }
        lesson = taken;
        lesson.stepProperty().addListener(redraw);
        lesson.feedbackProperty().addListener(redraw);
        lesson.chosenProperty().addListener(chosen);
        lesson.illustrationProperty().addListener(redraw);
        refresh();
    }

    void focusFirst() {
        next.requestFocus();
    }

    private void keys(KeyEvent event) {
        if (lesson == null) {
            return;
        }
        boolean inOptions = getScene() != null && getScene().getFocusOwner() instanceof RadioButton;
        if (event.getCode() == KeyCode.PAGE_DOWN || (event.getCode() == KeyCode.RIGHT && !inOptions)) {
            lesson.next();
            event.consume();
        } else if (event.getCode() == KeyCode.PAGE_UP || (event.getCode() == KeyCode.LEFT && !inOptions)) {
            lesson.previous();
            event.consume();
        }
    }

    private void refresh() {
        if (lesson == null) {
            return;
        }
        title.setText(lesson.title());
        LessonViewModel.Step step = lesson.stepProperty().get();
        RenderedIllustration drawn = lesson.illustrationProperty().get();
        picture.show(drawn);
        picture.setVisible(drawn != null);
        picture.setManaged(drawn != null);
        caption.setText(drawn == null ? "" : drawn.alt());
        caption.setVisible(drawn != null);
        caption.setManaged(drawn != null);
        previous.disableProperty().set(!lesson.canGoBackProperty().get());
        next.disableProperty().set(!lesson.canGoOnProperty().get());
        example.setVisible(false);
        example.setManaged(false);
        check = null;
        if (step instanceof LessonViewModel.SlideStep slide) {
            position.setText(text.get("content.lesson.slideOf", slide.number(), slide.of()));
            Label heading = new Label(slide.title());
            heading.getStyleClass().addAll("title-4", "slide-title");
            heading.setWrapText(true);
            Label words = new Label(slide.body());
            words.setWrapText(true);
            words.getStyleClass().add("slide-body");
            body.getChildren().setAll(heading, words);
            slide.example().ifPresent(ref -> {
                example.setVisible(true);
                example.setManaged(true);
                example.setOnAction(e -> content.open(ref));
            });
        } else if (step instanceof LessonViewModel.QuestionStep question) {
            position.setText(text.get("content.lesson.questionOf", question.number(), question.of()));
            body.getChildren().setAll(question(question));
        } else if (step instanceof LessonViewModel.ResultStep result) {
            position.setText(text.get("content.lesson.done"));
            Label score = new Label(text.get("content.lesson.score", result.correct(), result.questions()));
            score.setId("content-lesson-score");
            score.getStyleClass().add("title-4");
            score.setWrapText(true);
            Button again = new Button(text.get("content.lesson.again"));
            again.setOnAction(e -> lesson.restart());
            body.getChildren().setAll(score, again);
        }
    }

    private Node[] question(LessonViewModel.QuestionStep question) {
        Label asked = new Label(question.question());
        asked.getStyleClass().addAll("title-4", "quiz-question");
        asked.setWrapText(true);
        VBox options = new VBox(6);
        ToggleGroup group = new ToggleGroup();
        LessonViewModel.Feedback feedback = lesson.feedbackProperty().get();
        for (LessonViewModel.Option option : question.options()) {
            RadioButton choice = new RadioButton(option.text());
            choice.setId("content-quiz-" + option.id());
            choice.setWrapText(true);
            choice.setToggleGroup(group);
            choice.setSelected(option.id().equals(lesson.chosenProperty().get()));
            choice.setDisable(feedback != null);
            choice.setOnAction(e -> lesson.choose(option.id()));
            options.getChildren().add(choice);
        }
        check = new Button(text.get("content.quiz.check"));
        check.setId("content-quiz-check");
        check.setDisable(feedback != null || lesson.chosenProperty().get() == null);
        check.setOnAction(e -> {
            lesson.check();
            next.requestFocus();
        });
        Label result = new Label();
        result.setId("content-quiz-feedback");
        result.setWrapText(true);
        if (feedback != null) {
            result.setText(
                    feedback.correct()
                            ? text.get("content.quiz.right", feedback.explanation())
                            : text.get("content.quiz.wrong", feedback.correctOption(), feedback.explanation()));
            result.getStyleClass().add(feedback.correct() ? "quiz-right" : "quiz-wrong");
        }
        return new Node[] {asked, options, check, result};
    }
}

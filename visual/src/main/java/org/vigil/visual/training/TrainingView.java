package org.vigil.visual.training;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import org.vigil.i18n.Language;
import org.vigil.visual.text.UiText;

/**
 * The Training area: the round's choices on the left, the game in the middle (or a note when it plays in
 * its own window), the game's text beside it for screen readers, and the round's feedback, progress and
 * what to play next below. Keyboard: Alt+C code, Alt+M module, Alt+D difficulty, Alt+L language, Enter
 * plays, Esc stops, Alt+N takes the suggestion.
 */
public final class TrainingView extends BorderPane {

    private final TrainingViewModel model;
    private final UiText text;
    private final SetupPane setup;
    private final StackPane gameArea = new StackPane();
    private final Label idle = new Label();

    public TrainingView(TrainingViewModel model, UiText text) {
        this.model = model;
        this.text = text;
        TrainingNames names = new TrainingNames(text);
        getStyleClass().add("training-page");
        setPadding(new Insets(12));

        if (text.messages().language() != Language.PSEUDO) {
            model.languageProperty().set(text.messages().language());
        }
        setup = new SetupPane(model, text, names);
        setLeft(setup);
        BorderPane.setMargin(setup, new Insets(0, 12, 0, 0));

        setTop(header(names));
        setCenter(gameArea());
        setRight(narration());

        Button useSuggestion = new Button();
        useSuggestion.setId("training-use-suggestion");
        useSuggestion.setOnAction(e -> model.useSuggestion());
        useSuggestion.disableProperty().bind(model.playingProperty());
        ScrollPane results = new ScrollPane(new ResultsPane(model, text, names, useSuggestion));
        results.setFitToWidth(true);
        results.setPrefViewportHeight(300);
        // while a round runs the game gets the room; progress comes back with its result
        results.visibleProperty().bind(model.playingProperty().not());
        results.managedProperty().bind(results.visibleProperty());
        setBottom(results);

        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        model.loadParticipants();
    }

    private Node header(TrainingNames names) {
        Label heading = new Label();
        heading.textProperty().bind(text.bind("training.heading"));
        heading.getStyleClass().addAll("title-2", "page-heading");
        Label intro = new Label();
        intro.textProperty().bind(text.bind("training.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        Label notice = new Label();
        notice.setId("training-notice");
        notice.setWrapText(true);
        notice.textProperty()
                .bind(text.bind(() -> names.notice(model.noticeProperty().get()), model.noticeProperty()));
        // an error gets a warning sign as well as its words, never colour alone
        model.noticeProperty()
                .addListener((obs, old, now) ->
                        notice.setGraphic(now != null && now.level() == Notice.Level.ERROR ? warningSign() : null));
        VBox header = new VBox(4, heading, intro, notice);
        header.setPadding(new Insets(0, 0, 12, 0));
        return header;
    }

    private Node gameArea() {
        idle.setWrapText(true);
        idle.setId("training-game-note");
        idle.textProperty()
                .bind(text.bind(
                        () -> text.get(
                                model.ownWindowProperty().get() ? "training.game.ownWindow" : "training.game.idle"),
                        model.ownWindowProperty()));
        gameArea.setId("training-game");
        gameArea.getStyleClass().add("training-game");
        gameArea.setMinSize(320, 240);
        // nothing the game draws may spill over the rest of the page
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(gameArea.widthProperty());
        clip.heightProperty().bind(gameArea.heightProperty());
        gameArea.setClip(clip);
        model.gameViewProperty().addListener((obs, old, now) -> showGame(now));
        showGame(model.gameViewProperty().get());
        return gameArea;
    }

    private void showGame(Node game) {
        if (game == null) {
            gameArea.getChildren().setAll(idle);
            return;
        }
        if (game instanceof ImageView picture) {
            // the game draws at its own size; shown scaled to the room the page gives it
            picture.setPreserveRatio(true);
            picture.fitWidthProperty().bind(gameArea.widthProperty());
            picture.fitHeightProperty().bind(gameArea.heightProperty());
        }
        gameArea.getChildren().setAll(game);
        game.setFocusTraversable(true);
        game.requestFocus(); // keyboard-only play: the game has the keys as soon as it shows
    }

    private Node narration() {
        Label title = new Label();
        title.textProperty().bind(text.bind("training.narration.title"));
        title.getStyleClass().add("title-4");
        ListView<String> lines = new ListView<>(model.narration());
        lines.setId("training-narration");
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.bind("training.narration.tooltip"));
        lines.setTooltip(tooltip);
        lines.accessibleTextProperty().bind(text.bind("training.narration.title"));
        lines.setCellFactory(list -> new NarrationCell());
        // the newest line is the one to read: keep it in view
        model.narration().addListener((ListChangeListener<String>) change -> Platform.runLater(() -> {
            // after the new row is laid out, or the list scrolls by a guess of its height
            if (!model.narration().isEmpty()) {
                lines.scrollTo(model.narration().size() - 1);
            }
        }));
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox box = new VBox(6, title, lines);
        box.setPrefWidth(300);
        BorderPane.setMargin(box, new Insets(0, 0, 0, 12));
        return box;
    }

    private void shortcut(KeyEvent event) {
        if (!event.isAltDown()) {
            return;
        }
        Node target = shortcutTarget(event.getCode());
        if (target != null) {
            target.requestFocus();
            event.consume();
        } else if (event.getCode() == KeyCode.N) {
            model.useSuggestion();
            event.consume();
        }
    }

    private Node shortcutTarget(KeyCode code) {
        return switch (code) {
            case C -> setup.participant;
            case M -> setup.modules;
            case D -> setup.difficulty;
            case L -> setup.language;
            default -> null;
        };
    }

    private static Node warningSign() {
        SVGPath sign = new SVGPath();
        sign.setContent(
                "M 7 0 L 14 13 L 0 13 Z M 6.2 4 L 7.8 4 L 7.6 9 L 6.4 9 Z M 6.2 10 L 7.8 10 L 7.8 11.6 L 6.2 11.6 Z");
        sign.setStyle("-fx-fill: #D55E00; -fx-fill-rule: evenodd;");
        return sign;
    }

    /** A narration line wrapped within the list instead of cut off: screen readers and eyes get all of it. */
    private static final class NarrationCell extends ListCell<String> {

        NarrationCell() {
            setWrapText(true);
            // no width of its own: the row takes the list's width; and no fixed height (the theme's
            // 2.8em), so that the row's height follows the wrapped lines
            setPrefWidth(0);
            setStyle("-fx-cell-size: 0; -fx-padding: 0.35em 0.5em 0.35em 0.5em;");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setAccessibleText(empty ? null : item);
        }
    }
}

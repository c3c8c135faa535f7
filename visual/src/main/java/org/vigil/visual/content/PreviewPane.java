package org.vigil.visual.content;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.UiText;

/** The right side of the Content area: the selected item's preview, a lesson, or a hint to choose one. */
final class PreviewPane extends StackPane {

    private final EmailPreviewView email;
    private final PagePreviewView page;
    private final PostPreviewView post;
    private final LessonView lesson;
    private final Label empty = new Label();

    PreviewPane(ContentViewModel model, UiText text, IllustrationRenderer renderer, Background background) {
        getStyleClass().add("preview-pane");
        setId("content-preview");
        email = new EmailPreviewView(model, text);
        page = new PagePreviewView(model, text);
        post = new PostPreviewView(model, text, renderer, background);
        lesson = new LessonView(model, text);
        empty.textProperty().bind(text.bind("content.preview.empty"));
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        StackPane.setAlignment(empty, javafx.geometry.Pos.TOP_LEFT);
        getChildren().setAll(empty);
        model.previewProperty().addListener((obs, old, now) -> showPreview(now));
        model.lessonProperty().addListener((obs, old, now) -> {
            if (now != null) {
                lesson.show(now);
                getChildren().setAll(lesson);
            } else if (model.previewProperty().get() == null) {
                getChildren().setAll(empty);
            }
        });
    }

    private void showPreview(ItemPreview preview) {
        if (preview instanceof ItemPreview.Email shown) {
            email.show(shown);
            getChildren().setAll(email);
        } else if (preview instanceof ItemPreview.Page shown) {
            page.show(shown);
            getChildren().setAll(page);
        } else if (preview instanceof ItemPreview.Post shown) {
            post.show(shown);
            getChildren().setAll(post);
        } else if (!getChildren().contains(lesson)) {
            getChildren().setAll(empty);
        }
    }

    /** Moves the keyboard into the preview: what Enter on the catalogue does. */
    void focusFirst() {
        if (getChildren().contains(email)) {
            email.focusFirst();
        } else if (getChildren().contains(page)) {
            page.focusFirst();
        } else if (getChildren().contains(post)) {
            post.focusFirst();
        } else if (getChildren().contains(lesson)) {
            lesson.focusFirst();
        }
    }
}

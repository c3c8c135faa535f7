package org.vigil.visual.content;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.visual.task.Background;
import org.vigil.visual.text.UiText;

/**
 * A post, ad or message as a simple card: who posts it and their handle, the text, the picture, the
 * link preview and its button, the reactions. With markers on, the quoted words are marked and the
 * list explains each.
 */
final class PostPreviewView extends ScrollPane {

    private final ContentViewModel model;
    private final UiText text;
    private final IllustrationRenderer renderer;
    private final Background background;
    private final PreviewHeader header;
    private final VBox card = new VBox(10);
    private final MarkerListView markers;
    private final IllustrationImage picture = new IllustrationImage(440);
    private ItemPreview.Post shown;

    PostPreviewView(ContentViewModel model, UiText text, IllustrationRenderer renderer, Background background) {
        this.model = model;
        this.text = text;
        this.renderer = renderer;
        this.background = background;
        getStyleClass().add("post-preview");
        setFitToWidth(true);
        header = new PreviewHeader(model, text);
        card.getStyleClass().add("post-card");
        card.setMaxWidth(520);
        markers = new MarkerListView(text);
        markers.visibleProperty().bind(model.markersShownProperty());
        markers.managedProperty().bind(model.markersShownProperty());
        VBox content = new VBox(12, header, card, markers);
        content.getStyleClass().add("post-preview-content");
        setContent(content);
        model.markersShownProperty().addListener((obs, old, now) -> refresh());
    }

    void show(ItemPreview.Post post) {
        boolean samePicture = shown != null && shown.illustration().equals(post.illustration());
        shown = post;
        if (!samePicture) {
            draw();
        }
        refresh();
    }

    void focusFirst() {
        header.toggle().requestFocus();
    }

    private void draw() {
        picture.show(null);
        shown.illustration().ifPresent(illustration -> {
            org.vigil.content.awareness.Language language =
                    model.languageProperty().get();
            background.submit(
                    new Background.Description("status.content.drawing"),
                    () -> renderer.render(illustration, language, LessonViewModel.ILLUSTRATION_WIDTH),
                    rendered -> {
                        if (shown.illustration()
                                .map(i -> i.id().equals(rendered.id()))
                                .orElse(false)) {
                            picture.show(rendered);
                        }
                    },
                    error -> {});
        });
    }

    private void refresh() {
        if (shown == null) {
            return;
        }
        boolean on = model.markersShownProperty().get();
        header.show(
                shown.title(),
                shown.verdict(),
                shown.markerKind(),
                shown.markers().size());
        Label avatar = new Label(
                shown.author().text().isEmpty() ? "?" : shown.author().text().substring(0, 1));
        avatar.getStyleClass().add("post-avatar");
        avatar.setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        MarkedTextFlow author = new MarkedTextFlow(shown.author(), on);
        author.getStyleClass().add("post-author");
        MarkedTextFlow handle = new MarkedTextFlow(shown.handle(), on);
        handle.getStyleClass().add("post-handle");
        VBox who = new VBox(2, author, handle);
        HBox.setHgrow(who, Priority.ALWAYS);
        HBox top = new HBox(10, avatar, who);
        top.setAlignment(Pos.CENTER_LEFT);
        MarkedTextFlow body = new MarkedTextFlow(shown.body(), on);
        body.setId("content-post-body");
        body.getStyleClass().add("post-body");
        card.getChildren().setAll(top, body);
        if (shown.illustration().isPresent()) {
            card.getChildren().add(picture);
        }
        if (shown.linkTitle().isPresent() || shown.link().isPresent()) {
            VBox preview = new VBox(2);
            preview.getStyleClass().add("post-link-preview");
            shown.linkTitle().ifPresent(t -> {
                MarkedTextFlow title = new MarkedTextFlow(t, on);
                title.getStyleClass().add("post-link-title");
                preview.getChildren().add(title);
            });
            shown.link().ifPresent(l -> {
                MarkedTextFlow link = new MarkedTextFlow(l, on);
                link.getStyleClass().add("post-link");
                preview.getChildren().add(link);
            });
            card.getChildren().add(preview);
        }
        shown.callToAction().ifPresent(c -> {
            MarkedTextFlow action = new MarkedTextFlow(c, on);
            action.getStyleClass().add("post-call-to-action");
            HBox button = new HBox(action);
            button.getStyleClass().add("post-button");
            button.setMaxWidth(USE_PREF_SIZE);
            card.getChildren().add(button);
        });
        shown.reactions().ifPresent(r -> {
            Label reactions = new Label(text.get("content.post.reactions", r.likes(), r.comments(), r.shares()));
            reactions.getStyleClass().add("text-muted");
            reactions.setWrapText(true);
            card.getChildren().add(reactions);
        });
        markers.show(shown.markers(), shown.markerKind(), java.util.List.of());
    }
}

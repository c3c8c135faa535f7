package org.vigil.visual.content;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import org.vigil.content.awareness.Audience;
import org.vigil.content.awareness.Channel;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Difficulty;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Verdict;
import org.vigil.visual.text.UiText;

/**
 * The catalogue's filters in Tab order: content language first (it decides what every text is
 * shown in), then type, audience, channel, difficulty, cue and verdict, and a button that clears them.
 */
final class CatalogueFilterBar extends FlowPane {

    CatalogueFilterBar(ContentViewModel model, UiText text) {
        super(12, 8);
        getStyleClass().add("catalogue-filters");
        setAlignment(Pos.BOTTOM_LEFT);
        Button clear = new Button();
        clear.setId("content-filter-clear");
        clear.textProperty().bind(text.bind("content.filter.clear"));
        clear.setOnAction(e -> model.clearFilters());
        getChildren()
                .addAll(
                        new FilterBox<>(
                                "content-filter-language",
                                "content.filter.language",
                                List.of(Language.values()),
                                false,
                                model.languageProperty(),
                                (m, v) -> new ContentNames(m).language(v),
                                text),
                        new FilterBox<>(
                                "content-filter-type",
                                "content.filter.type",
                                List.of(
                                        ItemType.EMAIL,
                                        ItemType.LANDING_PAGE,
                                        ItemType.TERMS,
                                        ItemType.POST,
                                        ItemType.LESSON),
                                true,
                                model.typeProperty(),
                                (m, v) -> new ContentNames(m).type(v),
                                text),
                        new FilterBox<>(
                                "content-filter-audience",
                                "content.filter.audience",
                                List.of(Audience.values()),
                                true,
                                model.audienceProperty(),
                                (m, v) -> new ContentNames(m).audience(v),
                                text),
                        new FilterBox<>(
                                "content-filter-channel",
                                "content.filter.channel",
                                List.of(Channel.values()),
                                true,
                                model.channelProperty(),
                                (m, v) -> new ContentNames(m).channel(v),
                                text),
                        new FilterBox<>(
                                "content-filter-difficulty",
                                "content.filter.difficulty",
                                List.of(Difficulty.values()),
                                true,
                                model.difficultyProperty(),
                                (m, v) -> new ContentNames(m).difficulty(v),
                                text),
                        new FilterBox<>(
                                "content-filter-cue",
                                "content.filter.cue",
                                List.of(Cue.values()),
                                true,
                                model.cueProperty(),
                                (m, v) -> new ContentNames(m).cue(v),
                                text),
                        new FilterBox<>(
                                "content-filter-verdict",
                                "content.filter.verdict",
                                List.of(Verdict.values()),
                                true,
                                model.verdictProperty(),
                                (m, v) -> new ContentNames(m).verdict(v),
                                text),
                        clear);
    }
}

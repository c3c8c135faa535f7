package org.vigil.visual.content;

import java.util.Optional;
import org.vigil.content.awareness.Audience;
import org.vigil.content.awareness.Channel;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Difficulty;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.TemplateQuery;
import org.vigil.content.awareness.Verdict;

/**
 * What the catalogue shows: items in the content language that match every criterion set (an empty
 * one matches all). Templates are matched by the library's own {@link TemplateQuery}; lessons have
 * no channel, difficulty, cue or verdict, so setting any of those leaves lessons out.
 */
record CatalogueFilter(
        Optional<ItemType> type,
        Optional<Audience> audience,
        Language language,
        Optional<Channel> channel,
        Optional<Difficulty> difficulty,
        Optional<Cue> cue,
        Optional<Verdict> verdict) {

    boolean matches(CatalogueItem item) {
        if (item instanceof CatalogueItem.Template template) {
            return type.map(t -> t != ItemType.LESSON).orElse(true) && query().matches(template.template());
        }
        return type.map(t -> t == ItemType.LESSON).orElse(true)
                && audience.map(a -> item.audiences().contains(a)).orElse(true)
                && item.languages().contains(language)
                && channel.isEmpty()
                && difficulty.isEmpty()
                && cue.isEmpty()
                && verdict.isEmpty();
    }

    private TemplateQuery query() {
        TemplateQuery query = TemplateQuery.all().language(language);
        if (type.isPresent() && type.get() != ItemType.LESSON) {
            query = query.type(type.get());
        }
        if (audience.isPresent()) {
            query = query.audience(audience.get());
        }
        if (channel.isPresent()) {
            query = query.channel(channel.get());
        }
        if (difficulty.isPresent()) {
            query = query.difficulty(difficulty.get());
        }
        if (cue.isPresent()) {
            query = query.cue(cue.get());
        }
        if (verdict.isPresent()) {
            query = query.verdict(verdict.get());
        }
        return query;
    }
}

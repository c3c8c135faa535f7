package org.vigil.content.awareness;

import java.util.Optional;

/**
 * Which attack-simulation templates to pick: every criterion left empty matches all. Built by
 * narrowing {@link #all()}: {@code TemplateQuery.all().type(ItemType.EMAIL).language(Language.DE)}.
 */
public record TemplateQuery(
        Optional<ItemType> type,
        Optional<Verdict> verdict,
        Optional<Audience> audience,
        Optional<Language> language,
        Optional<Channel> channel,
        Optional<Difficulty> difficulty,
        Optional<Cue> cue) {

    public static TemplateQuery all() {
        return new TemplateQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public TemplateQuery type(ItemType value) {
        return new TemplateQuery(Optional.of(value), verdict, audience, language, channel, difficulty, cue);
    }

    public TemplateQuery verdict(Verdict value) {
        return new TemplateQuery(type, Optional.of(value), audience, language, channel, difficulty, cue);
    }

    public TemplateQuery audience(Audience value) {
        return new TemplateQuery(type, verdict, Optional.of(value), language, channel, difficulty, cue);
    }

    public TemplateQuery language(Language value) {
        return new TemplateQuery(type, verdict, audience, Optional.of(value), channel, difficulty, cue);
    }

    public TemplateQuery channel(Channel value) {
        return new TemplateQuery(type, verdict, audience, language, Optional.of(value), difficulty, cue);
    }

    public TemplateQuery difficulty(Difficulty value) {
        return new TemplateQuery(type, verdict, audience, language, channel, Optional.of(value), cue);
    }

    public TemplateQuery cue(Cue value) {
        return new TemplateQuery(type, verdict, audience, language, channel, difficulty, Optional.of(value));
    }

    public boolean matches(AttackTemplate template) {
        return type.map(t -> template.type() == t).orElse(true)
                && verdict.map(v -> template.verdict() == v).orElse(true)
                && audience.map(a -> template.audiences().contains(a)).orElse(true)
                && language.map(l -> template.languages().contains(l)).orElse(true)
                && channel.map(c -> template.channel() == c).orElse(true)
                && difficulty
                        .map(d -> template.difficulty().equals(Optional.of(d)))
                        .orElse(true)
                && cue.map(c -> template.cues().contains(c)).orElse(true);
    }
}

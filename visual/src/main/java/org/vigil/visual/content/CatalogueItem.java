package org.vigil.visual.content;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.Audience;
import org.vigil.content.awareness.Channel;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Difficulty;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Lesson;
import org.vigil.content.awareness.Verdict;

/** One row of the content catalogue: an attack-simulation template or a lesson. */
public sealed interface CatalogueItem {

    ItemType type();

    String id();

    String title(Language language);

    List<Audience> audiences();

    Set<Language> languages();

    /** Phishing or legitimate, fair or abusive; lessons have none. */
    Optional<Verdict> verdict();

    /** The Phish Scale rating of a lure; empty for everything else. */
    Optional<Difficulty> difficulty();

    Optional<Channel> channel();

    Set<Cue> cues();

    static CatalogueItem of(AttackTemplate template) {
        return new Template(template);
    }

    static CatalogueItem of(Lesson lesson) {
        return new LessonItem(lesson);
    }

    /** An email, landing page, terms document or post. */
    record Template(AttackTemplate template) implements CatalogueItem {

        @Override
        public ItemType type() {
            return template.type();
        }

        @Override
        public String id() {
            return template.id();
        }

        @Override
        public String title(Language language) {
            return template.title().in(language);
        }

        @Override
        public List<Audience> audiences() {
            return template.audiences();
        }

        @Override
        public Set<Language> languages() {
            return template.languages();
        }

        @Override
        public Optional<Verdict> verdict() {
            return Optional.of(template.verdict());
        }

        @Override
        public Optional<Difficulty> difficulty() {
            return template.difficulty();
        }

        @Override
        public Optional<Channel> channel() {
            return Optional.of(template.channel());
        }

        @Override
        public Set<Cue> cues() {
            return template.cues();
        }
    }

    /** A lesson: slides and a quiz. */
    record LessonItem(Lesson lesson) implements CatalogueItem {

        @Override
        public ItemType type() {
            return ItemType.LESSON;
        }

        @Override
        public String id() {
            return lesson.id();
        }

        @Override
        public String title(Language language) {
            return lesson.title().in(language);
        }

        @Override
        public List<Audience> audiences() {
            return lesson.audiences();
        }

        @Override
        public Set<Language> languages() {
            return lesson.title().languages();
        }

        @Override
        public Optional<Verdict> verdict() {
            return Optional.empty();
        }

        @Override
        public Optional<Difficulty> difficulty() {
            return Optional.empty();
        }

        @Override
        public Optional<Channel> channel() {
            return Optional.empty();
        }

        @Override
        public Set<Cue> cues() {
            return EnumSet.noneOf(Cue.class);
        }
    }
}

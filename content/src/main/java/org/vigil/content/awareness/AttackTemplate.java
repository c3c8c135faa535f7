package org.vigil.content.awareness;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An attack-simulation item: an email, a landing page, terms and conditions or a post. */
public sealed interface AttackTemplate permits EmailTemplate, LandingPage, TermsDocument, SocialPost {

    TemplateInfo info();

    ItemType type();

    /** The languages the item has content in; all nine once it validates. */
    Set<Language> languages();

    default String id() {
        return info().id();
    }

    default Verdict verdict() {
        return info().verdict();
    }

    default Channel channel() {
        return info().channel();
    }

    default List<Audience> audiences() {
        return info().audiences();
    }

    default LocalizedText title() {
        return info().title();
    }

    default List<RedFlag> redFlags() {
        return info().redFlags();
    }

    /** The distinct cue types among the red flags. */
    default Set<Cue> cues() {
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        redFlags().forEach(flag -> cues.add(flag.cue()));
        return cues;
    }

    /**
     * The Phish Scale rating: each red flag is one cue occurrence, so the count is the number of red
     * flags. Empty for items that are not phishing.
     */
    default Optional<Difficulty> difficulty() {
        return info().premiseAlignment()
                .map(alignment -> Difficulty.rate(redFlags().size(), alignment));
    }
}

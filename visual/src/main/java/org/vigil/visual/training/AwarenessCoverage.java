package org.vigil.visual.training;

import java.util.List;
import java.util.Set;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.RedFlag;
import org.vigil.content.awareness.TermsDocument;
import org.vigil.content.awareness.Verdict;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ModuleCoverage;
import org.vigil.core.training.TrainingModule;

/**
 * Which cues the awareness content lets each playable module teach, for the suggestion of what to play
 * next. Inbox Triage plays the library's emails: a phishing email teaches the NIST Phish Scale cues of its
 * red flags (by {@link org.vigil.content.awareness.Cue} name, as the game records cues) at the difficulty
 * its Phish Scale rating maps to. Fake Shop Detective plays the pages, posts and terms: a malicious page
 * or post teaches its red flags' cues the same way, and abusive terms teach their clauses' topics (as the
 * game records them) at MEDIUM, since terms have no Phish Scale rating.
 */
public final class AwarenessCoverage {

    private AwarenessCoverage() {}

    public static ModuleCoverage of(AwarenessLibrary library, Set<TrainingModule> playable) {
        ModuleCoverage.Builder coverage = ModuleCoverage.builder();
        addTo(coverage, library, playable);
        return coverage.build();
    }

    /** Adds what the library lets the playable modules teach, beside what other content teaches. */
    public static void addTo(ModuleCoverage.Builder coverage, AwarenessLibrary library, Set<TrainingModule> playable) {
        if (playable.contains(TrainingModule.INBOX_TRIAGE)) {
            for (EmailTemplate email : library.emails()) {
                email.difficulty()
                        .ifPresent(rating -> coverage.add(
                                TrainingModule.INBOX_TRIAGE,
                                level(rating),
                                cues(email.info().redFlags())));
            }
        }
        if (playable.contains(TrainingModule.FAKE_SHOP_DETECTIVE)) {
            for (AttackTemplate item : library.templates()) {
                if (item.type() == ItemType.EMAIL || !item.verdict().isHarmful()) {
                    continue;
                }
                if (item instanceof TermsDocument terms) {
                    coverage.add(
                            TrainingModule.FAKE_SHOP_DETECTIVE,
                            Difficulty.MEDIUM,
                            terms.clauses().stream()
                                    .filter(clause -> clause.verdict() == Verdict.ABUSIVE)
                                    .map(clause -> clause.topic().name())
                                    .toList());
                } else {
                    item.difficulty()
                            .ifPresent(rating -> coverage.add(
                                    TrainingModule.FAKE_SHOP_DETECTIVE, level(rating), cues(item.redFlags())));
                }
            }
        }
    }

    /** The Phish Scale's least difficult emails make an easy round, and so on. */
    static Difficulty level(org.vigil.content.awareness.Difficulty rating) {
        return switch (rating) {
            case LEAST_DIFFICULT -> Difficulty.EASY;
            case MODERATELY_DIFFICULT -> Difficulty.MEDIUM;
            case VERY_DIFFICULT -> Difficulty.HARD;
        };
    }

    private static List<String> cues(List<RedFlag> flags) {
        return flags.stream().map(flag -> flag.cue().name()).toList();
    }
}

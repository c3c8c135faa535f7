package org.vigil.game.fakeshop;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.round.FlaggedParts;
import org.vigil.game.round.Focus;
import org.vigil.game.round.RoundClock;
import org.vigil.game.round.RoundItems;
import org.vigil.game.round.RoundLedger;
import org.vigil.game.round.Scoring;

/**
 * The rules of one Fake Shop Detective round, free of any toolkit: pages, terms and posts come one at
 * a time; the player moves between an item's parts, flags the suspicious ones and says whether to
 * trust it, then reads the feedback and goes on. A detective takes the time they need, so there is no
 * clock to beat, but the time per item is recorded. Scoring is non-punitive: {@value #VERDICT_POINTS}
 * points for a right verdict and {@value #CUE_POINTS} for each sign found, nothing taken away. Not
 * thread-safe: the game drives it from its one loop thread.
 */
public final class ShopRound {

    public static final int VERDICT_POINTS = 10;
    public static final int CUE_POINTS = 5;

    /** Where the round is: inspecting an item, reading the feedback on it, or done. */
    public enum Phase {
        INSPECTING,
        FEEDBACK,
        FINISHED
    }

    private static final Scoring SCORING = new Scoring(VERDICT_POINTS, CUE_POINTS);

    private final RoundItems<ShopItem> items;
    private final RoundClock clock;
    private final RoundLedger<ShopFeedback> ledger =
            new RoundLedger<>(TrainingModule.FAKE_SHOP_DETECTIVE, ShopRound::outcome);
    private final FlaggedParts flagged = new FlaggedParts();
    private final Focus focus = new Focus();
    private Phase phase = Phase.INSPECTING;

    public ShopRound(List<ShopItem> items, InstantSource clock) {
        this.items = new RoundItems<>(items, "a round needs at least one item");
        this.clock = new RoundClock(clock);
    }

    public Phase phase() {
        return phase;
    }

    public ShopItem current() {
        return items.current();
    }

    /** The round's item at a place, from 0. */
    public ShopItem item(int index) {
        return items.get(index);
    }

    /** The current item's place in the round, from 0. */
    public int position() {
        return items.position();
    }

    public int size() {
        return items.size();
    }

    public int focusedPart() {
        return focus.index();
    }

    public void focusNext() {
        focus.next(current().parts().size());
    }

    public void focusPrevious() {
        focus.previous(current().parts().size());
    }

    /** Focuses a part, as a click on it does. */
    public void focus(int part) {
        if (part < 0 || part >= current().parts().size()) {
            throw new IndexOutOfBoundsException(
                    "no part " + part + " in " + current().id());
        }
        focus.set(part);
    }

    public boolean isFlagged(int part) {
        return flagged.contains(part);
    }

    /** Flags the focused part as suspicious, or takes the flag back; only while inspecting. */
    public void toggleFlag() {
        if (phase == Phase.INSPECTING) {
            flagged.toggle(focus.index());
        }
    }

    /** Gives the verdict on the current item and returns its feedback; ignored unless inspecting. */
    public Optional<ShopFeedback> judge(ShopVerdict verdict) {
        if (phase != Phase.INSPECTING) {
            return Optional.empty();
        }
        ShopFeedback result = ledger.record(assess(current(), verdict, clock.sinceShown()));
        phase = Phase.FEEDBACK;
        return Optional.of(result);
    }

    /** From the feedback to the next item, or to the end of the round after the last one. */
    public void next() {
        if (phase != Phase.FEEDBACK) {
            return;
        }
        flagged.clear();
        focus.reset();
        phase = items.advance(clock) ? Phase.INSPECTING : Phase.FINISHED;
    }

    /** The feedback on the last item judged, while it is shown. */
    public Optional<ShopFeedback> feedback() {
        return phase == Phase.FEEDBACK ? Optional.of(ledger.last()) : Optional.empty();
    }

    public List<ShopFeedback> judged() {
        return ledger.all();
    }

    public int score() {
        return ledger.score();
    }

    /** The most a round of these items can earn: every verdict right and every sign found. */
    public int maxScore() {
        return items.sum(i -> SCORING.most(i.cues().size()));
    }

    /** One outcome per judged item, its cues named once per sign. */
    public List<ItemOutcome> outcomes() {
        return ledger.outcomes();
    }

    /** The play as recorded; only once the round is finished. */
    public PlayResult result(String participant, Difficulty difficulty, String languageTag) {
        if (phase != Phase.FINISHED) {
            throw new IllegalStateException("the round is not finished");
        }
        return ledger.result(participant, difficulty, languageTag, clock, maxScore());
    }

    private ShopFeedback assess(ShopItem item, ShopVerdict verdict, Duration spent) {
        boolean correct = verdict.distrusted() == item.malicious();
        List<CueResult> cues = item.cues().stream()
                .map(cue -> new CueResult(cue, flagged.findsAny(cue.parts())))
                .toList();
        List<Integer> needless =
                flagged.needless(item.cues().stream().map(ShopCue::parts).toList());
        int points =
                SCORING.points(correct, cues.stream().filter(CueResult::found).count());
        return new ShopFeedback(item, verdict, correct, spent, cues, item.trustNotes(), needless, points);
    }

    private static ItemOutcome outcome(ShopFeedback feedback) {
        return RoundLedger.outcome(
                feedback.item().id(),
                feedback.item().malicious(),
                feedback,
                feedback.cues(),
                CueResult::found,
                c -> c.cue().cue());
    }
}

package org.vigil.game.fakeshop;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;

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

    private final List<ShopItem> items;
    private final InstantSource clock;
    private final Instant started;
    private final List<ShopFeedback> feedback = new ArrayList<>();
    private final TreeSet<Integer> flagged = new TreeSet<>();
    private int position;
    private int focus;
    private Instant shownAt;
    private Instant finished;
    private Phase phase = Phase.INSPECTING;

    public ShopRound(List<ShopItem> items, InstantSource clock) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a round needs at least one item");
        }
        this.items = List.copyOf(items);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.started = clock.instant();
        this.shownAt = started;
    }

    public Phase phase() {
        return phase;
    }

    public ShopItem current() {
        return items.get(position);
    }

    /** The round's item at a place, from 0. */
    public ShopItem item(int index) {
        return items.get(index);
    }

    /** The current item's place in the round, from 0. */
    public int position() {
        return position;
    }

    public int size() {
        return items.size();
    }

    public int focusedPart() {
        return focus;
    }

    public void focusNext() {
        focus = (focus + 1) % current().parts().size();
    }

    public void focusPrevious() {
        int parts = current().parts().size();
        focus = (focus + parts - 1) % parts;
    }

    /** Focuses a part, as a click on it does. */
    public void focus(int part) {
        if (part < 0 || part >= current().parts().size()) {
            throw new IndexOutOfBoundsException(
                    "no part " + part + " in " + current().id());
        }
        focus = part;
    }

    public boolean isFlagged(int part) {
        return flagged.contains(part);
    }

    /** Flags the focused part as suspicious, or takes the flag back; only while inspecting. */
    public void toggleFlag() {
        if (phase != Phase.INSPECTING) {
            return;
        }
        if (!flagged.remove(focus)) {
            flagged.add(focus);
        }
    }

    /** Gives the verdict on the current item and returns its feedback; ignored unless inspecting. */
    public Optional<ShopFeedback> judge(ShopVerdict verdict) {
        if (phase != Phase.INSPECTING) {
            return Optional.empty();
        }
        ShopFeedback result = assess(current(), verdict, Duration.between(shownAt, clock.instant()));
        feedback.add(result);
        phase = Phase.FEEDBACK;
        return Optional.of(result);
    }

    /** From the feedback to the next item, or to the end of the round after the last one. */
    public void next() {
        if (phase != Phase.FEEDBACK) {
            return;
        }
        flagged.clear();
        focus = 0;
        if (position + 1 < items.size()) {
            position++;
            shownAt = clock.instant();
            phase = Phase.INSPECTING;
        } else {
            finished = clock.instant();
            phase = Phase.FINISHED;
        }
    }

    /** The feedback on the last item judged, while it is shown. */
    public Optional<ShopFeedback> feedback() {
        return phase == Phase.FEEDBACK ? Optional.of(feedback.get(feedback.size() - 1)) : Optional.empty();
    }

    public List<ShopFeedback> judged() {
        return List.copyOf(feedback);
    }

    public int score() {
        return feedback.stream().mapToInt(ShopFeedback::points).sum();
    }

    /** The most a round of these items can earn: every verdict right and every sign found. */
    public int maxScore() {
        return items.stream()
                .mapToInt(i -> VERDICT_POINTS + CUE_POINTS * i.cues().size())
                .sum();
    }

    /** One outcome per judged item, its cues named once per sign. */
    public List<ItemOutcome> outcomes() {
        return feedback.stream().map(ShopRound::outcome).toList();
    }

    /** The play as recorded; only once the round is finished. */
    public PlayResult result(String participant, Difficulty difficulty, String languageTag) {
        if (phase != Phase.FINISHED) {
            throw new IllegalStateException("the round is not finished");
        }
        return new PlayResult(
                participant,
                TrainingModule.FAKE_SHOP_DETECTIVE,
                difficulty,
                languageTag,
                started,
                finished,
                score(),
                maxScore(),
                outcomes());
    }

    private ShopFeedback assess(ShopItem item, ShopVerdict verdict, Duration spent) {
        boolean correct = verdict.distrusted() == item.malicious();
        List<CueResult> cues = item.cues().stream()
                .map(cue -> new CueResult(cue, cue.parts().stream().anyMatch(flagged::contains)))
                .toList();
        List<Integer> needless = flagged.stream()
                .filter(part -> item.cues().stream().noneMatch(c -> c.parts().contains(part)))
                .toList();
        int found = (int) cues.stream().filter(CueResult::found).count();
        int points = (correct ? VERDICT_POINTS : 0) + CUE_POINTS * found;
        return new ShopFeedback(item, verdict, correct, spent, cues, item.trustNotes(), needless, points);
    }

    private static ItemOutcome outcome(ShopFeedback feedback) {
        return new ItemOutcome(
                feedback.item().id(),
                feedback.item().malicious(),
                feedback.correct(),
                feedback.time(),
                feedback.cues().stream()
                        .filter(CueResult::found)
                        .map(c -> c.cue().cue())
                        .toList(),
                feedback.cues().stream()
                        .filter(c -> !c.found())
                        .map(c -> c.cue().cue())
                        .toList());
    }
}

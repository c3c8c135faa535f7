package org.vigil.core.training;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spaced repetition of missed cues, Leitner-style: a cue missed goes (back) to box 1 and is due at
 * once, so the next session practises it; each time it is found again it moves up a box and waits
 * longer before it is due again. Cues a participant has never missed are not scheduled.
 */
public final class CueSchedule {

    /** How long a cue waits in each box before it is due again; box 1 is due in the next session. */
    private static final List<Duration> WAIT =
            List.of(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(14));

    public static final int TOP_BOX = WAIT.size();

    private CueSchedule() {}

    /** The boxes after a participant's plays, replayed in the order they finished. */
    public static List<CueBox> of(List<PlayResult> plays) {
        Map<String, CueBox> boxes = new LinkedHashMap<>();
        plays.stream().sorted(Comparator.comparing(PlayResult::finished)).forEach(play -> {
            Instant when = play.finished();
            // A cue missed anywhere in a play goes back to box 1 even if another item's instance was found.
            Set<String> missed = play.cuesMissed();
            play.items().stream()
                    .flatMap(item -> item.cuesFound().stream())
                    .distinct()
                    .filter(cue -> !missed.contains(cue))
                    .forEach(cue -> boxes.computeIfPresent(cue, (c, box) -> promoted(box, when)));
            missed.forEach(cue -> boxes.put(cue, new CueBox(cue, 1, when.plus(WAIT.get(0)))));
        });
        return boxes.values().stream()
                .sorted(Comparator.comparing(CueBox::due).thenComparing(CueBox::cue))
                .toList();
    }

    private static CueBox promoted(CueBox box, Instant when) {
        int next = Math.min(box.box() + 1, TOP_BOX);
        return new CueBox(box.cue(), next, when.plus(WAIT.get(next - 1)));
    }
}

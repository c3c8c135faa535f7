package org.vigil.core.training;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds plays as the Inbox Triage round records them, with the shipped emails' ids and their NIST Phish
 * Scale cues, so tests read as given/when/then: {@code TestPlays.by("TEAM-B-07").at(day(1)).phishing(...)}.
 */
public final class TestPlays {

    public static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private final String participant;
    private TrainingModule module = TrainingModule.INBOX_TRIAGE;
    private Difficulty difficulty = Difficulty.EASY;
    private String language = "en";
    private Instant started = MONDAY;
    private final List<ItemOutcome> items = new ArrayList<>();

    private TestPlays(String participant) {
        this.participant = participant;
    }

    public static TestPlays by(String participant) {
        return new TestPlays(participant);
    }

    public static Instant day(int n) {
        return MONDAY.plus(Duration.ofDays(n));
    }

    public TestPlays at(Instant when) {
        this.started = when;
        return this;
    }

    public TestPlays module(TrainingModule chosen) {
        this.module = chosen;
        return this;
    }

    public TestPlays difficulty(Difficulty chosen) {
        this.difficulty = chosen;
        return this;
    }

    public TestPlays language(String tag) {
        this.language = tag;
        return this;
    }

    /** A phishing email judged phishing, with the cues found and missed. */
    public TestPlays caught(String email, List<String> found, List<String> missed) {
        items.add(new ItemOutcome(email, true, true, Duration.ofMillis(12_345), found, missed));
        return this;
    }

    /** A phishing email let through: a miss, every cue missed. */
    public TestPlays letThrough(String email, List<String> missed) {
        items.add(new ItemOutcome(email, true, false, Duration.ofMillis(8_001), List.of(), missed));
        return this;
    }

    /** A legitimate email judged legitimate. */
    public TestPlays trusted(String email) {
        items.add(new ItemOutcome(email, false, true, Duration.ofMillis(5_500), List.of(), List.of()));
        return this;
    }

    /** A legitimate email taken for phishing: a false positive. */
    public TestPlays reported(String email) {
        items.add(new ItemOutcome(email, false, false, Duration.ofNanos(4_000_000_007L), List.of(), List.of()));
        return this;
    }

    public PlayResult play() {
        long right = items.stream().filter(ItemOutcome::correct).count();
        return new PlayResult(
                participant,
                module,
                difficulty,
                language,
                started,
                started.plus(Duration.ofMinutes(4)).plusNanos(123_456_789),
                (int) right * 10,
                items.size() * 10,
                items);
    }
}

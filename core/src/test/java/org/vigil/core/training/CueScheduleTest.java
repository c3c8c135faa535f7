package org.vigil.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.training.TestPlays.day;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Missed cues in Leitner boxes: a miss sends a cue to box 1, due at once; finding it moves it up and waits longer. */
class CueScheduleTest {

    private static final String LINK = "URL_HYPERLINKING";
    private static final String URGENCY = "SENSE_OF_URGENCY";
    private static final String SENDER = "DOMAIN_SPOOFING";

    @Test
    void aMissedCueGoesToTheFirstBoxAndIsDueAtOnce() {
        // given
        PlayResult monday = TestPlays.by("TEAM-B-07")
                .at(day(0))
                .caught("parcel-redelivery-fee", List.of(SENDER), List.of(LINK))
                .play();

        // when
        List<CueBox> boxes = CueSchedule.of(List.of(monday));

        // then only the missed cue is scheduled; a cue never missed needs no repetition
        assertThat(boxes).containsExactly(new CueBox(LINK, 1, monday.finished()));
        assertThat(boxes.get(0).dueAt(monday.finished())).isTrue();
    }

    @Test
    void findingACueAgainMovesItUpABoxAndItWaitsLonger() {
        // given missed on Monday, found on Tuesday and on Thursday
        PlayResult monday = TestPlays.by("TEAM-B-07")
                .at(day(0))
                .letThrough("boss-gift-card-request", List.of(URGENCY))
                .play();
        PlayResult tuesday = TestPlays.by("TEAM-B-07")
                .at(day(1))
                .caught("parcel-redelivery-fee", List.of(URGENCY), List.of())
                .play();
        PlayResult thursday = TestPlays.by("TEAM-B-07")
                .at(day(3))
                .caught("webmail-quota-password-expiry", List.of(URGENCY), List.of())
                .play();

        // when
        List<CueBox> afterTuesday = CueSchedule.of(List.of(monday, tuesday));
        List<CueBox> afterThursday = CueSchedule.of(List.of(thursday, monday, tuesday));

        // then box 2 waits a day, box 3 three days
        assertThat(afterTuesday)
                .containsExactly(new CueBox(URGENCY, 2, tuesday.finished().plus(Duration.ofDays(1))));
        assertThat(afterThursday)
                .containsExactly(new CueBox(URGENCY, 3, thursday.finished().plus(Duration.ofDays(3))));
    }

    @Test
    void aMissSendsACueBackToTheFirstBox() {
        // given found twice, then missed again
        PlayResult monday = TestPlays.by("TEAM-B-07")
                .at(day(0))
                .letThrough("boss-gift-card-request", List.of(URGENCY))
                .play();
        PlayResult tuesday = TestPlays.by("TEAM-B-07")
                .at(day(1))
                .caught("parcel-redelivery-fee", List.of(URGENCY), List.of())
                .play();
        PlayResult friday = TestPlays.by("TEAM-B-07")
                .at(day(4))
                .caught("marketplace-seller-suspension", List.of(SENDER), List.of(URGENCY))
                .play();

        // when
        List<CueBox> boxes = CueSchedule.of(List.of(monday, tuesday, friday));

        // then
        assertThat(boxes).containsExactly(new CueBox(URGENCY, 1, friday.finished()));
    }

    @Test
    void aCueMissedOnOneItemAndFoundOnAnotherInTheSameRoundCountsAsMissed() {
        // given urgency in box 2, then a round that finds it in one email and misses it in another
        PlayResult monday = TestPlays.by("TEAM-B-07")
                .at(day(0))
                .letThrough("boss-gift-card-request", List.of(URGENCY))
                .play();
        PlayResult tuesday = TestPlays.by("TEAM-B-07")
                .at(day(1))
                .caught("parcel-redelivery-fee", List.of(URGENCY), List.of())
                .play();
        PlayResult wednesday = TestPlays.by("TEAM-B-07")
                .at(day(2))
                .letThrough("business-card-blocked-alert", List.of(URGENCY))
                .caught("webmail-quota-password-expiry", List.of(URGENCY), List.of())
                .play();

        // when
        List<CueBox> boxes = CueSchedule.of(List.of(monday, tuesday, wednesday));

        // then
        assertThat(boxes).extracting(CueBox::box).containsExactly(1);
    }

    @Test
    void theTopBoxIsNeverLeftByFindingTheCue() {
        // given a cue missed once, then found on seven more days
        TestPlays first = TestPlays.by("TEAM-B-07").at(day(0)).letThrough("boss-gift-card-request", List.of(LINK));
        List<PlayResult> plays = new ArrayList<>(List.of(first.play()));
        for (int d = 1; d <= 7; d++) {
            plays.add(TestPlays.by("TEAM-B-07")
                    .at(day(d * 20))
                    .caught("parcel-redelivery-fee", List.of(LINK), List.of())
                    .play());
        }

        // when
        List<CueBox> boxes = CueSchedule.of(plays);

        // then
        assertThat(boxes).extracting(CueBox::box).containsExactly(CueSchedule.TOP_BOX);
    }
}

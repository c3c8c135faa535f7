package org.vigil.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.training.TestPlays.day;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A participant's progress from hand-built histories: trends per module and what to play next. */
class TrainingProgressTest {

    private static final String LINK = "URL_HYPERLINKING";
    private static final String URGENCY = "SENSE_OF_URGENCY";
    private static final String SENDER = "DOMAIN_SPOOFING";
    private static final String ATTACHMENT = "ATTACHMENT_TYPE";

    /** Inbox Triage's easy emails teach the sender and link cues, its hard ones urgency and attachments. */
    private static final ModuleCoverage COVERAGE = ModuleCoverage.builder()
            .add(TrainingModule.INBOX_TRIAGE, Difficulty.EASY, List.of(SENDER, LINK))
            .add(TrainingModule.INBOX_TRIAGE, Difficulty.MEDIUM, List.of(SENDER, URGENCY))
            .add(TrainingModule.INBOX_TRIAGE, Difficulty.HARD, List.of(URGENCY, ATTACHMENT, LINK))
            .build();

    private static TrainingProgress progress(List<PlayResult> plays, int today) {
        return TrainingProgress.of("TEAM-B-07", plays, new NextPlay(COVERAGE), day(today));
    }

    /** A round of {@code right} right answers out of four, missing the cues given. */
    private static PlayResult round(int onDay, Difficulty difficulty, int right, String... missed) {
        TestPlays play = TestPlays.by("TEAM-B-07").at(day(onDay)).difficulty(difficulty);
        for (int i = 0; i < 4; i++) {
            if (i < right) {
                play.trusted("parcel-delivery-notice");
            } else {
                play.reported("supplier-monthly-invoice");
            }
        }
        if (missed.length > 0) {
            play.caught("parcel-redelivery-fee", List.of(), List.of(missed));
        }
        return play.play();
    }

    @Test
    void aNewParticipantStartsWithInboxTriageAtEasy() {
        // when
        TrainingProgress progress = progress(List.of(), 0);

        // then
        assertThat(progress.suggestion()).isEqualTo(Suggestion.FIRST);
        assertThat(progress.suggestion().module()).isEqualTo(TrainingModule.INBOX_TRIAGE);
        assertThat(progress.suggestion().difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(progress.modules()).isEmpty();
    }

    @Test
    void theSuggestionIsTheLevelWhoseContentCoversTheMostDueCuesAndNamesThem() {
        // given urgency, attachments and links missed on Monday at medium
        List<PlayResult> plays = List.of(round(0, Difficulty.MEDIUM, 3, URGENCY, ATTACHMENT, LINK));

        // when on Tuesday
        TrainingProgress progress = progress(plays, 1);

        // then hard covers all three, easy only the link; cues due together are named alphabetically
        assertThat(progress.suggestion())
                .isEqualTo(new Suggestion(
                        TrainingModule.INBOX_TRIAGE,
                        Difficulty.HARD,
                        Suggestion.Reason.PRACTISE_DUE_CUES,
                        List.of(ATTACHMENT, URGENCY, LINK)));
    }

    @Test
    void cuesNotYetDueAgainAreNotPractised() {
        // given the link missed Monday and found Tuesday (box 2: due Wednesday), nothing else missed
        List<PlayResult> plays = List.of(
                round(0, Difficulty.EASY, 2, LINK),
                TestPlays.by("TEAM-B-07")
                        .at(day(1))
                        .caught("parcel-redelivery-fee", List.of(LINK), List.of())
                        .trusted("parcel-delivery-notice")
                        .reported("supplier-monthly-invoice")
                        .play());

        // when still on Tuesday evening
        TrainingProgress tuesday = progress(plays, 1);
        // and on Thursday
        TrainingProgress thursday = progress(plays, 3);

        // then Tuesday has nothing due: the same level again, as the round went only so-so
        assertThat(tuesday.dueAt(day(1))).isEmpty();
        assertThat(tuesday.suggestion().reason()).isEqualTo(Suggestion.Reason.KEEP_GOING);
        assertThat(tuesday.suggestion().difficulty()).isEqualTo(Difficulty.EASY);
        // and by Thursday the link is due again, practised at easy (ties go to the easier level)
        assertThat(thursday.suggestion())
                .isEqualTo(new Suggestion(
                        TrainingModule.INBOX_TRIAGE,
                        Difficulty.EASY,
                        Suggestion.Reason.PRACTISE_DUE_CUES,
                        List.of(LINK)));
    }

    @Test
    void withNothingDueAGoodRoundStepsUpALevel() {
        // given a perfect easy round
        List<PlayResult> plays = List.of(round(0, Difficulty.EASY, 4));

        // when
        TrainingProgress progress = progress(plays, 1);

        // then
        assertThat(progress.suggestion())
                .isEqualTo(new Suggestion(
                        TrainingModule.INBOX_TRIAGE, Difficulty.MEDIUM, Suggestion.Reason.STEP_UP, List.of()));
    }

    @Test
    void aDueCueNoPlayableModuleTeachesLeavesTheSuggestionToTheLastRound() {
        // given a cue missed that none of the covered content teaches
        List<PlayResult> plays = List.of(round(0, Difficulty.HARD, 4, "LOGO_IMITATION"));

        // when
        TrainingProgress progress = progress(plays, 1);

        // then: nothing to step up to beyond hard
        assertThat(progress.dueAt(day(1))).extracting(CueBox::cue).containsExactly("LOGO_IMITATION");
        assertThat(progress.suggestion())
                .isEqualTo(new Suggestion(
                        TrainingModule.INBOX_TRIAGE, Difficulty.HARD, Suggestion.Reason.KEEP_GOING, List.of()));
    }

    @Test
    void accuracyOverTimeIsKeptPerModuleWithItsTrend() {
        // given Inbox Triage getting better over four rounds, one Fake Shop round
        PlayResult shop = TestPlays.by("TEAM-B-07")
                .at(day(2))
                .module(TrainingModule.FAKE_SHOP_DETECTIVE)
                .trusted("shop-order-confirmation")
                .play();
        List<PlayResult> plays = List.of(
                round(3, Difficulty.EASY, 4),
                round(0, Difficulty.EASY, 1),
                shop,
                round(1, Difficulty.EASY, 2),
                round(2, Difficulty.EASY, 3));

        // when
        TrainingProgress progress = progress(plays, 4);

        // then
        assertThat(progress.modules())
                .extracting(ModuleProgress::module)
                .containsExactly(TrainingModule.INBOX_TRIAGE, TrainingModule.FAKE_SHOP_DETECTIVE);
        ModuleProgress inbox = progress.modules().get(0);
        assertThat(inbox.points()).extracting(ProgressPoint::accuracy).containsExactly(0.25, 0.5, 0.75, 1.0);
        assertThat(inbox.points()).extracting(ProgressPoint::finished).isSorted();
        assertThat(inbox.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(progress.modules().get(1).trend()).isEqualTo(Trend.TOO_FEW_PLAYS);
    }

    @Test
    void theTrendComparesRecentRoundsWithTheOnesBefore() {
        assertThat(Trend.of(points(1.0, 0.75, 0.5))).isEqualTo(Trend.DECLINING);
        assertThat(Trend.of(points(0.5, 0.52))).isEqualTo(Trend.STEADY);
        assertThat(Trend.of(points(0.2, 0.9, 0.6, 0.6, 0.6, 0.6))).isEqualTo(Trend.STEADY);
    }

    private static List<ProgressPoint> points(double... accuracies) {
        List<ProgressPoint> points = new ArrayList<>();
        for (int i = 0; i < accuracies.length; i++) {
            points.add(new ProgressPoint(day(i), Difficulty.EASY, accuracies[i], 0, 10));
        }
        return points;
    }
}

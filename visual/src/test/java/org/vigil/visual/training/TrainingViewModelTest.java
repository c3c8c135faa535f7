package org.vigil.visual.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.RedFlag;
import org.vigil.content.awareness.ShippedAwareness;
import org.vigil.content.awareness.Verdict;
import org.vigil.core.store.Workspace;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.ModuleCoverage;
import org.vigil.core.training.ParticipantCode;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.Suggestion;
import org.vigil.core.training.TrainingModule;
import org.vigil.i18n.Language;
import org.vigil.visual.task.ImmediateBackground;

/**
 * The Training area without a toolkit: a fake game host, the shipped awareness emails as the round's
 * items, a real workspace in a temporary folder, and background work run at once.
 */
class TrainingViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Set<TrainingModule> ONLY_INBOX = Set.of(TrainingModule.INBOX_TRIAGE);
    private static AwarenessLibrary library;

    @TempDir
    Path folder;

    private Workspace workspace;
    private final FakeGames games = new FakeGames();
    private TrainingViewModel model;

    @BeforeAll
    static void readTheShippedContent() {
        library = new ShippedAwareness(new AwarenessReader()).load();
    }

    @BeforeEach
    void openWorkspace() throws Exception {
        workspace = Workspace.open(folder.resolve("workspace.vigil"));
        ModuleCoverage coverage = AwarenessCoverage.of(library, ONLY_INBOX);
        model = new TrainingViewModel(
                workspace.training(),
                games,
                ONLY_INBOX,
                () -> coverage,
                new ImmediateBackground(),
                Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    /** An easy German round on real emails: a phishing email caught finding only its first red flag, a legitimate one reported. */
    private static PlayResult germanRound(String participant) {
        EmailTemplate phishing = library.emails().stream()
                .filter(e -> e.info().verdict() == Verdict.PHISHING)
                .filter(e -> e.info().redFlags().size() > 1)
                .filter(e -> e.difficulty()
                        .map(d -> AwarenessCoverage.level(d) == Difficulty.EASY)
                        .orElse(false))
                .findFirst()
                .orElseThrow();
        EmailTemplate legitimate = library.emails().stream()
                .filter(e -> e.info().verdict() == Verdict.LEGITIMATE)
                .findFirst()
                .orElseThrow();
        List<String> cues = phishing.info().redFlags().stream()
                .map(RedFlag::cue)
                .map(Enum::name)
                .distinct()
                .toList();
        List<ItemOutcome> items = List.of(
                new ItemOutcome(
                        phishing.info().id(),
                        true,
                        true,
                        Duration.ofSeconds(21),
                        cues.subList(0, 1),
                        cues.subList(1, cues.size())),
                new ItemOutcome(legitimate.info().id(), false, false, Duration.ofSeconds(9), List.of(), List.of()));
        return new PlayResult(
                participant,
                TrainingModule.INBOX_TRIAGE,
                Difficulty.EASY,
                "de",
                NOW.minus(Duration.ofMinutes(3)),
                NOW.minus(Duration.ofMinutes(1)),
                12,
                30,
                items);
    }

    private void chooseAnEasyGermanInboxRound(String participant) {
        model.participantProperty().set(participant);
        model.moduleProperty().set(TrainingModule.INBOX_TRIAGE);
        model.difficultyProperty().set(Difficulty.EASY);
        model.languageProperty().set(Language.DE);
    }

    @Test
    void aFinishedRoundIsSavedAndItsFeedbackProgressAndSuggestionAreShown() {
        // given a new participant, who is told to start with Inbox Triage at easy
        chooseAnEasyGermanInboxRound("TEAM-B-07");
        assertThat(model.progressProperty().get().suggestion()).isEqualTo(Suggestion.FIRST);
        assertThat(model.canPlayProperty().get()).isTrue();

        // when they play, the game narrates, and the round ends
        model.play();
        FakeGames.Game game = games.last;
        game.narrate("Von: Paketdienst <service@paket-zustellung.example>");
        PlayResult round = germanRound("TEAM-B-07");
        game.finish(round);

        // then the game was asked for exactly what was chosen, and its text was shown
        assertThat(games.requests)
                .containsExactly(
                        new FakeGames.Request(TrainingModule.INBOX_TRIAGE, Difficulty.EASY, "de", "TEAM-B-07"));
        assertThat(model.narration()).containsExactly("Von: Paketdienst <service@paket-zustellung.example>");
        // the result is in the workspace, whole
        assertThat(workspace.training().plays("TEAM-B-07")).containsExactly(round);
        assertThat(model.knownParticipants()).containsExactly("TEAM-B-07");
        // the feedback sums the round up
        RoundFeedback feedback = model.feedbackProperty().get();
        assertThat(feedback.score()).isEqualTo(12);
        assertThat(feedback.accuracy()).isEqualTo(0.5);
        assertThat(feedback.falsePositives()).isEqualTo(1);
        assertThat(feedback.misses()).isZero();
        assertThat(feedback.meanTimePerItem()).isEqualTo(Duration.ofSeconds(15));
        assertThat(feedback.cuesMissed())
                .isEqualTo(List.copyOf(round.cuesMissed()))
                .isNotEmpty();
        // and progress has the round, with the missed cues to practise next, at easy where they were met
        var progress = model.progressProperty().get();
        assertThat(progress.modules()).hasSize(1);
        assertThat(progress.modules().get(0).points()).hasSize(1);
        Suggestion next = progress.suggestion();
        assertThat(next.reason()).isEqualTo(Suggestion.Reason.PRACTISE_DUE_CUES);
        assertThat(next.module()).isEqualTo(TrainingModule.INBOX_TRIAGE);
        assertThat(round.cuesMissed()).containsAll(next.cues());
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.info("training.notice.saved", "TEAM-B-07"));
    }

    @Test
    void anInvalidParticipantCodeBlocksPlayAndSaysWhy() {
        // given a name typed instead of a code
        chooseAnEasyGermanInboxRound("Maria Silva");

        // when
        model.play();

        // then
        assertThat(model.participantProblemProperty().get())
                .isEqualTo(ParticipantCode.Problem.NOT_LETTERS_DIGITS_DASHES);
        assertThat(model.canPlayProperty().get()).isFalse();
        assertThat(games.requests).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.error("training.notice.codeNeeded"));
        assertThat(model.progressProperty().get()).isNull();

        // and once corrected, play is possible
        model.participantProperty().set("MARIA-S");
        assertThat(model.participantProblemProperty().get()).isNull();
        assertThat(model.canPlayProperty().get()).isTrue();
    }

    @Test
    void aGameThatCannotStartSaysSoClearly() {
        // given a host that refuses to start
        games.refusing(new IllegalStateException("another game is already running in this window"));
        chooseAnEasyGermanInboxRound("TEAM-B-07");

        // when
        model.play();

        // then
        assertThat(model.noticeProperty().get())
                .isEqualTo(
                        Notice.error("training.notice.startFailed", "another game is already running in this window"));
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(model.canPlayProperty().get()).isTrue();
    }

    @Test
    void aGameWhoseResultFailsBeforeItSaysAnythingCouldNotStart() {
        // given
        chooseAnEasyGermanInboxRound("TEAM-B-07");
        model.play();

        // when the host fails after starting, e.g. the child process found no display
        games.last.fail(new IllegalStateException("no display for the game window"));

        // then
        assertThat(model.noticeProperty().get())
                .isEqualTo(Notice.error("training.notice.startFailed", "no display for the game window"));
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(workspace.training().participants()).isEmpty();
    }

    @Test
    void modulesNotReadyAreListedButCannotStart() {
        // given
        chooseAnEasyGermanInboxRound("TEAM-B-07");

        // when Fake Shop Detective is chosen and played
        model.moduleProperty().set(TrainingModule.FAKE_SHOP_DETECTIVE);
        model.play();

        // then
        assertThat(model.modules())
                .extracting(TrainingViewModel.ModuleChoice::module)
                .containsExactly(TrainingModule.values());
        assertThat(model.modules())
                .filteredOn(TrainingViewModel.ModuleChoice::playable)
                .extracting(TrainingViewModel.ModuleChoice::module)
                .containsExactly(TrainingModule.INBOX_TRIAGE);
        assertThat(model.canPlayProperty().get()).isFalse();
        assertThat(games.requests).isEmpty();
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.error("training.notice.notPlayable"));
    }

    @Test
    void aStoppedRoundRecordsNothing() {
        // given a round under way
        chooseAnEasyGermanInboxRound("TEAM-B-07");
        model.play();
        games.last.narrate("1 / 6");
        assertThat(model.playingProperty().get()).isTrue();
        assertThat(model.canPlayProperty().get()).isFalse();

        // when
        model.stop();

        // then
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.info("training.notice.stopped"));
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(workspace.training().participants()).isEmpty();
    }

    @Test
    void anEmbeddedGameIsShownAndAGameInItsOwnWindowIsSaidToBe() {
        // given an embedded host
        Pane picture = new Pane();
        games.embeddedAs(picture);
        chooseAnEasyGermanInboxRound("TEAM-B-07");

        // when
        model.play();

        // then
        assertThat(model.gameViewProperty().get()).isSameAs(picture);
        assertThat(model.ownWindowProperty().get()).isFalse();

        // and when the round ends the picture goes
        games.last.finish(germanRound("TEAM-B-07"));
        assertThat(model.gameViewProperty().get()).isNull();

        // given a child-process host next
        FakeGames windows = new FakeGames();
        TrainingViewModel inWindows = new TrainingViewModel(
                workspace.training(),
                windows,
                ONLY_INBOX,
                () -> ModuleCoverage.builder().build(),
                new ImmediateBackground(),
                Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC));
        inWindows.participantProperty().set("TEAM-B-07");

        // when
        inWindows.play();

        // then
        assertThat(inWindows.gameViewProperty().get()).isNull();
        assertThat(inWindows.ownWindowProperty().get()).isTrue();
    }

    @Test
    void aKnownParticipantsProgressLoadsWhenTheirCodeIsEnteredAndTheSuggestionCanBeTaken() {
        // given a participant who stepped up from an all-right round before
        PlayResult perfect = new PlayResult(
                "ANA-3",
                TrainingModule.INBOX_TRIAGE,
                Difficulty.EASY,
                "pt",
                NOW.minus(Duration.ofDays(2)),
                NOW.minus(Duration.ofDays(2)).plusSeconds(200),
                30,
                30,
                List.of(new ItemOutcome(
                        "parcel-delivery-notice", false, true, Duration.ofSeconds(7), List.of(), List.of())));
        workspace.training().save(perfect);
        model.loadParticipants();
        assertThat(model.knownParticipants()).containsExactly("ANA-3");

        // when their code is entered and the suggestion taken
        List<Object> loaded = new ArrayList<>();
        model.progressProperty().addListener((obs, old, now) -> loaded.add(now));
        model.participantProperty().set("ANA-3");
        model.useSuggestion();

        // then
        assertThat(loaded).hasSize(1);
        assertThat(model.progressProperty().get().suggestion().reason()).isEqualTo(Suggestion.Reason.STEP_UP);
        assertThat(model.moduleProperty().get()).isEqualTo(TrainingModule.INBOX_TRIAGE);
        assertThat(model.difficultyProperty().get()).isEqualTo(Difficulty.MEDIUM);
    }
}

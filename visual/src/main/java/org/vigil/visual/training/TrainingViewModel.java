package org.vigil.visual.training;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import org.vigil.core.store.TrainingRepository;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ModuleCoverage;
import org.vigil.core.training.NextPlay;
import org.vigil.core.training.ParticipantCode;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.Suggestion;
import org.vigil.core.training.TrainingModule;
import org.vigil.core.training.TrainingProgress;
import org.vigil.i18n.Language;
import org.vigil.visual.task.Background;

/**
 * The Training area: who plays (a pseudonymous code), which module at which difficulty and in which
 * content language; starting and stopping the game; its narration for screen readers; and, when a
 * round ends, the result saved in the workspace, its feedback and the participant's updated progress
 * with what to play next. Needs no toolkit: games start through {@link GameStarter}, the workspace is
 * read and written through {@link Background}, and game callbacks come back through {@code uiThread}.
 */
public final class TrainingViewModel {

    /** A module in the picker; one not playable yet is shown, disabled, as coming. */
    public record ModuleChoice(TrainingModule module, boolean playable) {}

    /** The narration kept beside the game; older lines scroll away so a long round stays light. */
    static final int NARRATION_LINES = 200;

    private final TrainingRepository results;
    private final GameStarter starter;
    private final Set<TrainingModule> playable;
    private final Supplier<ModuleCoverage> coverage;
    /** Built on first use, off the UI thread: the coverage reads the awareness library. */
    private NextPlay nextPlay; // guarded by this

    private final Background background;
    private final Executor uiThread;
    private final Clock clock;
    private final List<ModuleChoice> modules;

    private final StringProperty participant = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ParticipantCode.Problem> participantProblem =
            new ReadOnlyObjectWrapper<>(ParticipantCode.Problem.EMPTY);
    private final ObservableList<String> knownParticipants = FXCollections.observableArrayList();
    private final ObjectProperty<TrainingModule> module = new SimpleObjectProperty<>(TrainingModule.INBOX_TRIAGE);
    private final ObjectProperty<Difficulty> difficulty = new SimpleObjectProperty<>(Difficulty.EASY);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.EN);
    private final ReadOnlyBooleanWrapper canPlay = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Node> gameView = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ownWindow = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> narration = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RoundFeedback> feedback = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingProgress> progress = new ReadOnlyObjectWrapper<>();

    private StartedGame game;
    private boolean stopRequested;
    private boolean narrated;
    private Background.Job progressLoad;

    /**
     * @param results where plays are saved and read back ({@code workspace.training()})
     * @param starter starts a game (the application adapts the game module's hosts)
     * @param playable the modules that can be played now; the others are shown as coming
     * @param coverage which cues each playable module teaches, for the suggestion of what to play next;
     *     asked once, off the UI thread
     * @param uiThread where callbacks from the game (any thread) are handed to ({@code Platform::runLater})
     * @param clock decides which missed cues are due for practice
     */
    public TrainingViewModel(
            TrainingRepository results,
            GameStarter starter,
            Set<TrainingModule> playable,
            Supplier<ModuleCoverage> coverage,
            Background background,
            Executor uiThread,
            Clock clock) {
        this.results = results;
        this.starter = starter;
        this.playable = playable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(playable));
        this.coverage = coverage;
        this.background = background;
        this.uiThread = uiThread;
        this.clock = clock;
        this.modules = Arrays.stream(TrainingModule.values())
                .map(m -> new ModuleChoice(m, this.playable.contains(m)))
                .toList();
        participant.addListener((obs, old, now) -> participantChanged(now));
        module.addListener((obs, old, now) -> updateCanPlay());
    }

    // ---- choices

    /** The code typed or picked; validated as it changes, and its progress loaded once it is valid. */
    public StringProperty participantProperty() {
        return participant;
    }

    /** What is wrong with the code entered, or null when it is a valid code. */
    public ReadOnlyObjectProperty<ParticipantCode.Problem> participantProblemProperty() {
        return participantProblem.getReadOnlyProperty();
    }

    /** The codes with plays in the workspace, to pick from. */
    public ObservableList<String> knownParticipants() {
        return FXCollections.unmodifiableObservableList(knownParticipants);
    }

    /** All five modules in the order of the issue, with whether each can be played yet. */
    public List<ModuleChoice> modules() {
        return modules;
    }

    public ObjectProperty<TrainingModule> moduleProperty() {
        return module;
    }

    public List<Difficulty> difficulties() {
        return List.of(Difficulty.values());
    }

    public ObjectProperty<Difficulty> difficultyProperty() {
        return difficulty;
    }

    /** The nine languages the content exists in. */
    public List<Language> languages() {
        return Arrays.stream(Language.values())
                .filter(l -> l != Language.PSEUDO)
                .toList();
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** A valid code, a playable module and no round running. */
    public ReadOnlyBooleanProperty canPlayProperty() {
        return canPlay.getReadOnlyProperty();
    }

    // ---- the round

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The game's picture when it is embedded in the window; null otherwise. */
    public ReadOnlyObjectProperty<Node> gameViewProperty() {
        return gameView.getReadOnlyProperty();
    }

    /** True while the game plays in a window of its own. */
    public ReadOnlyBooleanProperty ownWindowProperty() {
        return ownWindow.getReadOnlyProperty();
    }

    /** The game's text and feedback, line by line, for screen readers. */
    public ObservableList<String> narration() {
        return FXCollections.unmodifiableObservableList(narration);
    }

    /** The latest message for the participant (started, saved, failed), or null. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The summary of the round just played, or null. */
    public ReadOnlyObjectProperty<RoundFeedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** The participant's progress and what to play next, or null before a valid code is entered. */
    public ReadOnlyObjectProperty<TrainingProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    // ---- commands

    /** Reads the participants known, off the UI thread. */
    public void loadParticipants() {
        background.submit(
                new Background.Description("training.status.loading"),
                results::participants,
                knownParticipants::setAll,
                failure -> notice.set(Notice.error("training.notice.loadFailed", reason(failure))));
    }

    /** Starts the chosen module for the participant, unless the code is invalid or the module not playable. */
    public void play() {
        if (playing.get()) {
            return;
        }
        if (participantProblem.get() != null) {
            notice.set(Notice.error("training.notice.codeNeeded"));
            return;
        }
        if (!playable.contains(module.get())) {
            notice.set(Notice.error("training.notice.notPlayable"));
            return;
        }
        StartedGame started;
        try {
            started =
                    starter.start(module.get(), difficulty.get(), language.get().tag(), participant.get());
        } catch (RuntimeException e) {
            notice.set(Notice.error("training.notice.startFailed", reason(e)));
            return;
        }
        game = started;
        stopRequested = false;
        narrated = false;
        narration.clear();
        feedback.set(null);
        Optional<Node> view = started.view();
        gameView.set(view.orElse(null));
        ownWindow.set(view.isEmpty());
        playing.set(true);
        updateCanPlay();
        notice.set(Notice.info("training.notice.started"));
        started.onNarration(line -> uiThread.execute(() -> narrate(started, line)));
        started.result().whenComplete((result, failure) -> uiThread.execute(() -> ended(started, result, failure)));
    }

    /** Ends the round early; nothing is recorded. */
    public void stop() {
        if (game != null) {
            stopRequested = true;
            game.stop();
        }
    }

    /** Chooses the suggested module and difficulty, if that module can be played. */
    public void useSuggestion() {
        TrainingProgress now = progress.get();
        Suggestion suggestion = now == null ? Suggestion.FIRST : now.suggestion();
        if (playable.contains(suggestion.module()) && !playing.get()) {
            module.set(suggestion.module());
            difficulty.set(suggestion.difficulty());
        }
    }

    // ---- inner workings

    private void participantChanged(String code) {
        participantProblem.set(ParticipantCode.check(code).orElse(null));
        updateCanPlay();
        if (progressLoad != null) {
            progressLoad.cancel();
        }
        if (participantProblem.get() != null) {
            progress.set(null);
            return;
        }
        progressLoad = background.submit(
                new Background.Description("training.status.loading"),
                () -> progressOf(code),
                this::showProgress,
                failure -> notice.set(Notice.error("training.notice.loadFailed", reason(failure))));
    }

    private TrainingProgress progressOf(String code) {
        return TrainingProgress.of(code, results.plays(code), nextPlay(), clock.instant());
    }

    private synchronized NextPlay nextPlay() {
        if (nextPlay == null) {
            nextPlay = new NextPlay(coverage.get());
        }
        return nextPlay;
    }

    private void showProgress(TrainingProgress loaded) {
        // a load for a code typed over since is stale
        if (loaded.participant().equals(participant.get())) {
            progress.set(loaded);
        }
    }

    private void narrate(StartedGame from, String line) {
        if (from != game) {
            return;
        }
        narrated = true;
        narration.add(line);
        if (narration.size() > NARRATION_LINES) {
            narration.remove(0, narration.size() - NARRATION_LINES);
        }
    }

    private void ended(StartedGame from, PlayResult result, Throwable failure) {
        if (from != game) {
            return;
        }
        game = null;
        playing.set(false);
        gameView.set(null);
        ownWindow.set(false);
        updateCanPlay();
        if (failure != null) {
            if (stopRequested) {
                notice.set(Notice.info("training.notice.stopped"));
            } else {
                // a game that never said anything never got going: it could not start
                notice.set(Notice.error(
                        narrated ? "training.notice.failed" : "training.notice.startFailed", reason(failure)));
            }
            return;
        }
        feedback.set(RoundFeedback.of(result));
        background.submit(
                new Background.Description("training.status.saving"),
                () -> {
                    results.save(result);
                    return new Saved(progressOf(result.participant()), results.participants());
                },
                saved -> {
                    knownParticipants.setAll(saved.participants());
                    showProgress(saved.progress());
                    notice.set(Notice.info("training.notice.saved", result.participant()));
                },
                error -> notice.set(Notice.error("training.notice.saveFailed", reason(error))));
    }

    private void updateCanPlay() {
        canPlay.set(participantProblem.get() == null && playable.contains(module.get()) && !playing.get());
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private record Saved(TrainingProgress progress, List<String> participants) {}
}

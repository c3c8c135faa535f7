package org.vigil.game.call;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.call.CallEnd;
import org.vigil.content.call.CallNode;
import org.vigil.content.call.CallOutcome;
import org.vigil.content.call.CallReply;
import org.vigil.content.call.PhoneCall;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.round.Focus;
import org.vigil.game.round.RoundClock;
import org.vigil.game.round.RoundItems;
import org.vigil.game.round.RoundLedger;
import org.vigil.game.round.Scoring;

/**
 * The rules of one Social Engineering Call round, free of any toolkit. Calls come one at a time; at
 * each turn the player picks one of the caller's offered replies or hangs up (always possible), and
 * after hanging up says what next: call back on a known number, report the call, or leave it. A call
 * ends safely or not; the feedback then names every cue of the call, acted on or missed. With a reply
 * limit (hard rounds) a turn left unanswered ends the call as timed out. Scoring never takes away:
 * {@value #SAFE_POINTS} for a safe end and {@value #CUE_POINTS} per cue acted on. Not thread-safe: the
 * game drives it from its one loop thread.
 */
public final class CallRound {

    public static final int SAFE_POINTS = 10;
    public static final int CUE_POINTS = 5;

    /** The cue a call back on a known number acts on, when the call teaches it. */
    static final String CALL_BACK_CUE = "callback-known-number";

    /** Where the round is: talking, deciding what to do after hanging up, reading the feedback, or done. */
    public enum Phase {
        TALKING,
        HUNG_UP,
        FEEDBACK,
        FINISHED
    }

    private static final Scoring SCORING = new Scoring(SAFE_POINTS, CUE_POINTS);

    private final RoundItems<PhoneCall> calls;
    private final RoundClock clock;
    private final Optional<Duration> replyLimit;
    private final RoundLedger<CallFeedback> feedback =
            new RoundLedger<>(TrainingModule.SOCIAL_ENGINEERING_CALL, CallRound::outcome);
    private final List<Turn> transcript = new ArrayList<>();
    private final Set<String> actedOn = new LinkedHashSet<>();
    private final Focus selected = new Focus();
    private CallNode node;
    private Instant turnStarted;
    private Phase phase = Phase.TALKING;

    /** @param replyLimit the time to answer each turn, empty for no limit */
    public CallRound(List<PhoneCall> calls, InstantSource clock, Optional<Duration> replyLimit) {
        this.calls = new RoundItems<>(calls, "a round needs at least one call");
        this.clock = new RoundClock(clock);
        this.replyLimit = Objects.requireNonNull(replyLimit, "replyLimit");
        ring();
    }

    public Phase phase() {
        return phase;
    }

    public PhoneCall current() {
        return calls.current();
    }

    /** The round's call at a place, from 0. */
    public PhoneCall call(int index) {
        return calls.get(index);
    }

    public int position() {
        return calls.position();
    }

    public int size() {
        return calls.size();
    }

    public CallNode node() {
        return node;
    }

    public List<Turn> transcript() {
        return List.copyOf(transcript);
    }

    public Optional<Duration> replyLimit() {
        return replyLimit;
    }

    /** How long is left to answer this turn, if the round has a limit and a reply is awaited. */
    public Optional<Duration> timeLeft() {
        if (phase != Phase.TALKING) {
            return Optional.empty();
        }
        return replyLimit.map(limit -> clock.left(limit, turnStarted));
    }

    /** The replies on offer: the caller's node's while talking, none otherwise (see {@link #afterChoices()}). */
    public List<CallReply> replies() {
        return phase == Phase.TALKING ? node.replies() : List.of();
    }

    /** The choices after hanging up, while they are asked for. */
    public List<AfterHangUp> afterChoices() {
        return phase == Phase.HUNG_UP ? List.of(AfterHangUp.values()) : List.of();
    }

    /** How many choices are on screen now. */
    public int choiceCount() {
        return phase == Phase.TALKING ? node.replies().size() : afterChoices().size();
    }

    public int selected() {
        return selected.index();
    }

    public void selectNext() {
        selected.next(choiceCount());
    }

    public void selectPrevious() {
        selected.previous(choiceCount());
    }

    /** Picks the selected choice, as Enter does. */
    public Optional<CallFeedback> chooseSelected() {
        return choose(selected.index());
    }

    /**
     * Picks a choice by its place on screen (from 0): a reply while talking, what to do after hanging
     * up; returns the feedback if that ended the call. Out-of-range choices are ignored.
     */
    public Optional<CallFeedback> choose(int index) {
        if (index < 0 || index >= choiceCount()) {
            return Optional.empty();
        }
        if (phase == Phase.HUNG_UP) {
            return Optional.of(afterHangUp(AfterHangUp.values()[index]));
        }
        CallReply reply = node.replies().get(index);
        transcript.add(new Turn(Turn.Speaker.PLAYER, current().reply(reply.id())));
        reply.acts().forEach(actedOn::add);
        if (reply.next().isPresent()) {
            node = current().script().node(reply.next().get()).orElseThrow();
            transcript.add(new Turn(Turn.Speaker.CALLER, current().line(node.id())));
            newTurn();
            return Optional.empty();
        }
        CallEnd end = current().script().end(reply.end().orElseThrow()).orElseThrow();
        return Optional.of(close(end.outcome(), Optional.of(end.id()), end));
    }

    /** Hangs up: always possible while talking; then the player says what next. */
    public void hangUp() {
        if (phase == Phase.TALKING) {
            transcript.add(new Turn(Turn.Speaker.EVENT, CallOutcome.HUNG_UP.name()));
            phase = Phase.HUNG_UP;
            selected.reset();
        }
    }

    /** Ends the call as timed out once the turn's limit has passed; the game calls this every frame. */
    public Optional<CallFeedback> tick() {
        if (timeLeft().filter(Duration::isZero).isEmpty()) {
            return Optional.empty();
        }
        transcript.add(new Turn(Turn.Speaker.EVENT, CallOutcome.TIMED_OUT.name()));
        return Optional.of(close(CallOutcome.TIMED_OUT, Optional.empty(), null));
    }

    /** From the feedback to the next call, or to the end of the round after the last one. */
    public void next() {
        if (phase != Phase.FEEDBACK) {
            return;
        }
        if (calls.advance(clock)) {
            ring();
        } else {
            phase = Phase.FINISHED;
        }
    }

    /** The feedback on the call just ended, while it is shown. */
    public Optional<CallFeedback> feedback() {
        return phase == Phase.FEEDBACK ? Optional.of(feedback.last()) : Optional.empty();
    }

    public List<CallFeedback> ended() {
        return feedback.all();
    }

    public int score() {
        return feedback.score();
    }

    /** The most a round of these calls can earn: every call ended safely with every cue acted on. */
    public int maxScore() {
        return calls.sum(c -> SCORING.most(c.script().cues().size()));
    }

    public List<ItemOutcome> outcomes() {
        return feedback.outcomes();
    }

    /** The play as recorded; only once the round is finished. */
    public PlayResult result(String participant, Difficulty difficulty, String languageTag) {
        if (phase != Phase.FINISHED) {
            throw new IllegalStateException("the round is not finished");
        }
        return feedback.result(participant, difficulty, languageTag, clock, maxScore());
    }

    private void ring() {
        transcript.clear();
        actedOn.clear();
        node = current().script().startNode();
        transcript.add(new Turn(Turn.Speaker.CALLER, current().line(node.id())));
        phase = Phase.TALKING;
        newTurn();
    }

    private void newTurn() {
        selected.reset();
        turnStarted = clock.now();
    }

    private CallFeedback afterHangUp(AfterHangUp choice) {
        transcript.add(new Turn(Turn.Speaker.EVENT, choice.name()));
        boolean malicious = current().script().malicious();
        return switch (choice) {
            case CALL_BACK -> {
                actedOn.add(CALL_BACK_CUE);
                yield close(CallOutcome.CALLED_BACK, Optional.empty(), null);
            }
            case REPORT -> close(CallOutcome.REPORTED, Optional.empty(), null, malicious);
            case LEAVE -> close(CallOutcome.HUNG_UP, Optional.empty(), null, malicious);
        };
    }

    private CallFeedback close(CallOutcome outcome, Optional<String> endId, CallEnd end) {
        boolean safe = end != null ? end.safe() : outcome == CallOutcome.CALLED_BACK;
        return close(outcome, endId, end, safe);
    }

    private CallFeedback close(CallOutcome outcome, Optional<String> endId, CallEnd end, boolean safe) {
        PhoneCall call = current();
        List<CueResult> cues = call.script().cues().stream()
                .map(cue -> new CueResult(cue, call.cueExplanation(cue), actedOn.contains(cue)))
                .toList();
        long acted = cues.stream().filter(CueResult::actedOn).count();
        CallFeedback result = new CallFeedback(
                call,
                outcome,
                endId,
                end == null ? Optional.empty() : end.discloses(),
                safe,
                clock.sinceShown(),
                cues,
                SCORING.points(safe, acted));
        feedback.record(result);
        phase = Phase.FEEDBACK;
        return result;
    }

    private static ItemOutcome outcome(CallFeedback feedback) {
        return RoundLedger.outcome(
                feedback.call().id(),
                feedback.call().script().malicious(),
                feedback,
                feedback.cues(),
                CueResult::actedOn,
                CueResult::cue);
    }
}

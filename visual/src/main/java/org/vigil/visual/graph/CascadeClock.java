package org.vigil.visual.graph;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.StartCondition;
import org.vigil.visual.selection.SituationSelection;

/**
 * The time slider's model: the cascade minute the graph shows (kept in the window's
 * {@link SituationSelection}, so other views follow it), its range up to the run's last horizon,
 * stepping, jumping to a horizon, and whether it plays. The view's animation calls {@link #tick()}
 * while playing; this class keeps no timer, so tests step it by hand.
 */
public final class CascadeClock {

    public static final double DEFAULT_STEP_MINUTES = 15;

    private final SituationSelection selection;
    private final ReadOnlyDoubleWrapper maximum = new ReadOnlyDoubleWrapper(this, "maximum", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final DoubleProperty stepMinutes = new SimpleDoubleProperty(this, "stepMinutes", DEFAULT_STEP_MINUTES);
    private final ObservableList<Double> horizons = FXCollections.observableArrayList();

    public CascadeClock(SituationSelection selection) {
        this.selection = selection;
    }

    /** The minute shown, from 0 (the first open incident) to {@link #maximumProperty()}. */
    public ReadOnlyObjectProperty<Double> minuteProperty() {
        return selection.cascadeMinuteProperty();
    }

    public double minute() {
        Double minute = selection.cascadeMinuteProperty().get();
        return minute == null ? 0 : minute;
    }

    public ReadOnlyDoubleProperty maximumProperty() {
        return maximum.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** How far one step moves, in minutes. */
    public DoubleProperty stepMinutesProperty() {
        return stepMinutes;
    }

    /** The run's horizons in minutes, earliest first; empty without a cascade. */
    public ObservableList<Double> horizons() {
        return FXCollections.unmodifiableObservableList(horizons);
    }

    /** A new run: its horizons and its range; the minute stays where it was if it still fits. */
    public void follow(Optional<CascadeResult> result) {
        List<Double> next = result.map(CascadeResult::horizons).orElse(List.of());
        if (!horizons.equals(next)) {
            horizons.setAll(next);
        }
        double end = next.isEmpty() ? 0 : next.get(next.size() - 1);
        // A start later than the last horizon (a late incident) must still be reachable.
        for (StartCondition start : result.map(CascadeResult::startConditions).orElse(List.of())) {
            end = Math.max(end, start.startMinute());
        }
        maximum.set(end);
        if (minute() > end) {
            setMinute(end);
        }
        if (end == 0) {
            pause();
        }
    }

    public void setMinute(double minute) {
        double clamped = Math.max(0, Math.min(maximum.get(), minute));
        if (clamped != minute() || selection.cascadeMinuteProperty().get() == null) {
            selection.cascadeMinuteProperty().set(clamped);
        }
    }

    /** One step forward ({@code +1}) or back ({@code -1}). */
    public void step(int direction) {
        setMinute(minute() + Integer.signum(direction) * stepMinutes.get());
    }

    /** Jumps to horizon {@code index} of {@link #horizons()}; an index out of range changes nothing. */
    public void jumpTo(int index) {
        if (index >= 0 && index < horizons.size()) {
            setMinute(horizons.get(index));
        }
    }

    public void toStart() {
        setMinute(0);
    }

    public void toEnd() {
        setMinute(maximum.get());
    }

    /** Starts playing; from the end it starts over. Nothing to play without a cascade. */
    public void play() {
        if (maximum.get() <= 0) {
            return;
        }
        if (minute() >= maximum.get()) {
            toStart();
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One frame of playing: a step forward, stopping at the end. */
    public void tick() {
        if (!playing.get()) {
            return;
        }
        step(1);
        if (minute() >= maximum.get()) {
            pause();
        }
    }
}

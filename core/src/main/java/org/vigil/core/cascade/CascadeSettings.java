package org.vigil.core.cascade;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Knobs of a cascade run.
 *
 * @param failedLevel impact level of a start asset that {@link StartState#FAILED failed}
 * @param compromisedLevel impact level of a {@link StartState#COMPROMISED compromised} start asset
 * @param degradedLevel impact level of a {@link StartState#DEGRADED degraded} start asset
 * @param horizonMinutes the times (minutes after the reference time, ascending) at which every
 *     asset's impact is reported; the last one bounds the loss integral
 * @param lossStepMinutes step of the numerical integration of impact over time for losses
 * @param tolerableImpact an impact a business can live with: a manual fallback whose residual
 *     level is at most this ends the disruption as far as continuity targets go
 */
public record CascadeSettings(
        double failedLevel,
        double compromisedLevel,
        double degradedLevel,
        List<Double> horizonMinutes,
        double lossStepMinutes,
        double tolerableImpact) {

    /** +15 min, 1 h, 4 h, 24 h and 72 h. */
    public static final List<Double> DEFAULT_HORIZONS = List.of(15.0, 60.0, 240.0, 1440.0, 4320.0);

    public static final CascadeSettings DEFAULTS = new CascadeSettings(1.0, 1.0, 0.5, DEFAULT_HORIZONS, 1.0, 0.5);

    public CascadeSettings {
        for (double level : new double[] {failedLevel, compromisedLevel, degradedLevel}) {
            if (!(level > 0 && level <= 1)) {
                throw new IllegalArgumentException("a start level must lie in (0, 1]: " + level);
            }
        }
        horizonMinutes = List.copyOf(horizonMinutes);
        if (horizonMinutes.isEmpty()) {
            throw new IllegalArgumentException("need at least one horizon");
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (double h : horizonMinutes) {
            if (!Double.isFinite(h) || h <= previous) {
                throw new IllegalArgumentException("horizons must be finite and ascending: " + horizonMinutes);
            }
            previous = h;
        }
        if (!(lossStepMinutes > 0 && lossStepMinutes < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("loss step must be > 0: " + lossStepMinutes);
        }
        if (!(tolerableImpact >= 0 && tolerableImpact <= 1)) {
            throw new IllegalArgumentException("tolerable impact must lie in [0, 1]: " + tolerableImpact);
        }
    }

    public double levelOf(StartState state) {
        return switch (Objects.requireNonNull(state, "state")) {
            case FAILED -> failedLevel;
            case COMPROMISED -> compromisedLevel;
            case DEGRADED -> degradedLevel;
        };
    }

    public CascadeSettings withLevel(StartState state, double level) {
        return new CascadeSettings(
                state == StartState.FAILED ? level : failedLevel,
                state == StartState.COMPROMISED ? level : compromisedLevel,
                state == StartState.DEGRADED ? level : degradedLevel,
                horizonMinutes,
                lossStepMinutes,
                tolerableImpact);
    }

    public CascadeSettings withHorizons(double... minutes) {
        return new CascadeSettings(
                failedLevel,
                compromisedLevel,
                degradedLevel,
                Arrays.stream(minutes).boxed().toList(),
                lossStepMinutes,
                tolerableImpact);
    }

    public CascadeSettings withLossStep(double minutes) {
        return new CascadeSettings(
                failedLevel, compromisedLevel, degradedLevel, horizonMinutes, minutes, tolerableImpact);
    }

    public CascadeSettings withTolerableImpact(double impact) {
        return new CascadeSettings(
                failedLevel, compromisedLevel, degradedLevel, horizonMinutes, lossStepMinutes, impact);
    }

    /** The last horizon: losses are counted up to it. */
    public double lastHorizon() {
        return horizonMinutes.get(horizonMinutes.size() - 1);
    }

    double[] horizonArray() {
        return horizonMinutes.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

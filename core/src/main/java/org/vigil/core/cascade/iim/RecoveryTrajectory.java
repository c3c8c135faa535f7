package org.vigil.core.cascade.iim;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the dynamic model predicts: the inoperability of every sector at steps 0 to {@link
 * #steps()} ({@code inoperability[step][sector]}, in {@code sectorIds} order), the step length, and
 * each sector's economic loss over the simulated period.
 */
public record RecoveryTrajectory(List<String> sectorIds, double[][] inoperability, double stepMinutes, double[] loss) {

    public RecoveryTrajectory {
        sectorIds = List.copyOf(sectorIds);
        Objects.requireNonNull(inoperability, "inoperability");
        Objects.requireNonNull(loss, "loss");
        if (inoperability.length == 0) {
            throw new IllegalArgumentException("a trajectory holds at least the initial step");
        }
        if (loss.length != sectorIds.size()) {
            throw new IllegalArgumentException(
                    "loss has " + loss.length + " entries but there are " + sectorIds.size() + " sectors");
        }
        double[][] copy = new double[inoperability.length][];
        for (int step = 0; step < inoperability.length; step++) {
            if (inoperability[step].length != sectorIds.size()) {
                throw new IllegalArgumentException("step " + step + " has " + inoperability[step].length
                        + " entries but there are " + sectorIds.size() + " sectors");
            }
            copy[step] = inoperability[step].clone();
        }
        inoperability = copy;
        loss = loss.clone();
        if (!(stepMinutes > 0)) {
            throw new IllegalArgumentException("step length must be positive, got " + stepMinutes);
        }
    }

    /** Number of simulated steps; the trajectory has one more row, for step 0. */
    public int steps() {
        return inoperability.length - 1;
    }

    @Override
    public double[][] inoperability() {
        double[][] copy = new double[inoperability.length][];
        for (int step = 0; step < inoperability.length; step++) {
            copy[step] = inoperability[step].clone();
        }
        return copy;
    }

    @Override
    public double[] loss() {
        return loss.clone();
    }

    public double inoperability(String sectorId, int step) {
        if (step < 0 || step > steps()) {
            throw new IllegalArgumentException("step " + step + " is outside 0.." + steps());
        }
        return inoperability[step][positionOf(sectorId)];
    }

    /** The sector's inoperability at steps 0 to {@link #steps()}. */
    public double[] inoperabilityOf(String sectorId) {
        int sector = positionOf(sectorId);
        double[] series = new double[inoperability.length];
        for (int step = 0; step < series.length; step++) {
            series[step] = inoperability[step][sector];
        }
        return series;
    }

    /** The highest inoperability the sector reaches. */
    public double peak(String sectorId) {
        return Arrays.stream(inoperabilityOf(sectorId)).max().orElseThrow();
    }

    public double loss(String sectorId) {
        return loss[positionOf(sectorId)];
    }

    public double totalLoss() {
        return Arrays.stream(loss).sum();
    }

    /**
     * The first step from which the sector's inoperability stays at or below {@code threshold} until
     * the end; empty if it is still above at the last step. A sector that first gets worse through
     * its dependencies recovers only after that rise, not at step 0.
     */
    public OptionalInt recoveryStep(String sectorId, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("recovery threshold must be within [0, 1], got " + threshold);
        }
        double[] series = inoperabilityOf(sectorId);
        int step = series.length;
        while (step > 0 && series[step - 1] <= threshold) {
            step--;
        }
        return step == series.length ? OptionalInt.empty() : OptionalInt.of(step);
    }

    /** {@link #recoveryStep} in minutes after the start of the simulation. */
    public OptionalDouble recoveryMinutes(String sectorId, double threshold) {
        OptionalInt step = recoveryStep(sectorId, threshold);
        return step.isPresent() ? OptionalDouble.of(step.getAsInt() * stepMinutes) : OptionalDouble.empty();
    }

    private int positionOf(String sectorId) {
        int position = sectorIds.indexOf(sectorId);
        if (position < 0) {
            throw new IllegalArgumentException("unknown sector '" + sectorId + "'");
        }
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecoveryTrajectory that
                && sectorIds.equals(that.sectorIds)
                && Arrays.deepEquals(inoperability, that.inoperability)
                && Double.compare(stepMinutes, that.stepMinutes) == 0
                && Arrays.equals(loss, that.loss);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sectorIds, Arrays.deepHashCode(inoperability), stepMinutes, Arrays.hashCode(loss));
    }

    @Override
    public String toString() {
        return "RecoveryTrajectory[sectors=" + sectorIds + ", steps=" + steps() + ", stepMinutes=" + stepMinutes
                + ", loss=" + Arrays.toString(loss) + "]";
    }
}

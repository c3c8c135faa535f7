package org.vigil.game.route;

/** What became of one step of the insider's plan. */
public enum StepResult {
    /** The insider did it and nobody noticed. */
    ACHIEVED,
    /** A mitigation made the step impossible; the plan ends here. */
    BLOCKED,
    /** The step happened but a mitigation raised the alarm; the response ends the plan. */
    DETECTED,
    /** The plan had already been stopped before this step. */
    NOT_REACHED;

    /** Whether the insider got what this step was for. */
    public boolean achieved() {
        return this == ACHIEVED;
    }
}

package org.vigil.core.training;

import java.util.List;
import java.util.Objects;

/** A participant's plays of one module in the order they finished, and where their accuracy is heading. */
public record ModuleProgress(TrainingModule module, List<ProgressPoint> points, Trend trend) {

    public ModuleProgress {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(trend, "trend");
        points = List.copyOf(points);
    }

    static ModuleProgress of(TrainingModule module, List<ProgressPoint> points) {
        return new ModuleProgress(module, points, Trend.of(points));
    }
}

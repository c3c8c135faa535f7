package org.vigil.bench.game;

import java.time.Duration;
import java.util.List;

/** Times from the child-process host's {@code start} to the child's first frame, one per launch. */
record FirstFrameTimes(List<Duration> times) {

    FirstFrameTimes {
        times = List.copyOf(times);
        if (times.isEmpty()) {
            throw new IllegalArgumentException("no launch was timed");
        }
    }

    Duration median() {
        List<Duration> sorted = times.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    Duration min() {
        return times.stream().min(Duration::compareTo).orElseThrow();
    }

    Duration max() {
        return times.stream().max(Duration::compareTo).orElseThrow();
    }
}

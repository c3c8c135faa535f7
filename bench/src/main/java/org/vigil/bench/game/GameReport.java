package org.vigil.bench.game;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The results as a Markdown table for README's Performance section, against the targets: at
 * least {@value #SHOWN_FPS_TARGET} frames shown per second embedded, under {@value
 * #FIRST_FRAME_TARGET_SECONDS} s from start to first frame in a child process. A ratio of 1 or more
 * means the target is met: shown fps / target, and target / time to first frame.
 */
final class GameReport {

    static final double SHOWN_FPS_TARGET = 55;
    static final double FIRST_FRAME_TARGET_SECONDS = 1.5;

    private final PrintStream out;

    GameReport(PrintStream out) {
        this.out = out;
    }

    void header() {
        out.println("| measure | value | target | ratio to target |");
        out.println("|---|---|---|---|");
    }

    void embedded(EmbeddedResult result) {
        FrameWindow w = result.window();
        row("embedded: frames the game rendered per second", f("%.1f", w.renderedPerSecond()), "", "");
        row(
                "embedded: frames JavaFX showed per second",
                f("%.1f", w.shownPerSecond()),
                f("≥ %.0f", SHOWN_FPS_TARGET),
                f("%.2f", w.shownPerSecond() / SHOWN_FPS_TARGET));
        row("embedded: JavaFX pulses per second", f("%.1f", w.pulsesPerSecond()), "", "");
        row(
                "embedded: process CPU per shown frame",
                f("%.1f ms (%.2f cores)", w.cpuMillisPerShownFrame(), w.cores()),
                "",
                "");
    }

    void child(FirstFrameTimes times) {
        double median = times.median().toNanos() / 1e9;
        row(
                f(
                        "child process: start to first frame, median of %d (min – max)",
                        times.times().size()),
                f(
                        "%.2f s (%.2f – %.2f)",
                        median, times.min().toNanos() / 1e9, times.max().toNanos() / 1e9),
                f("< %.1f s", FIRST_FRAME_TARGET_SECONDS),
                f("%.2f", FIRST_FRAME_TARGET_SECONDS / median));
    }

    private void row(String measure, String value, String target, String ratio) {
        out.printf("| %s | %s | %s | %s |%n", measure, value, target, ratio);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

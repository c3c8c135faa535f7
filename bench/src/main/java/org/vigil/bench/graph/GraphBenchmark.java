package org.vigil.bench.graph;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.vigil.visual.graph.render.GraphCanvas;
import org.vigil.visual.graph.render.GraphStreamRenderer;
import org.vigil.visual.graph.scene.GraphScene;

/**
 * Vigil's {@link GraphCanvas} against GraphStream's JavaFX viewer ({@link GraphStreamRenderer}) on
 * the same generated scenes ({@link GeneratedScene}: 1k to 50k nodes, twice as many edges) in the
 * same run, in a window of the same size, headless through Monocle with the software pipeline.
 *
 * <p>A frame is one full redraw and its rasterisation: the renderer draws its whole view, then a
 * snapshot of the view makes JavaFX render the canvas's queued commands into pixels (without it a
 * canvas only records them). The snapshot's own cost (reading the pixels back) is measured alone on
 * an empty canvas and printed, and is in both renderers' frames alike. Two views per scene: fitted
 * (everything in view, far zoom) and zoomed in on a tenth of the scene's area round its centre,
 * where culling counts. Per renderer, scene and view: {@code --warmup} untimed frames, then {@code
 * --runs} timed ones; the median is reported with min and max, as frames per second, and the ratio
 * of the canvas's to GraphStream's frames per second.
 *
 * <pre>
 * GraphBenchmark [--sizes 1000,5000,20000,50000] [--runs R] [--warmup W] [--width PX] [--height PX]
 *                [--seed S] [--skip-graphstream]
 * </pre>
 *
 * Exit code 2 for bad options, 1 if JavaFX cannot start or a renderer fails.
 */
public final class GraphBenchmark {

    private static final long FX_TIMEOUT_MINUTES = 30;
    private static final String ROW = "%8s %8s  %-14s %10s %19s %8s %10s %19s %8s %8s%n";

    private final GraphBenchOptions options;
    private GraphCanvas canvas;
    private GraphStreamRenderer graphStream;
    private WritableImage image;

    private GraphBenchmark(GraphBenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        GraphBenchOptions options;
        try {
            options = GraphBenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(GraphBenchOptions.USAGE);
            System.exit(2);
            return;
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            started.get(1, TimeUnit.MINUTES);
        } catch (RuntimeException | TimeoutException e) {
            System.err.println("JavaFX cannot start: " + e);
            System.exit(1);
            return;
        }
        Platform.setImplicitExit(false);
        int status = 1;
        try {
            new GraphBenchmark(options).run();
            status = 0;
        } finally {
            // JavaFX's thread would keep the JVM alive after a failure too.
            Platform.exit();
            System.exit(status);
        }
    }

    private void run() throws Exception {
        machine();
        onFx(() -> {
            canvas = new GraphCanvas();
            window(canvas, "canvas");
            if (!options.skipGraphStream()) {
                graphStream = new GraphStreamRenderer();
                window(graphStream.view(), "GraphStream");
            }
            image = new WritableImage(options.width(), options.height());
            return null;
        });
        double floor = onFx(() -> {
            canvas.show(GraphScene.empty());
            return time(canvas, canvas::paintNow).median();
        });
        System.out.printf(
                Locale.ROOT,
                "snapshot of an empty %dx%d canvas (in every frame below): %.2f ms%n%n",
                options.width(),
                options.height(),
                floor);

        System.out.printf(
                Locale.ROOT,
                ROW,
                "nodes",
                "edges",
                "view",
                "canvas ms",
                "(min – max)",
                "fps",
                "GS ms",
                "(min – max)",
                "fps",
                "ratio");
        List<String> notes = new ArrayList<>();
        for (int size : options.sizes()) {
            GraphScene scene = GeneratedScene.generate(size, 2 * size, options.seed() + size);
            double w = scene.width() / Math.sqrt(10);
            double h = scene.height() / Math.sqrt(10);
            double x = (scene.width() - w) / 2;
            double y = (scene.height() - h) / 2;

            FrameTimes canvasFit = onFx(() -> {
                canvas.show(scene);
                canvas.fitToView();
                return time(canvas, canvas::paintNow);
            });
            FrameTimes canvasZoom = onFx(() -> {
                canvas.showArea(x, y, w, h);
                return time(canvas, canvas::paintNow);
            });
            FrameTimes gsFit = null;
            FrameTimes gsZoom = null;
            if (graphStream != null) {
                long t0 = System.nanoTime();
                onFx(() -> {
                    graphStream.show(scene);
                    return null;
                });
                notes.add(String.format(
                        Locale.ROOT,
                        "GraphStream graph of %,d nodes built in %,.0f ms (not timed)",
                        size,
                        (System.nanoTime() - t0) / 1e6));
                gsFit = onFx(() -> {
                    graphStream.fitToView();
                    return time(graphStream.view(), graphStream::paintNow);
                });
                gsZoom = onFx(() -> {
                    graphStream.showArea(x, y, w, h);
                    return time(graphStream.view(), graphStream::paintNow);
                });
            }
            row(size, scene.edges().size(), "fit", canvasFit, gsFit);
            row(size, scene.edges().size(), "zoom 1/10 area", canvasZoom, gsZoom);
        }
        notes.forEach(n -> System.out.println("  " + n));
        System.out.printf(
                Locale.ROOT,
                "ms: one full redraw plus rasterisation (snapshot), median of %d frames after %d warm-up;"
                        + " fps = 1000 / median; ratio = canvas fps / GraphStream fps; load average now %.2f%n",
                options.runs(),
                options.warmup(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void window(Region view, String title) {
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.setScene(new Scene(new StackPane(view), options.width(), options.height()));
        stage.show();
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
    }

    /** Warm-up frames, then timed ones: each a full redraw and a snapshot that rasterises it. */
    private FrameTimes time(Node view, Runnable redraw) {
        view.getParent().layout();
        for (int k = 0; k < options.warmup(); k++) {
            redraw.run();
            view.snapshot(null, image);
        }
        double[] millis = new double[options.runs()];
        for (int k = 0; k < millis.length; k++) {
            long t0 = System.nanoTime();
            redraw.run();
            view.snapshot(null, image);
            millis[k] = (System.nanoTime() - t0) / 1e6;
        }
        return new FrameTimes(millis);
    }

    private void row(int nodes, int edges, String view, FrameTimes canvasTimes, FrameTimes gsTimes) {
        System.out.printf(
                Locale.ROOT,
                ROW,
                String.format(Locale.ROOT, "%,d", nodes),
                String.format(Locale.ROOT, "%,d", edges),
                view,
                String.format(Locale.ROOT, "%,.1f", canvasTimes.median()),
                String.format(Locale.ROOT, "(%,.1f – %,.1f)", canvasTimes.min(), canvasTimes.max()),
                String.format(Locale.ROOT, "%,.1f", canvasTimes.fps()),
                gsTimes == null ? "–" : String.format(Locale.ROOT, "%,.1f", gsTimes.median()),
                gsTimes == null ? "" : String.format(Locale.ROOT, "(%,.1f – %,.1f)", gsTimes.min(), gsTimes.max()),
                gsTimes == null ? "–" : String.format(Locale.ROOT, "%,.2f", gsTimes.fps()),
                gsTimes == null ? "–" : String.format(Locale.ROOT, "%.1f", canvasTimes.fps() / gsTimes.fps()));
    }

    private static void machine() {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "Java %s, JavaFX %s, glass %s, prism %s, %d processors, load average %.2f, max heap %,d MiB%n",
                System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"),
                System.getProperty("glass.platform", "default"),
                System.getProperty("prism.order", "default"),
                rt.availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                rt.maxMemory() / (1024 * 1024));
    }

    /** Runs work on the JavaFX thread and waits for its result. */
    private static <T> T onFx(Supplier<T> work) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(FX_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    }
}

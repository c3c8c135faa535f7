package org.vigil.visual.graph.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.vigil.visual.graph.scene.GraphScene;

/**
 * The graph as a file: PNG drawn with Java2D by the same {@link ScenePainter} as the canvas (so it
 * works headless), SVG written element by element ({@link SvgSceneWriter}). Both show the scene's
 * whole extent at world scale (a PNG larger than {@value #MAX_PNG_SIDE} pixels is scaled down) and
 * are written to a temporary file moved into place. Off the UI thread: neither touches JavaFX.
 */
public final class GraphExport {

    /** The longest side of an exported PNG, in pixels. */
    public static final int MAX_PNG_SIDE = 8192;

    private final GraphStyle style;

    public GraphExport() {
        this(new GraphStyle());
    }

    public GraphExport(GraphStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    public void png(GraphScene scene, Path file) throws IOException {
        Objects.requireNonNull(scene, "scene");
        SceneIndex index = new SceneIndex(scene, style);
        double[] e = index.extent();
        double w = Math.max(1, e[2] - e[0]);
        double h = Math.max(1, e[3] - e[1]);
        double scale = Math.min(1, MAX_PNG_SIDE / Math.max(w, h));
        int width = Math.max(1, (int) Math.ceil(w * scale));
        int height = Math.max(1, (int) Math.ceil(h * scale));
        Viewport view = new Viewport();
        view.set(scale, -e[0] * scale, -e[1] * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            new ScenePainter(style).paint(index, view, width, height, false, new Java2dSurface(g));
        } finally {
            g.dispose();
        }
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    public void svg(GraphScene scene, Path file) throws IOException {
        Objects.requireNonNull(scene, "scene");
        SceneIndex index = new SceneIndex(scene, style);
        AtomicFile.write(file, out -> new SvgSceneWriter(style).write(index, out));
    }
}

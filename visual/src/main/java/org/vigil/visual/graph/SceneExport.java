package org.vigil.visual.graph;

import java.io.IOException;
import java.nio.file.Path;
import org.vigil.visual.graph.scene.GraphScene;

/** Writes a scene to a file: the renderer's PNG or SVG export. */
@FunctionalInterface
public interface SceneExport {
    void write(GraphScene scene, Path file) throws IOException;
}

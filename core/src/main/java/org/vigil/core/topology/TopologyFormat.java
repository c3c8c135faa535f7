package org.vigil.core.topology;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The topology file formats Vigil imports, known by their file name extensions. */
public enum TopologyFormat {
    /** Comma-separated (or blank-separated) pairs of node ids, one link a line. */
    EDGE_LIST(false, "csv", "tsv", "edges", "edgelist"),
    /** http://graphml.graphdrawing.org/ */
    GRAPHML(true, "graphml"),
    /** https://gexf.net/ (Gephi). */
    GEXF(true, "gexf"),
    /** GraphStream's own dynamic graph stream format. */
    DGS(true, "dgs");

    /** A file whose name ends in this is read through gzip first. */
    static final String GZIP = ".gz";

    private final boolean declaresNodes;
    private final List<String> extensions;

    TopologyFormat(boolean declaresNodes, String... extensions) {
        this.declaresNodes = declaresNodes;
        this.extensions = List.of(extensions);
    }

    /** Whether nodes must be declared before links name them; an edge list declares none. */
    boolean declaresNodes() {
        return declaresNodes;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name says, looking past a final {@code .gz}. */
    public static Optional<TopologyFormat> ofFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(GZIP)) {
            lower = lower.substring(0, lower.length() - GZIP.length());
        }
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return Arrays.stream(values())
                .filter(f -> f.extensions.contains(extension))
                .findFirst();
    }

    static String allExtensions() {
        return Arrays.stream(values())
                .flatMap(f -> f.extensions.stream())
                .map(e -> "." + e)
                .collect(Collectors.joining(", "));
    }
}

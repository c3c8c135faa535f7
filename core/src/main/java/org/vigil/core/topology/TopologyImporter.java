package org.vigil.core.topology;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Imports a large topology (an edge list, GraphML, GEXF or DGS file, optionally gzipped) as a
 * scenario: each node an asset, each link one dependency or two, with the options' defaults
 * wherever the file's attributes do not say. The file is streamed, never held as a graph, and the
 * result is either a whole scenario or the problems, never a part of a file. See
 * docs/topology-import.md.
 */
public final class TopologyImporter {

    private final TopologyOptions options;

    public TopologyImporter(TopologyOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Imports a file in the format its name says ({@link TopologyFormat#ofFile}). */
    public TopologyImportResult read(Path file) {
        Optional<TopologyFormat> format = TopologyFormat.ofFile(file);
        if (format.isEmpty()) {
            ProblemList problems = new ProblemList(file.toString());
            problems.add(0, "", TopologyProblemCode.UNKNOWN_FORMAT, file.getFileName(), TopologyFormat.allExtensions());
            return TopologyImportResult.failed(problems.list());
        }
        return read(file, format.get());
    }

    public TopologyImportResult read(Path file, TopologyFormat format) {
        String source = file.toString(); // as the user gave it, so a terminal can open it
        ProblemList problems = new ProblemList(source);
        TopologyDraft draft = new TopologyDraft(format.declaresNodes(), problems);
        try (InputStream in = open(file)) {
            if (format == TopologyFormat.EDGE_LIST) {
                new EdgeListReader(options.edgeListDirected()).read(in, draft, problems);
            } else {
                new GraphStreamReader(format).read(in, draft, problems);
            }
        } catch (IOException e) {
            problems.add(0, "", TopologyProblemCode.UNREADABLE_FILE, describe(e));
        }
        if (!problems.isEmpty()) {
            return TopologyImportResult.failed(problems.list());
        }
        Optional<ImportedTopology> topology =
                new ScenarioAssembler(options, problems).assemble(draft, String.valueOf(file.getFileName()));
        return topology.map(TopologyImportResult::of).orElseGet(() -> TopologyImportResult.failed(problems.list()));
    }

    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder");
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        Path name = file.getFileName();
        if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(TopologyFormat.GZIP)) {
            try {
                return new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw e;
            }
        }
        return in;
    }

    /** The reason without the file name, which the problem gives already. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

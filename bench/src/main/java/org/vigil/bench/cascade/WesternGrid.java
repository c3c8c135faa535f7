package org.vigil.bench.cascade;

import java.nio.file.Path;
import java.util.Random;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeGraphBuilder;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.topology.TopologyImportResult;
import org.vigil.core.topology.TopologyImporter;
import org.vigil.core.topology.TopologyOptions;

/**
 * A real topology as the workstation imports it: an edge list (the US Western States power grid,
 * 4,941 substations and 6,594 lines, Watts &amp; Strogatz 1998) read by {@link TopologyImporter}
 * with the standard dependency parameters, each line a dependency each way. The standard delay is
 * 0, which would make every onset 0 and the shortest paths trivial, so each dependency then gets a
 * delay of its own, drawn with the seed.
 */
final class WesternGrid {

    static final Organisation OPERATOR = new Organisation("grid-operator", OrganisationType.LOGISTICS, "Grid operator");

    /** Delays are drawn evenly from this many minutes upwards ... */
    static final double MIN_DELAY = 1;
    /** ... to this many. */
    static final double MAX_DELAY = 60;

    private WesternGrid() {}

    /**
     * The topology in the file packed for the engine, with delays drawn with the seed; the
     * scenario it was read into is garbage once this returns.
     */
    static CascadeGraph load(Path edges, long seed) {
        return withRandomDelays(CascadeGraph.of(read(edges)), seed);
    }

    /** The topology in the file as a scenario, as {@code vigil} imports it; refuses a file with problems. */
    static Scenario read(Path edges) {
        TopologyOptions options =
                TopologyOptions.of("us-western-grid", "US Western States power grid", OPERATOR, AssetKind.FACILITY);
        TopologyImportResult result = new TopologyImporter(options).read(edges);
        if (result.hasProblems()) {
            throw new IllegalArgumentException("--grid: cannot import " + edges + ": " + result.problems());
        }
        return result.imported().orElseThrow().scenario();
    }

    /** The same graph with every dependency's delay drawn with the seed; everything else kept. */
    static CascadeGraph withRandomDelays(CascadeGraph graph, long seed) {
        Random random = new Random(seed);
        CascadeGraphBuilder builder = CascadeGraph.builder();
        for (int o = 0; o < graph.organisationCount(); o++) {
            builder.addOrganisation(graph.organisationId(o));
        }
        for (int a = 0; a < graph.assetCount(); a++) {
            builder.addAsset(graph.assetId(a), graph.layer(a), graph.owner(a), graph.criticality(a));
        }
        for (int e = 0; e < graph.dependencyCount(); e++) {
            builder.addDependency(
                    graph.source(e),
                    graph.target(e),
                    graph.likelihood(e),
                    MIN_DELAY + (MAX_DELAY - MIN_DELAY) * random.nextDouble(),
                    graph.growth(e),
                    graph.rampMinutes(e),
                    graph.maxImpact(e),
                    graph.groupNameOf(e).orElse(null));
        }
        return builder.build();
    }
}

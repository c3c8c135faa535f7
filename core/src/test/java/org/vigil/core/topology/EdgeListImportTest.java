package org.vigil.core.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.topology.Topologies.dependency;
import static org.vigil.core.topology.Topologies.imported;
import static org.vigil.core.topology.Topologies.options;
import static org.vigil.core.topology.Topologies.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.Scenario;

class EdgeListImportTest {

    @TempDir
    Path folder;

    private TopologyImportResult importEdges(String content, TopologyOptions options) throws IOException {
        Path file = Files.writeString(folder.resolve("edges.csv"), content);
        return new TopologyImporter(options).read(file);
    }

    @Test
    void theWesternUsPowerGridBecomesAnAssetPerNodeAndADependencyEachWayPerLine() {
        // given 4,941 nodes and 6,594 undirected lines (Watts & Strogatz 1998)
        Path grid = sample("us-western-states/edges.csv");

        // when
        ImportedTopology topology = imported(new TopologyImporter(options()).read(grid));

        // then
        Scenario scenario = topology.scenario();
        assertThat(scenario.assets()).hasSize(4_941);
        assertThat(scenario.dependencies()).hasSize(13_188);
        assertThat(topology.report()).isEqualTo(new ImportReport(4_941, 6_594, 13_188, 0, 0, 0));
        assertThat(scenario.id()).isEqualTo("imported-grid");
        assertThat(scenario.description()).isEqualTo("Imported from edges.csv.");
        assertThat(scenario.organisations()).containsExactly(Topologies.OPERATOR);
        assertThat(scenario.assets().get(0))
                .isEqualTo(new Asset(
                        "1", AssetKind.FACILITY, "grid-operator", "1", "", 3, List.of(), List.of(), Optional.empty()));
        assertThat(dependency(scenario, "1", "387"))
                .isEqualTo(new Dependency(
                        "1", "387", DependencyType.CONNECTS, 0.5, 0, ImpactGrowth.STEP, 0, Optional.empty()));
        assertThat(dependency(scenario, "387", "1")).isNotNull();
    }

    @Test
    void aHeaderCommentsBlanksQuotesAndALikelihoodColumnAreUnderstood() throws IOException {
        // given
        String content = """
                # substations of a test grid
                source , target, likelihood

                "Plant 1", sub-a , 0.9
                  # an indented comment
                sub-a,sub-b
                sub-b\tsub-c
                """;

        // when
        ImportedTopology topology = imported(importEdges(content, options()));

        // then
        Scenario scenario = topology.scenario();
        String plant = IdRule.vigilId("Plant 1");
        assertThat(scenario.assets()).extracting(Asset::id).containsExactly(plant, "sub-a", "sub-b", "sub-c");
        assertThat(scenario.asset(plant).orElseThrow().name()).isEqualTo("Plant 1");
        assertThat(dependency(scenario, plant, "sub-a").likelihood()).isEqualTo(0.9);
        assertThat(dependency(scenario, "sub-a", plant).likelihood()).isEqualTo(0.9);
        assertThat(dependency(scenario, "sub-a", "sub-b").likelihood()).isEqualTo(0.5);
        assertThat(dependency(scenario, "sub-c", "sub-b")).isNotNull();
        assertThat(topology.report()).isEqualTo(new ImportReport(4, 3, 6, 0, 0, 1));
    }

    @Test
    void aFirstLineOfTwoNodeIdsIsALinkNotAHeader() throws IOException {
        // when
        ImportedTopology topology = imported(importEdges("a,b\nb,c\n", options()));

        // then
        assertThat(topology.scenario().assets()).extracting(Asset::id).containsExactly("a", "b", "c");
        assertThat(topology.report().edges()).isEqualTo(2);
    }

    @Test
    void aDirectedEdgeListGivesOneDependencyALineFromFirstToSecond() throws IOException {
        // when
        ImportedTopology topology = imported(importEdges("a,b\nb,c\n", options().withEdgeListDirected(true)));

        // then
        assertThat(topology.scenario().dependencies())
                .extracting(d -> d.fromId() + ">" + d.toId())
                .containsExactly("a>b", "b>c");
    }

    @Test
    void undirectedLinksGiveOneDependencyWhenNotWantedBothWays() throws IOException {
        // when
        ImportedTopology topology = imported(importEdges("a,b\nb,c\n", options().withUndirectedBothWays(false)));

        // then
        assertThat(topology.scenario().dependencies())
                .extracting(d -> d.fromId() + ">" + d.toId())
                .containsExactly("a>b", "b>c");
    }

    @Test
    void selfLoopsAndRepeatedPairsAreLeftOutAndCountedAndTheFirstLinkWins() throws IOException {
        // given
        String content = "a,b\nb,a\na,a\na,b,0.1\n";

        // when
        ImportedTopology topology = imported(importEdges(content, options()));

        // then
        assertThat(topology.scenario().dependencies())
                .extracting(d -> d.fromId() + ">" + d.toId() + "@" + d.likelihood())
                .containsExactly("a>b@0.5", "b>a@0.5");
        assertThat(topology.report()).isEqualTo(new ImportReport(2, 4, 2, 1, 4, 0));
    }

    @Test
    void aWeightColumnIsIgnoredUnlessTheOptionsMapIt() throws IOException {
        // given
        String content = "from,to,weight\na,b,12\n";

        // when
        Dependency ignored = imported(importEdges(content, options()))
                .scenario()
                .dependencies()
                .get(0);
        Dependency delay = imported(importEdges(content, options().withWeight(WeightMapping.DELAY_MINUTES)))
                .scenario()
                .dependencies()
                .get(0);

        // then
        assertThat(ignored.delayMinutes()).isZero();
        assertThat(delay.delayMinutes()).isEqualTo(12);
        assertThat(delay.likelihood()).isEqualTo(0.5);
    }

    @Test
    void aDescriptionGivenInTheOptionsDescribesTheScenario() throws IOException {
        // when
        Scenario scenario = imported(importEdges("a,b\n", options().withDescription("The northern feeders.")))
                .scenario();

        // then
        assertThat(scenario.description()).isEqualTo("The northern feeders.");
    }

    @Test
    void aGzippedEdgeListIsReadThroughGzip() throws IOException {
        // given
        Path file = folder.resolve("edges.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
        }

        // when
        ImportedTopology topology = imported(new TopologyImporter(options()).read(file));

        // then
        assertThat(topology.report().dependencies()).isEqualTo(2);
    }
}

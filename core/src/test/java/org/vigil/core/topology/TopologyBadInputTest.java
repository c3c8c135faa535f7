package org.vigil.core.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.core.topology.Topologies.options;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be imported give problems naming file, line where known, place and reason, and nothing else. */
class TopologyBadInputTest {

    @TempDir
    Path folder;

    private final TopologyImporter importer = new TopologyImporter(options());

    private TopologyImportResult importFile(String name, String content) throws IOException {
        return importer.read(Files.writeString(folder.resolve(name), content));
    }

    /** The only problem of a failed import, after checking that nothing was imported. */
    private static TopologyProblem onlyProblem(TopologyImportResult result) {
        assertThat(result.imported()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    @Test
    void aMissingFileIsUnreadable() {
        // given
        Path missing = folder.resolve("nowhere.csv");

        // when
        TopologyProblem problem = onlyProblem(importer.read(missing));

        // then
        assertThat(problem)
                .isEqualTo(new TopologyProblem(
                        missing.toString(), 0, "", TopologyProblemCode.UNREADABLE_FILE, List.of("no such file")));
        assertThat(problem).hasToString(missing + ": UNREADABLE_FILE [no such file]");
    }

    @Test
    void aFolderIsUnreadable() throws IOException {
        // given
        Path directory = Files.createDirectory(folder.resolve("grid.graphml"));

        // when
        TopologyProblem problem = onlyProblem(importer.read(directory));

        // then
        assertThat(problem.code()).isEqualTo(TopologyProblemCode.UNREADABLE_FILE);
        assertThat(problem.args()).containsExactly("is a folder");
    }

    @Test
    void aFileOfNoKnownFormatIsRefusedWithTheExtensionsThatAre() throws IOException {
        // when
        TopologyProblem problem = onlyProblem(importFile("grid.xlsx", "a,b\n"));

        // then
        assertThat(problem.code()).isEqualTo(TopologyProblemCode.UNKNOWN_FORMAT);
        assertThat(problem.args()).containsExactly("grid.xlsx", ".csv, .tsv, .edges, .edgelist, .graphml, .gexf, .dgs");
    }

    @Test
    void anEdgeListLineWithOneColumnIsReportedWithItsLine() throws IOException {
        // when
        TopologyProblem problem = onlyProblem(importFile("edges.csv", "# grid\na,b\n17\nb,c\n"));

        // then
        assertThat(problem).hasToString(folder.resolve("edges.csv") + ":3: TOO_FEW_COLUMNS [1, 2]");
    }

    @Test
    void aNonNumericLikelihoodIsReportedWithLineAndColumn() throws IOException {
        // when
        TopologyProblem problem = onlyProblem(importFile("edges.csv", "a,b,0.5\nb,c,high\n"));

        // then
        assertThat(problem)
                .isEqualTo(new TopologyProblem(
                        folder.resolve("edges.csv").toString(),
                        2,
                        "likelihood",
                        TopologyProblemCode.NOT_A_NUMBER,
                        List.of("high")));
        assertThat(problem).hasToString(folder.resolve("edges.csv") + ":2: likelihood: NOT_A_NUMBER [high]");
    }

    @Test
    void everyBadLineIsReportedInOrderAndNothingIsImported() throws IOException {
        // given
        String content = """
                a,b,1.5
                b,c,d,e
                ,c
                "b,c
                c,d
                """;

        // when
        TopologyImportResult result = importFile("edges.csv", content);

        // then
        assertThat(result.imported()).isEmpty();
        assertThat(result.problems())
                .extracting(TopologyProblem::line, TopologyProblem::where, TopologyProblem::code, TopologyProblem::args)
                .containsExactly(
                        tuple(1, "likelihood", TopologyProblemCode.OUT_OF_RANGE, List.of("1.5", "0", "1")),
                        tuple(2, "", TopologyProblemCode.TOO_MANY_COLUMNS, List.of("4", "3")),
                        tuple(3, "from", TopologyProblemCode.EMPTY_FIELD, List.of()),
                        tuple(4, "", TopologyProblemCode.BAD_QUOTE, List.of()));
    }

    @Test
    void anEdgeListThatIsNotUtf8IsReportedWithTheLine() throws IOException {
        // given
        Path file = folder.resolve("edges.csv");
        Files.write(file, "a,b\nZ\u00fcrich,b\n".getBytes(StandardCharsets.ISO_8859_1));

        // when
        TopologyProblem problem = onlyProblem(importer.read(file));

        // then
        assertThat(problem).hasToString(file + ":2: BAD_ENCODING [UTF-8]");
    }

    @Test
    void aBrokenEdgeListStopsListingAfterAHundredProblems() throws IOException {
        // when
        TopologyImportResult result = importFile("edges.csv", "x\n".repeat(150));

        // then
        assertThat(result.problems()).hasSize(ProblemList.LIMIT + 1);
        assertThat(result.problems().get(ProblemList.LIMIT))
                .extracting(TopologyProblem::code, TopologyProblem::args)
                .containsExactly(TopologyProblemCode.TOO_MANY_PROBLEMS, List.of("50"));
    }

    @Test
    void anEmptyFileIsAnEmptyTopology() throws IOException {
        // when
        TopologyProblem problem = onlyProblem(importFile("edges.csv", "# nothing yet\n"));

        // then
        assertThat(problem.code()).isEqualTo(TopologyProblemCode.EMPTY_TOPOLOGY);
    }

    @Test
    void unreadableXmlIsASyntaxProblemWithItsLine() throws IOException {
        // given a node element that is never closed
        String graphml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph edgedefault="undirected">
                    <node id="a">
                  </graph>
                </graphml>
                """;

        // when
        TopologyProblem problem = onlyProblem(importFile("grid.graphml", graphml));

        // then
        assertThat(problem.code()).isEqualTo(TopologyProblemCode.SYNTAX);
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.args()).singleElement().asString().contains("node").doesNotStartWith("ParseError");
    }

    @Test
    void anUnknownKindIsReportedWithTheNodeAndItsLine() throws IOException {
        // given
        String graphml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="k" for="node" attr.name="kind" attr.type="string"/>
                  <graph edgedefault="undirected">
                    <node id="a"/>
                    <node id="b">
                      <data key="k">reactor</data>
                    </node>
                  </graph>
                </graphml>
                """;

        // when
        TopologyProblem problem = onlyProblem(importFile("grid.graphml", graphml));

        // then
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.where()).isEqualTo("node[b].kind");
        assertThat(problem.code()).isEqualTo(TopologyProblemCode.UNKNOWN_VALUE);
        assertThat(problem.args().get(0)).isEqualTo("reactor");
        assertThat(problem.args().get(1)).startsWith("SERVER, SERVICE, ").contains("FACILITY");
    }

    @Test
    void aBusinessServiceCannotBeImportedForWantOfContinuityTargets() throws IOException {
        // given
        String dgs = "DGS004\n\"g\" 0 0\nan \"a\" kind=BUSINESS_SERVICE\n";

        // when
        TopologyProblem problem = onlyProblem(importFile("grid.dgs", dgs));

        // then
        assertThat(problem)
                .hasToString(folder.resolve("grid.dgs") + ": node[a].kind: KIND_NEEDS_CONTINUITY [BUSINESS_SERVICE]");
    }

    @Test
    void aTypedValueThatIsNotANumberIsReportedByVigilNotThrownByTheParser() throws IOException {
        // given
        String graphml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="p" for="edge" attr.name="likelihood" attr.type="double"/>
                  <graph edgedefault="directed">
                    <node id="a"/>
                    <node id="b"/>
                    <edge id="e1" source="a" target="b"><data key="p">likely</data></edge>
                  </graph>
                </graphml>
                """;

        // when
        TopologyProblem problem = onlyProblem(importFile("grid.graphml", graphml));

        // then
        assertThat(problem)
                .hasToString(folder.resolve("grid.graphml") + ":7: edge[e1].likelihood: NOT_A_NUMBER [likely]");
    }

    @Test
    void anEdgeToANodeTheFileNeverDeclaresIsReported() throws IOException {
        // given
        String dgs = "DGS004\n\"g\" 0 0\nan a\nae e1 a b\n";

        // when
        TopologyProblem problem = onlyProblem(importFile("grid.dgs", dgs));

        // then
        assertThat(problem).hasToString(folder.resolve("grid.dgs") + ": edge[e1]: UNKNOWN_NODE [b]");
    }

    @Test
    void aDgsSyntaxErrorIsReportedWithItsLine() throws IOException {
        // given
        String dgs = "DGS004\n\"g\" 0 0\nan a\nxx b\n";

        // when
        TopologyProblem problem = onlyProblem(importFile("grid.dgs", dgs));

        // then
        assertThat(problem).hasToString(folder.resolve("grid.dgs") + ":4: SYNTAX [unknown directive 'xx']");
    }

    @Test
    void aDgsSyntaxErrorAtTheEndOfALineNamesThatLine() throws IOException {
        // given an attribute without its value, the line break read right after it
        String dgs = "DGS004\n\"g\" 0 0\nan a size=\nan b\n";

        // when
        TopologyProblem problem = onlyProblem(importFile("grid.dgs", dgs));

        // then
        assertThat(problem).hasToString(folder.resolve("grid.dgs") + ":3: SYNTAX [missing value]");
    }

    @Test
    void aGexfValueOfTheWrongTypeIsASyntaxProblemWithItsLine() throws IOException {
        // given
        String gexf = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                  <graph defaultedgetype="undirected">
                    <attributes class="node">
                      <attribute id="0" title="criticality" type="integer"/>
                    </attributes>
                    <nodes>
                      <node id="a"><attvalues><attvalue for="0" value="high"/></attvalues></node>
                    </nodes>
                  </graph>
                </gexf>
                """;

        // when
        TopologyProblem problem = onlyProblem(importFile("grid.gexf", gexf));

        // then
        assertThat(problem).hasToString(folder.resolve("grid.gexf") + ":8: SYNTAX [invalid 'value' value]");
    }

    @Test
    void twoNodeIdsThatBecomeTheSameVigilIdAreAClash() throws IOException {
        // given a node whose id happens to be what another's becomes
        String taken = IdRule.vigilId("Bus 1");

        // when
        TopologyProblem problem = onlyProblem(importFile("edges.csv", taken + ",Bus 1\n"));

        // then
        assertThat(problem)
                .extracting(TopologyProblem::line, TopologyProblem::where, TopologyProblem::code, TopologyProblem::args)
                .containsExactly(1, "node[Bus 1]", TopologyProblemCode.ID_CLASH, List.of(taken, taken, "Bus 1"));
    }

    @Test
    void anXmlFileCannotMakeVigilReadAnotherFile() throws IOException {
        // given an external entity that would pull in a secret file
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        String graphml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE graphml [<!ENTITY secret SYSTEM "%s">]>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="l" for="node" attr.name="label" attr.type="string"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="l">&secret;</data></node>
                  </graph>
                </graphml>
                """.formatted(secret.toUri());

        // when
        TopologyImportResult result = importFile("grid.graphml", graphml);

        // then
        assertThat(result.imported()).isEmpty();
        assertThat(result.problems()).extracting(TopologyProblem::code).containsExactly(TopologyProblemCode.SYNTAX);
        assertThat(result.problems().toString()).doesNotContain("TOP-SECRET");
    }
}

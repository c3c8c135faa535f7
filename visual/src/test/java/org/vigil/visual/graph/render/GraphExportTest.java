package org.vigil.visual.graph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.SceneBand;
import org.vigil.visual.graph.scene.SceneNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphExportTest {

    @TempDir
    Path dir;

    private final GraphExport export = new GraphExport();

    @Test
    void svgOfAPilotIsWellFormedWithOneElementPerNodeAndEdgeAndTheLabelsAsText() throws Exception {
        // given a pilot laid out in bands
        GraphScene scene = TestScenes.pilotLike();
        Path file = dir.resolve("graph.svg");

        // when exported as SVG
        export.svg(scene, file);

        // then it parses as XML (a malformed file throws here)
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        // one node group per node, each with its tooltip as title; one line per edge
        List<Element> nodes = withClass(svg.getElementsByTagName("g"), "node");
        assertThat(nodes).hasSize(scene.nodes().size());
        for (Element node : nodes) {
            SceneNode sceneNode = scene.node(node.getAttribute("data-id"));
            assertThat(sceneNode).isNotNull();
            assertThat(node.getElementsByTagName("title").item(0).getTextContent())
                    .isEqualTo(sceneNode.tooltip());
            assertThat(node.getElementsByTagName("path").getLength()).isPositive();
        }
        assertThat(withClass(svg.getElementsByTagName("line"), "edge"))
                .hasSize(scene.edges().size());
        // every label and band label as real text
        List<String> texts = new ArrayList<>();
        NodeList textElements = svg.getElementsByTagName("text");
        for (int k = 0; k < textElements.getLength(); k++) {
            texts.add(textElements.item(k).getTextContent());
        }
        assertThat(texts)
                .containsAll(scene.nodes().stream().map(SceneNode::label).toList());
        assertThat(texts)
                .containsAll(scene.bands().stream().map(SceneBand::label).toList());
        assertThat(leftovers()).containsExactly(file);
    }

    @Test
    void svgKeepsMarkupInNamesAsText() throws Exception {
        GraphScene scene = TestScenes.of(
                List.of(new SceneNode(
                        "a<b",
                        org.vigil.visual.graph.scene.NodeKind.ASSET,
                        "R&D <lab> \"x\"",
                        "tip & <tip>",
                        java.util.Optional.empty(),
                        "o",
                        20,
                        20,
                        8,
                        org.vigil.visual.graph.scene.NodeCondition.FAILED,
                        0.5,
                        true,
                        1,
                        org.vigil.visual.graph.scene.Emphasis.SELECTED)),
                40,
                40);
        Path file = dir.resolve("odd.svg");

        export.svg(scene, file);

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("tip & <tip>");
        assertThat(svg.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("R&D <lab> \"x\"");
    }

    @Test
    void pngIsADecodableImageOfTheSceneSizeWithInkWhereNodesAre() throws Exception {
        // given a pilot laid out in bands
        GraphScene scene = TestScenes.pilotLike();
        Path file = dir.resolve("graph.png");

        // when exported as PNG
        export.png(scene, file);

        // then it decodes to an image of the scene's extent
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(scene.width()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(scene.height()));
        // and every node's centre differs from the band background behind it
        GraphStyle style = new GraphStyle();
        for (SceneNode node : scene.nodes()) {
            int band = (int) (node.y() / TestScenes.BAND_HEIGHT);
            int pixel = image.getRGB((int) node.x(), (int) node.y()) & 0xFFFFFF;
            assertThat(pixel).as("centre of %s", node.id()).isNotEqualTo(style.bandFill(band));
        }
        // and the empty right-hand margin of the first band is plain band background
        assertThat(image.getRGB(image.getWidth() - 2, 150) & 0xFFFFFF).isEqualTo(style.bandFill(0));
        assertThat(leftovers()).containsExactly(file);
    }

    @Test
    void exportingIntoAMissingFolderFailsWithAClearMessageAndWritesNothing() {
        Path file = dir.resolve("no/such/folder/graph.png");

        assertThatThrownBy(() -> export.png(TestScenes.pilotLike(), file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no such folder");
        assertThat(Files.exists(file)).isFalse();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static List<Element> withClass(NodeList list, String cls) {
        List<Element> found = new ArrayList<>();
        for (int k = 0; k < list.getLength(); k++) {
            Element e = (Element) list.item(k);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                found.add(e);
            }
        }
        return found;
    }
}

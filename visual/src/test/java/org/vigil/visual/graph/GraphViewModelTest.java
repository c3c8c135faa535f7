package org.vigil.visual.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ExplanationPath;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.Scenario;
import org.vigil.i18n.Language;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.GraphScene;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.graph.scene.NodeKind;
import org.vigil.visual.graph.scene.SceneEdge;
import org.vigil.visual.graph.scene.SceneNode;

/**
 * The graph page on a workspace where the retail pilot's whole timeline was replayed through the
 * shipped rules, its incidents followed by the live cascade.
 */
class GraphViewModelTest {

    @TempDir
    static Path dir;

    private static GraphFixture fixture;
    private static CascadeResult cascade;

    private final Scenario retail = GraphFixture.pilot(GraphFixture.RETAIL);
    private GraphFixture.Page page;
    private GraphViewModel model;

    @BeforeAll
    static void replayTheRetailPilot() throws Exception {
        fixture = new GraphFixture(dir);
        fixture.replay(GraphFixture.RETAIL);
        cascade = fixture.cascade.situation(GraphFixture.RETAIL).orElseThrow().result();
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    @BeforeEach
    void aPageShowingTheRetailPilot() {
        page = fixture.page();
        model = page.model();
        page.selection().scenarioIdProperty().set(GraphFixture.RETAIL);
    }

    @Test
    void showsEveryAssetOfTheSelectedScenarioInItsLayerBand() {
        GraphScene scene = model.sceneProperty().get();

        assertThat(scene.nodes()).hasSize(retail.assets().size());
        assertThat(scene.edges()).hasSize(retail.dependencies().size());
        assertThat(scene.bands()).extracting(b -> b.label()).containsExactly("Business", "Cyber", "Physical", "Human");
        assertThat(model.clock().horizons()).containsExactly(15.0, 60.0, 240.0, 1440.0, 4320.0);
    }

    @Test
    void atTheLastHorizonEveryImpactedAssetIsMarkedAndCustomerAccountsHasFailed() {
        // when
        model.clock().toEnd();

        // then
        GraphScene scene = model.sceneProperty().get();
        for (String impacted : cascade.impactedAssetIds()) {
            assertThat(scene.node(impacted).condition()).as(impacted).isNotEqualTo(NodeCondition.NORMAL);
        }
        SceneNode accounts = scene.node("customer-accounts");
        assertThat(accounts.condition()).isEqualTo(NodeCondition.FAILED);
        assertThat(accounts.impact()).isGreaterThanOrEqualTo(NodeConditions.DEFAULT_FAILURE_THRESHOLD);
        SceneNode database = scene.node("customer-db");
        assertThat(database.condition())
                .as("SQL injection: in the attacker's hands")
                .isEqualTo(NodeCondition.COMPROMISED);
        assertThat(database.incident()).isTrue();
        assertThat(scene.node("customer-accounts").incident()).isFalse();
        assertThat(scene.node("couriers").condition()).isEqualTo(NodeCondition.NORMAL);
        assertThat(edge(scene, "customer-db", "crm-system").impactFlows()).isTrue();
        assertThat(accounts.tooltip()).contains("Customer accounts", "Business", "Failed", "100%");
    }

    @Test
    void movingTheMinuteBackToZeroMakesLaterOnsetAssetsAtRisk() {
        // given
        model.clock().toEnd();

        // when
        model.clock().toStart();

        // then the web servers, hit hours later, are at risk; what is hit at once is not
        assertThat(page.selection().cascadeMinuteProperty().get()).isZero();
        GraphScene scene = model.sceneProperty().get();
        for (String id : cascade.impactedAssetIds()) {
            double onset = cascade.onsetMinute(id).getAsDouble();
            NodeCondition condition = scene.node(id).condition();
            if (onset > 0) {
                assertThat(condition).as(id).isEqualTo(NodeCondition.AT_RISK);
                assertThat(scene.node(id).impact()).as(id).isZero();
            } else {
                assertThat(condition).as(id).isNotEqualTo(NodeCondition.AT_RISK);
            }
        }
        assertThat(scene.node("web-01").condition()).isEqualTo(NodeCondition.AT_RISK);
        assertThat(scene.edges().stream().filter(e -> e.fromId().equals("web-01")))
                .noneMatch(SceneEdge::impactFlows);
    }

    @Test
    void selectingAnImpactedAssetHighlightsItsExplanationPathAndListsItsHops() {
        // given
        model.clock().toEnd();
        ExplanationPath why = cascade.explain("breach-notification", 1).get(0);
        assertThat(why.hops()).isNotEmpty();

        // when
        model.select("breach-notification");

        // then
        GraphScene scene = model.sceneProperty().get();
        assertThat(scene.node("breach-notification").emphasis()).isEqualTo(Emphasis.SELECTED);
        Set<String> onPath = new HashSet<>(why.assetIds());
        onPath.remove("breach-notification");
        for (SceneNode node : scene.nodes()) {
            if (onPath.contains(node.id())) {
                assertThat(node.emphasis()).as(node.id()).isEqualTo(Emphasis.HIGHLIGHTED);
            } else if (!node.id().equals("breach-notification")) {
                assertThat(node.emphasis()).as(node.id()).isEqualTo(Emphasis.NORMAL);
            }
        }
        Set<List<String>> pathEdges =
                why.hops().stream().map(h -> List.of(h.fromId(), h.toId())).collect(Collectors.toSet());
        assertThat(scene.edges().stream().filter(e -> e.emphasis() == Emphasis.HIGHLIGHTED))
                .extracting(e -> List.of(e.fromId(), e.toId()))
                .containsExactlyInAnyOrderElementsOf(pathEdges);
        NodeDetails details = model.detailsProperty().get();
        assertThat(details.name()).isEqualTo("Personal-data breach notification");
        NodeDetails.Explanation explanation = details.explanation().orElseThrow();
        assertThat(explanation.hops())
                .extracting(NodeDetails.PathHop::toId)
                .containsExactlyElementsOf(
                        why.hops().stream().map(h -> h.toId()).toList());
        assertThat(explanation.hops().get(explanation.hops().size() - 1).toName())
                .isEqualTo("Personal-data breach notification");
        assertThat(explanation.likelihood()).isEqualTo(why.likelihood());
        assertThat(page.selection().assetIdsProperty().get()).containsExactly("breach-notification");
    }

    @Test
    void assetsSelectedElsewhereAreHighlightedAndEscapeClearsTheSelection() {
        // when the timeline brushes two web servers
        page.selection().selectAssets(Set.of("web-01", "web-02"));

        // then
        GraphScene scene = model.sceneProperty().get();
        assertThat(scene.nodes().stream().filter(n -> n.emphasis() == Emphasis.HIGHLIGHTED))
                .extracting(SceneNode::id)
                .containsExactlyInAnyOrder("web-01", "web-02");
        assertThat(model.selectedNodeProperty().get()).isNull();

        // and when one asset is chosen elsewhere it becomes the selected node
        page.selection().selectAssets(Set.of("shop-app"));
        assertThat(model.selectedNodeProperty().get()).isEqualTo("shop-app");
        assertThat(model.sceneProperty().get().node("shop-app").emphasis()).isEqualTo(Emphasis.SELECTED);

        model.clearSelection();
        assertThat(page.selection().assetIdsProperty().get()).isEmpty();
        assertThat(model.detailsProperty().get()).isNull();
        assertThat(model.sceneProperty().get().nodes()).allMatch(n -> n.emphasis() == Emphasis.NORMAL);
    }

    @Test
    void focusOnAnIncidentFadesExactlyWhatLiesBeyondTheChosenHops() {
        // given the SQL injection incident
        IncidentSummary injection = fixture.workspace.incidents().list(100).stream()
                .filter(i -> i.title().startsWith("SQL injection"))
                .findFirst()
                .orElseThrow();
        Set<String> seeds = FocusNeighbourhood.localIds(GraphFixture.RETAIL, injection.assetIds());

        // when
        page.selection().incidentIdProperty().set(injection.id());

        // then what lies one dependency or less from its assets stays, the rest fades
        Set<String> oneHop = neighbours(seeds);
        assertThat(faded()).isEqualTo(allBut(oneHop));
        assertThat(faded()).isNotEmpty();

        // and at two hops, exactly the assets two dependencies away come back
        model.focusDepthProperty().set(2);
        assertThat(faded()).isEqualTo(allBut(neighbours(oneHop)));
        assertThat(neighbours(oneHop)).hasSizeGreaterThan(oneHop.size());

        // and without focus nothing fades
        page.selection().incidentIdProperty().set(null);
        assertThat(faded()).isEmpty();
    }

    @Test
    void movedNodesStayWhereDroppedUntilUndone() {
        // given
        SceneNode before = model.sceneProperty().get().node("customer-db");

        // when
        model.options().moved("customer-db", before.x(), before.y(), 5, 7);

        // then
        assertThat(position("customer-db")).containsExactly(5.0, 7.0);
        assertThat(model.options().canUndoProperty().get()).isTrue();
        model.clock().toEnd();
        assertThat(position("customer-db")).as("a new minute keeps the move").containsExactly(5.0, 7.0);
        model.options().undo();
        assertThat(position("customer-db")).containsExactly(before.x(), before.y());
        assertThat(model.options().canRedoProperty().get()).isTrue();
        model.options().redo();
        assertThat(position("customer-db")).containsExactly(5.0, 7.0);
        assertThat(model.options().canUndoProperty().get()).isTrue();
        assertThat(model.options().canRedoProperty().get()).isFalse();
    }

    @Test
    void collapsingShowsOrganisationsThenTheirGroupsAndRevealingOpensTheWayToAnAsset() {
        // when
        model.options().collapseAll();

        // then
        GraphScene scene = model.sceneProperty().get();
        assertThat(scene.nodes()).allMatch(n -> n.kind() == NodeKind.ORGANISATION);
        assertThat(scene.nodes()).hasSize(retail.organisations().size());
        SceneNode lumenhaus = scene.node(NodeIds.organisation("lumenhaus"));
        assertThat(lumenhaus.memberCount()).isEqualTo((int) retail.assets().stream()
                .filter(a -> a.ownerId().equals("lumenhaus"))
                .count());
        assertThat(scene.edges()).anyMatch(e -> e.multiplicity() > 1);

        // and when Lumenhaus is opened, its groups show
        model.options().activate(lumenhaus.id());
        assertThat(model.sceneProperty().get().nodes())
                .filteredOn(n -> n.organisationId().equals("lumenhaus"))
                .allMatch(n -> n.kind() == NodeKind.ASSET_GROUP);

        // and when a search reveals the customer database, it is an asset node of its own, selected
        assertThat(model.suggestions("customer and order"))
                .extracting(AssetSearch.Hit::assetId)
                .containsExactly("customer-db");
        model.reveal("customer-db");
        assertThat(model.sceneProperty().get().node("customer-db").emphasis()).isEqualTo(Emphasis.SELECTED);
        assertThat(model.revealedProperty().get()).isEqualTo("customer-db");
        assertThat(model.sceneProperty().get().node(NodeIds.organisation("kestrel-cloud")))
                .isNotNull();
    }

    @Test
    void theClockStepsJumpsToHorizonsAndStopsPlayingAtTheEnd() {
        model.clock().jumpTo(1);
        assertThat(model.clock().minute()).isEqualTo(60.0);

        model.clock().step(1);
        assertThat(model.clock().minute()).isEqualTo(60.0 + CascadeClock.DEFAULT_STEP_MINUTES);
        model.clock().step(-1);
        model.clock().step(-1);
        assertThat(model.clock().minute()).isEqualTo(60.0 - CascadeClock.DEFAULT_STEP_MINUTES);

        model.clock().stepMinutesProperty().set(1000);
        model.clock().play();
        var ticks = new ArrayDeque<Double>();
        while (model.clock().playingProperty().get() && ticks.size() < 100) {
            model.clock().tick();
            ticks.add(model.clock().minute());
        }
        assertThat(ticks.getLast())
                .isEqualTo(model.clock().maximumProperty().get())
                .isEqualTo(4320.0);
        assertThat(model.clock().playingProperty().get()).isFalse();
        model.clock().setMinute(99_999);
        assertThat(model.clock().minute()).isEqualTo(4320.0);
    }

    @Test
    void aLanguageSwitchRewritesTheTooltipsAndBands() {
        String english = model.sceneProperty().get().node("customer-db").tooltip();

        page.text().use(fixture.catalog.messages(Language.DE));

        GraphScene german = model.sceneProperty().get();
        assertThat(german.node("customer-db").tooltip()).isNotEqualTo(english);
        assertThat(german.bands().get(0).label())
                .isEqualTo(fixture.catalog.messages(Language.DE).text("layer.BUSINESS"));
    }

    @Test
    void theForceLayoutPlacesEveryNodeWithoutBands() {
        model.options().layoutProperty().set(LayoutKind.FORCE);

        GraphScene scene = model.sceneProperty().get();
        assertThat(scene.bands()).isEmpty();
        assertThat(scene.nodes()).hasSize(retail.assets().size());
        assertThat(scene.nodes()).allMatch(n -> Double.isFinite(n.x()) && Double.isFinite(n.y()));
        assertThat(model.layoutRunningProperty().get()).isFalse();
    }

    @Test
    void cancellingARunningForceLayoutGoesBackToTheLayeredOne() {
        // given a page whose work waits to be run
        HeldBackground background = new HeldBackground();
        GraphFixture.Page held = fixture.page(background);
        held.selection().scenarioIdProperty().set(GraphFixture.RETAIL);
        background.runAll();
        held.model().options().layoutProperty().set(LayoutKind.FORCE);
        assertThat(held.model().layoutRunningProperty().get()).isTrue();

        // when
        held.model().cancelLayout();
        background.runAll();

        // then
        assertThat(background.cancelled).isEqualTo(1);
        assertThat(held.model().options().layoutProperty().get()).isEqualTo(LayoutKind.LAYERED);
        assertThat(held.model().layoutRunningProperty().get()).isFalse();
        assertThat(held.model().sceneProperty().get().bands()).hasSize(4);
    }

    private Set<String> faded() {
        return model.sceneProperty().get().nodes().stream()
                .filter(n -> n.emphasis() == Emphasis.FADED)
                .map(SceneNode::id)
                .collect(Collectors.toSet());
    }

    private Set<String> allBut(Set<String> kept) {
        return retail.assets().stream()
                .map(a -> a.id())
                .filter(id -> !kept.contains(id))
                .collect(Collectors.toSet());
    }

    /** The assets and every asset one dependency away from one of them, either way. */
    private Set<String> neighbours(Set<String> assets) {
        Map<String, Set<String>> next = new HashMap<>();
        for (Dependency d : retail.dependencies()) {
            next.computeIfAbsent(d.fromId(), k -> new HashSet<>()).add(d.toId());
            next.computeIfAbsent(d.toId(), k -> new HashSet<>()).add(d.fromId());
        }
        Set<String> found = new HashSet<>(assets);
        assets.forEach(a -> found.addAll(next.getOrDefault(a, Set.of())));
        return found;
    }

    private double[] position(String id) {
        SceneNode node = model.sceneProperty().get().node(id);
        return new double[] {node.x(), node.y()};
    }

    private static SceneEdge edge(GraphScene scene, String from, String to) {
        return scene.edges().stream()
                .filter(e -> e.fromId().equals(from) && e.toId().equals(to))
                .findFirst()
                .orElseThrow();
    }
}

package org.vigil.app.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.core.cascade.AssetBetweenness;
import org.vigil.core.cascade.AssetExpectedImpact;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CriticalityReport;
import org.vigil.core.cascade.DependencyChain;
import org.vigil.i18n.Messages;

/**
 * Prints a criticality report for people, in their language: the assets whose failure alone costs
 * most by the horizon, the chokepoints by risk-weighted betweenness, and the riskiest dependency
 * chains. Figures that are sums (expected impact, betweenness) show as plain numbers, likelihoods
 * in percent.
 */
final class CriticalityTable {

    private static final String ARROW = " → ";

    private final Messages messages;
    private final ElapsedTimeFormat time;
    private final NumberFormat percent;
    private final NumberFormat decimal;
    private final NumberFormat risk;

    CriticalityTable(Messages messages) {
        this.messages = messages;
        this.time = new ElapsedTimeFormat(messages);
        Locale locale = messages.language().locale();
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        this.decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        // a chain's risk lies in [0, 1]: a third digit tells close chains apart
        this.risk = NumberFormat.getNumberInstance(locale);
        risk.setMinimumFractionDigits(2);
        risk.setMaximumFractionDigits(3);
    }

    /** Prints the report, with at most {@code top} assets in each ranking. */
    void print(PrintWriter out, String scenarioId, CascadeGraph graph, CriticalityReport report, int top, int maxHops) {
        String horizon = time.format(report.horizonMinute());
        out.println(messages.text("cli.criticality.summary", scenarioId, graph.assetCount(), horizon));
        out.println();
        printExpectedImpacts(out, graph, report.expectedImpacts(), top, horizon);
        out.println();
        printBetweenness(out, graph, report.betweenness(), top);
        out.println();
        printChains(out, report.riskiestChains(), maxHops);
        out.flush();
    }

    private void printExpectedImpacts(
            PrintWriter out, CascadeGraph graph, List<AssetExpectedImpact> ranked, int top, String horizon) {
        out.println(messages.text("cli.criticality.impacts.title", horizon));
        List<String[]> rows = new ArrayList<>();
        rows.add(TextTable.header(messages.text("cli.criticality.impacts.header"))
                .toArray(String[]::new));
        for (int rank = 0; rank < Math.min(top, ranked.size()); rank++) {
            AssetExpectedImpact asset = ranked.get(rank);
            rows.add(row(
                    rank,
                    graph,
                    asset.assetId(),
                    decimal.format(asset.expectedImpact()),
                    Integer.toString(asset.assetsHit())));
        }
        new TextTable(rows).print(out);
        printMore(out, ranked.size() - top);
    }

    private void printBetweenness(PrintWriter out, CascadeGraph graph, List<AssetBetweenness> ranked, int top) {
        out.println(messages.text("cli.criticality.betweenness.title"));
        List<String[]> rows = new ArrayList<>();
        rows.add(TextTable.header(messages.text("cli.criticality.betweenness.header"))
                .toArray(String[]::new));
        for (int rank = 0; rank < Math.min(top, ranked.size()); rank++) {
            AssetBetweenness asset = ranked.get(rank);
            rows.add(row(rank, graph, asset.assetId(), decimal.format(asset.betweenness())));
        }
        new TextTable(rows).print(out);
        printMore(out, ranked.size() - top);
    }

    private void printChains(PrintWriter out, List<DependencyChain> chains, int maxHops) {
        if (chains.isEmpty()) {
            out.println(messages.text("cli.criticality.chains.none"));
            return;
        }
        out.println(messages.text("cli.criticality.chains.title", maxHops));
        List<String[]> rows = new ArrayList<>();
        rows.add(
                TextTable.header(messages.text("cli.criticality.chains.header")).toArray(String[]::new));
        for (int rank = 0; rank < chains.size(); rank++) {
            DependencyChain chain = chains.get(rank);
            rows.add(new String[] {
                Integer.toString(rank + 1),
                percent.format(chain.likelihood()),
                Integer.toString(chain.endCriticality()),
                risk.format(chain.risk()),
                String.join(ARROW, chain.assetIds())
            });
        }
        new TextTable(rows).print(out);
    }

    private String[] row(int rank, CascadeGraph graph, String assetId, String... figures) {
        int a = graph.requireIndex(assetId);
        List<String> row = new ArrayList<>(List.of(
                Integer.toString(rank + 1),
                assetId,
                messages.text("layer." + graph.layer(a).name()),
                graph.organisationId(graph.owner(a))));
        row.addAll(List.of(figures));
        return row.toArray(String[]::new);
    }

    private void printMore(PrintWriter out, int hidden) {
        if (hidden > 0) {
            out.println(messages.text("cli.criticality.more", hidden));
        }
    }
}

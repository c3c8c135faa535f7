package org.vigil.app.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.core.cascade.AssetFailureProbability;
import org.vigil.core.cascade.BlastRadius;
import org.vigil.core.cascade.MonteCarloResult;
import org.vigil.i18n.Messages;

/**
 * Prints Monte Carlo runs for people: the share of runs that hit each asset by each horizon and
 * at all, with its mean onset, and how many assets a run hits (the blast radius) by each horizon.
 */
final class MonteCarloTable {

    private final Messages messages;
    private final ElapsedTimeFormat time;
    private final NumberFormat percent;
    private final NumberFormat decimal;

    MonteCarloTable(Messages messages) {
        this.messages = messages;
        this.time = new ElapsedTimeFormat(messages);
        Locale locale = messages.language().locale();
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        this.decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(1);
    }

    /** Prints the runs, with at most {@code limit} rows of assets. */
    void print(PrintWriter out, MonteCarloResult runs, int limit) {
        out.println(messages.text("cli.cascade.monteCarlo.title", runs.runs(), Long.toString(runs.seed())));
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(TextTable.header(messages.text("cli.cascade.monteCarlo.header")));
        runs.horizons().forEach(h -> header.add(time.format(h)));
        rows.add(header.toArray(String[]::new));
        List<AssetFailureProbability> assets = runs.assets();
        for (AssetFailureProbability asset : assets.subList(0, Math.min(limit, assets.size()))) {
            List<String> row = new ArrayList<>(List.of(
                    asset.assetId(),
                    percent.format(asset.ever()),
                    asset.meanOnsetMinute().isPresent()
                            ? time.format(asset.meanOnsetMinute().getAsDouble())
                            : "–"));
            asset.byHorizon().forEach(p -> row.add(percent.format(p)));
            rows.add(row.toArray(String[]::new));
        }
        new TextTable(rows).print(out);
        int hidden = assets.size() - limit;
        if (hidden > 0) {
            out.println(messages.text("cli.cascade.impacts.more", hidden));
        }
        out.println();
        printBlastRadius(out, runs);
    }

    private void printBlastRadius(PrintWriter out, MonteCarloResult runs) {
        out.println(messages.text("cli.cascade.blastRadius.title"));
        List<String[]> rows = new ArrayList<>();
        rows.add(TextTable.header(messages.text("cli.cascade.blastRadius.header"))
                .toArray(String[]::new));
        for (int h = 0; h < runs.horizons().size(); h++) {
            rows.add(row(time.format(runs.horizons().get(h)), runs.blastRadius(h)));
        }
        rows.add(row(messages.text("cli.cascade.blastRadius.ever"), runs.blastRadiusEver()));
        new TextTable(rows).print(out);
    }

    private String[] row(String by, BlastRadius radius) {
        return new String[] {
            by,
            decimal.format(radius.mean()),
            Integer.toString(radius.median()),
            Integer.toString(radius.percentile(0.9)),
            Integer.toString(radius.max())
        };
    }
}

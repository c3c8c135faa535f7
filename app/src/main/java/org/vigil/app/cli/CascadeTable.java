package org.vigil.app.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.vigil.core.cascade.AffectedOrganisation;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.ExplanationPath;
import org.vigil.core.cascade.Hop;
import org.vigil.core.cascade.ServiceContinuity;
import org.vigil.core.cascade.StartCondition;
import org.vigil.i18n.Messages;

/**
 * Prints cascade findings for people, in their language: the start, the assets hit with their
 * impact at each horizon, the Monte Carlo runs if any, the continuity breaches with whom to notify
 * by when, and why the top assets are hit. Times are after the reference time
 * ({@link ElapsedTimeFormat}), shares in percent.
 */
final class CascadeTable {

    private static final String NONE = "–";

    private final Messages messages;
    private final ElapsedTimeFormat time;
    private final NumberFormat percent;

    CascadeTable(Messages messages) {
        this.messages = messages;
        this.time = new ElapsedTimeFormat(messages);
        Locale locale = messages.language().locale();
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
    }

    /** Prints the findings, with at most {@code limit} rows of assets. */
    void print(PrintWriter out, CascadeFindings findings, int limit) {
        CascadeResult result = findings.result();
        out.println(messages.text(
                "cli.cascade.summary",
                findings.scenario().id(),
                findings.ranked().size(),
                findings.continuity().breached().size()));
        for (StartCondition start : result.startConditions()) {
            out.println(messages.text(
                    "cli.cascade.startsAt",
                    start.assetId(),
                    messages.text("cli.cascade.state." + start.state().name()),
                    time.format(start.startMinute())));
        }
        out.println();
        printImpacts(out, findings, limit);
        out.println();
        if (findings.monteCarlo().isPresent()) {
            new MonteCarloTable(messages).print(out, findings.monteCarlo().get(), limit);
            out.println();
        }
        printBreaches(out, findings);
        if (!findings.explanations().isEmpty()) {
            out.println();
            printExplanations(out, findings.explanations());
        }
        out.flush();
    }

    private void printImpacts(PrintWriter out, CascadeFindings findings, int limit) {
        CascadeResult result = findings.result();
        CascadeGraph graph = result.graph();
        out.println(messages.text("cli.cascade.impacts.title"));
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(TextTable.header(messages.text("cli.cascade.impacts.header")));
        result.horizons().forEach(h -> header.add(time.format(h)));
        rows.add(header.toArray(String[]::new));
        for (int a :
                findings.ranked().subList(0, Math.min(limit, findings.ranked().size()))) {
            List<String> row = new ArrayList<>(List.of(
                    graph.assetId(a),
                    messages.text("layer." + graph.layer(a).name()),
                    graph.organisationId(graph.owner(a)),
                    time.format(result.onsetMinute(a)),
                    percent.format(result.likelihood(a))));
            for (int h = 0; h < result.horizons().size(); h++) {
                row.add(percent.format(result.impact(a, h)));
            }
            rows.add(row.toArray(String[]::new));
        }
        new TextTable(rows).print(out);
        int hidden = findings.ranked().size() - limit;
        if (hidden > 0) {
            out.println(messages.text("cli.cascade.impacts.more", hidden));
        }
    }

    private void printBreaches(PrintWriter out, CascadeFindings findings) {
        List<ServiceContinuity> breached = findings.continuity().breached();
        if (breached.isEmpty()) {
            out.println(messages.text("cli.cascade.breaches.none"));
            return;
        }
        CascadeGraph graph = findings.result().graph();
        out.println(messages.text("cli.cascade.breaches.title"));
        List<String[]> rows = new ArrayList<>();
        rows.add(TextTable.header(messages.text("cli.cascade.breaches.header")).toArray(String[]::new));
        for (ServiceContinuity service : breached) {
            int a = graph.requireIndex(service.assetId());
            rows.add(new String[] {
                service.assetId(),
                graph.organisationId(graph.owner(a)),
                time.format(service.onsetMinute()),
                orNone(service.rtoBreachMinute()),
                orNone(service.mtpdBreachMinute())
            });
        }
        new TextTable(rows).print(out);
        for (ServiceContinuity service : breached) {
            if (service.affectedOrganisations().isEmpty()) {
                continue;
            }
            List<String> whom = new ArrayList<>();
            for (AffectedOrganisation organisation : service.affectedOrganisations()) {
                whom.add(messages.text(
                        "cli.cascade.notifyBy",
                        organisation.organisationId(),
                        time.format(organisation.notifyByMinute())));
            }
            out.println(messages.text("cli.cascade.notify", service.assetId(), String.join(", ", whom)));
        }
    }

    private void printExplanations(PrintWriter out, List<ExplanationPath> explanations) {
        out.println(messages.text("cli.cascade.explanations.title"));
        for (ExplanationPath path : explanations) {
            StringBuilder chain =
                    new StringBuilder(path.startAssetId()).append(' ').append(time.format(path.startMinute()));
            for (Hop hop : path.hops()) {
                chain.append(" → ").append(hop.toId()).append(' ').append(time.format(hop.arrivalMinute()));
            }
            List<String> ids = path.assetIds();
            out.println(messages.text(
                    "cli.cascade.explanation",
                    ids.get(ids.size() - 1),
                    percent.format(path.likelihood()),
                    chain.toString()));
        }
    }

    private String orNone(OptionalDouble minute) {
        return minute.isPresent() ? time.format(minute.getAsDouble()) : NONE;
    }
}

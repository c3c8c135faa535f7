package org.vigil.app.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.Diagnosis;
import org.vigil.core.cascade.Observation;
import org.vigil.core.cascade.PredictedImpact;
import org.vigil.core.cascade.RootCauseCandidate;
import org.vigil.i18n.Messages;

/**
 * Prints a root-cause diagnosis for people, in their language: what was observed, the candidates
 * ranked with their posterior, failure time and how much of what is seen each explains, then for
 * the best few what they say is failing already and what comes next, earliest first. Times are
 * after the reference time ({@link ElapsedTimeFormat}), or from now when nothing has a time.
 */
final class DiagnosisTable {

    /** The best few candidates show their predictions; further down the posteriors are small. */
    static final int FORECASTS = 3;

    private final Messages messages;
    private final ElapsedTimeFormat time;
    private final NumberFormat percent;

    DiagnosisTable(Messages messages) {
        this.messages = messages;
        this.time = new ElapsedTimeFormat(messages);
        Locale locale = messages.language().locale();
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
    }

    /** Prints the findings, with at most {@code top} candidates. */
    void print(PrintWriter out, DiagnosisFindings findings, int top) {
        Diagnosis diagnosis = findings.diagnosis();
        // an asset seen twice counts once, from its earliest time, as the engine takes it
        long observedAssets = diagnosis.observations().stream()
                .map(Observation::assetId)
                .distinct()
                .count();
        out.println(messages.text(
                "cli.diagnose.summary",
                findings.scenarioId(),
                observedAssets,
                diagnosis.candidates().size(),
                signed(diagnosis.nowMinute())));
        if (findings.relativeToNow()) {
            out.println(messages.text("cli.diagnose.relativeToNow"));
        }
        printObserved(out, diagnosis);
        out.println();
        printCandidates(out, findings, top);
        List<RootCauseCandidate> forecast = diagnosis.top(Math.min(top, FORECASTS));
        out.println();
        out.println(messages.text("cli.diagnose.forecasts.title"));
        for (RootCauseCandidate candidate : forecast) {
            out.println();
            printForecast(out, candidate);
        }
        out.flush();
    }

    private void printObserved(PrintWriter out, Diagnosis diagnosis) {
        List<String> seen = new ArrayList<>();
        for (Observation o : diagnosis.observations()) {
            seen.add(
                    o.minute().isPresent()
                            ? messages.text(
                                    "cli.diagnose.seenAt",
                                    o.assetId(),
                                    signed(o.minute().getAsDouble()))
                            : messages.text("cli.diagnose.seenUntimed", o.assetId()));
        }
        out.println(messages.text("cli.diagnose.seen", String.join(", ", seen)));
    }

    private void printCandidates(PrintWriter out, DiagnosisFindings findings, int top) {
        CascadeGraph graph = findings.graph();
        List<RootCauseCandidate> candidates = findings.diagnosis().candidates();
        out.println(messages.text("cli.diagnose.candidates.title"));
        List<String[]> rows = new ArrayList<>();
        rows.add(TextTable.header(messages.text("cli.diagnose.candidates.header"))
                .toArray(String[]::new));
        List<RootCauseCandidate> shown = findings.diagnosis().top(top);
        for (int rank = 0; rank < shown.size(); rank++) {
            RootCauseCandidate c = shown.get(rank);
            int a = graph.requireIndex(c.assetId());
            rows.add(new String[] {
                Integer.toString(rank + 1),
                c.assetId(),
                messages.text("layer." + graph.layer(a).name()),
                graph.organisationId(graph.owner(a)),
                percent.format(c.posterior()),
                signed(c.failureMinute()),
                Integer.toString(c.explained().size()),
                Integer.toString(c.unexplained().size()),
                listed(c.overdue().size())
            });
        }
        new TextTable(rows).print(out);
        int hidden = candidates.size() - shown.size();
        if (hidden > 0) {
            out.println(messages.text("cli.diagnose.candidates.more", hidden));
        }
    }

    private void printForecast(PrintWriter out, RootCauseCandidate candidate) {
        out.println(messages.text(
                "cli.diagnose.forecast.title",
                candidate.assetId(),
                signed(candidate.failureMinute()),
                percent.format(candidate.posterior())));
        if (!candidate.unexplained().isEmpty()) {
            out.println(messages.text("cli.diagnose.forecast.unexplained", String.join(", ", candidate.unexplained())));
        }
        if (candidate.overdue().isEmpty() && candidate.predictions().isEmpty()) {
            out.println(messages.text("cli.diagnose.forecast.none"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(TextTable.header(messages.text("cli.diagnose.forecast.header")).toArray(String[]::new));
        // overdue assets are hit by now and predictions after it, each list earliest first: together in time order
        for (PredictedImpact p : candidate.overdue()) {
            rows.add(row(p, "cli.diagnose.status.overdue"));
        }
        for (PredictedImpact p : candidate.predictions()) {
            rows.add(row(p, "cli.diagnose.status.next"));
        }
        new TextTable(rows).print(out);
    }

    private String[] row(PredictedImpact impact, String status) {
        return new String[] {
            impact.assetId(), signed(impact.onsetMinute()), percent.format(impact.likelihood()), messages.text(status)
        };
    }

    /** The engine lists a capped number of overdue assets: a full list may hold more. */
    private static String listed(int count) {
        return count < DiagnoseCommand.SETTINGS.maxPredictions() ? Integer.toString(count) : count + "+";
    }

    /** Times before the reference time (or before now, when nothing has a time) get a minus sign. */
    private String signed(double minutes) {
        return minutes < 0 ? "−" + time.format(-minutes).substring(1) : time.format(minutes);
    }
}

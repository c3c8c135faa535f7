package org.vigil.visual.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.Layer;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/** Report tables as RFC 4180 CSV: read back by a plain reader, tricky values come out as they went in. */
class ReportCsvTest {

    private static final MessageCatalog CATALOG = new MessageCatalog();
    private static final List<String> TRICKY = List.of(
            "plain",
            "with, comma",
            "with \"quotes\"",
            "two\r\nlines",
            "one\nline feed",
            "Zürich – Ωμέγα, Łódź, Brașov",
            "",
            " spaced ",
            "\"");

    @Test
    void trickyValuesRoundTripThroughAnRfc4180Reader() {
        // given
        CsvTable table = new CsvTable(
                List.of("value", "echo"),
                TRICKY.stream().map(v -> List.of(v, v + "!")).toList());

        // when
        byte[] bytes = table.toBytes();

        // then it starts with a UTF-8 byte-order mark and every line ends in CRLF
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("value,echo\r\n").endsWith("\r\n");
        List<List<String>> read = Rfc4180Reader.read(text);
        assertThat(read.get(0)).containsExactly("value", "echo");
        assertThat(read.subList(1, read.size()))
                .containsExactlyElementsOf(
                        TRICKY.stream().map(v -> List.of(v, v + "!")).toList());
    }

    @Test
    void anIncidentsEventsCarryTranslatedHeadersAndRawValues() {
        // given an incident whose event summaries hold commas, quotes, line breaks and Greek
        Instant t = Instant.parse("2025-03-17T19:52:30Z");
        IncidentSummary summary = new IncidentSummary(
                "inc-1",
                "rule-1",
                "SQL injection",
                EventSeverity.CRITICAL,
                IncidentState.NEW,
                t,
                t,
                t,
                TRICKY.size(),
                List.of("retail/web-01"),
                List.of("T1190"));
        Incident incident = new Incident(summary, Map.of(), List.of(), List.of(), List.of(), List.of());
        List<ReportEvent> events = TRICKY.stream()
                .map(v -> new ReportEvent(
                        "e-" + TRICKY.indexOf(v),
                        t,
                        t.plusSeconds(2),
                        "modsec",
                        Optional.of(EventCategory.WEB),
                        EventSeverity.HIGH,
                        v))
                .toList();
        IncidentReport report = new IncidentReport(
                t,
                incident,
                "SQL injection",
                Map.of(),
                Map.of(),
                events,
                events.size(),
                Optional.empty(),
                CascadeDigest.NONE);

        // when
        CsvTable table = new ReportCsv(CATALOG.messages(Language.DE)).events(report);
        List<List<String>> read = Rfc4180Reader.read(new String(table.toBytes(), StandardCharsets.UTF_8).substring(1));

        // then
        assertThat(read.get(0)).contains("Ereigniszeit", "Zusammenfassung", "Kategorie");
        assertThat(read.get(1))
                .containsExactly(
                        "inc-1",
                        "e-0",
                        "2025-03-17T19:52:30Z",
                        "2025-03-17T19:52:32Z",
                        "modsec",
                        "WEB",
                        "HIGH",
                        "plain");
        assertThat(read.subList(1, read.size())).extracting(r -> r.get(7)).containsExactlyElementsOf(TRICKY);
    }

    @Test
    void impactedAssetsCarrySharesAsDecimalsWithAPointAndBreachTimes() {
        // given
        Instant onset = Instant.parse("2025-03-17T19:52:30Z");
        CascadeDigest cascade = new CascadeDigest(
                List.of(new ImpactedAsset("retail", "checkout", "Online checkout, EU", Layer.BUSINESS, onset, 0.95, 1)),
                List.of(new ServiceBreach(
                        "retail",
                        "checkout",
                        "Online checkout, EU",
                        onset,
                        Optional.of(onset.plusSeconds(1800)),
                        Optional.empty())));

        // when
        CsvTable table = new ReportCsv(CATALOG.messages(Language.FR)).impactedAssets(cascade);
        List<List<String>> read = Rfc4180Reader.read(new String(table.toBytes(), StandardCharsets.UTF_8).substring(1));

        // then
        assertThat(read.get(0)).contains("Actif", "Probabilité");
        assertThat(read.get(1))
                .containsExactly(
                        "retail",
                        "checkout",
                        "Online checkout, EU",
                        "BUSINESS",
                        "2025-03-17T19:52:30Z",
                        "0.9500",
                        "1.0000",
                        "2025-03-17T20:22:30Z",
                        "");
    }
}

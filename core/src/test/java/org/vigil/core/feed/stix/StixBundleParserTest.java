package org.vigil.core.feed.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.feed.EntityType.DOMAIN;
import static org.vigil.core.feed.EntityType.EMAIL;
import static org.vigil.core.feed.EntityType.FILE_HASH;
import static org.vigil.core.feed.EntityType.IP;
import static org.vigil.core.feed.EntityType.URL;
import static org.vigil.core.feed.EntityType.USER;
import static org.vigil.core.feed.GoldenSamples.assertGolden;
import static org.vigil.core.feed.GoldenSamples.e;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.FeedParserContract;
import org.vigil.core.feed.GoldenSamples;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.ThreatIndicator;

/**
 * The OASIS samples in {@code feeds/stix/} ({@code indicator-*.json}, {@code indicators-*.json},
 * {@code infrastructure.json}, {@code malicious-email-*.json}) are real STIX 2.1 bundles from the
 * examples of oasis-open/cti-stix2-json-schemas (BSD-3-Clause, see LICENSE-oasis). They hold
 * indicators, relationships and other SDOs but no sighting, so {@code sighting-of-indicator.json},
 * {@code sightings-of-malware-and-attack-pattern.json} and {@code observed-data.json} were written
 * from the STIX 2.1 specification (sections on Sighting, Observed Data and the Cyber-observable
 * objects ipv4-addr, ipv6-addr, domain-name, url, network-traffic, email-message, email-addr, file
 * and user-account; the sighting of indicator example follows the specification's "Malicious site
 * hosting downloader" example).
 */
class StixBundleParserTest extends FeedParserContract {

    private final StixBundleParser parser = new StixBundleParser();

    @Override
    protected FeedParser parser() {
        return parser;
    }

    @Override
    protected String validRecord() {
        return sample("sighting-of-indicator.json");
    }

    @Override
    protected String wrongTypesRecord() {
        return "{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":[{\"type\":\"sighting\",\"spec_version\":\"2.1\","
                + "\"id\":\"sighting--ee20065d-2555-424f-ad9e-0f8428623c75\",\"first_seen\":\"2015-12-21T19:00:00Z\","
                + "\"count\":\"fifty\",\"sighting_of_ref\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"}]}";
    }

    static String sample(String name) {
        return GoldenSamples.text("/feeds/stix/" + name);
    }

    private static void assertEvent(
            Event event,
            EventSeverity severity,
            String time,
            String summary,
            List<String> techniques,
            List<Entity> entities) {
        assertGolden(event, time, EventCategory.THREAT_INTEL, severity, summary, techniques, entities);
        assertThat(event.format()).isEqualTo(FeedFormat.STIX);
        assertThat(event.source()).isEqualTo("test-source");
        assertThat(event.assetIds()).isEmpty();
    }

    @Test
    void aSightingOfAnIndicatorResolvesItsObservedDataAndWhereItWasSighted() {
        String text = sample("sighting-of-indicator.json");
        ParseOutcome.Parsed parsed = parsed(text);

        assertThat(parsed.events()).hasSize(1);
        Event event = parsed.events().get(0);
        assertEvent(
                event,
                EventSeverity.HIGH,
                "2015-12-21T19:00:00Z",
                "Sighting of indicator 'Malicious site hosting downloader' (3 times) at ACME Widget, Inc.",
                List.of(),
                List.of(
                        e(URL, "http://x4z9arb.cn/4712/"),
                        e(DOMAIN, "x4z9arb.cn"),
                        e(IP, "198.51.100.3"),
                        e(IP, "10.2.4.18")));
        assertThat(event.id()).isEqualTo(EventIds.of(FeedFormat.STIX, text, 0, event.eventTime()));
        assertThat(event.raw()).isEqualTo(text);
        assertThat(parsed.indicators()).hasSize(1);
        ThreatIndicator indicator = parsed.indicators().get(0);
        assertThat(indicator.id()).isEqualTo("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
        assertThat(indicator.name()).isEqualTo("Malicious site hosting downloader");
        assertThat(indicator.pattern()).isEqualTo("[url:value = 'http://x4z9arb.cn/4712/']");
        assertThat(indicator.patternType()).isEqualTo("stix");
        assertThat(indicator.validFrom()).contains(Instant.parse("2016-01-01T00:00:00Z"));
        assertThat(indicator.raw()).contains("\"id\":\"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"");
    }

    @Test
    void sightingsOfMalwareAndAttackPatternsCarryTheirTechniques() {
        String text = sample("sightings-of-malware-and-attack-pattern.json");
        ParseOutcome.Parsed parsed = parsed(text);

        assertThat(parsed.indicators()).isEmpty();
        assertThat(parsed.events()).hasSize(2);
        assertEvent(
                parsed.events().get(0),
                EventSeverity.HIGH,
                "2024-03-04T08:12:44Z",
                "Sighting of malware 'Poison Ivy'",
                List.of("T1071.001"),
                List.of(
                        e(IP, "10.2.7.31"),
                        e(USER, "jdoe"),
                        e(FILE_HASH, "6ad8f2c7a0c3c8a7d1f4bd2e1c5a8f70"),
                        e(FILE_HASH, "fe90a7e910cb3a4739bed9180e807e93fa70c90f25a8915476f5e4bfbac681db")));
        assertEvent(
                parsed.events().get(1),
                EventSeverity.MEDIUM,
                "2024-03-05T06:42:10Z",
                "Sighting of attack-pattern 'Spearphishing Attachment' (4 times) at Head office",
                List.of("T1566.001"),
                List.of(
                        e(EMAIL, "billing@invoices-example.net"),
                        e(EMAIL, "ana@corp.example"),
                        e(FILE_HASH, "ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c")));
        assertThat(parsed.events().stream().map(Event::id))
                .containsExactly(
                        EventIds.of(
                                FeedFormat.STIX, text, 0, parsed.events().get(0).eventTime()),
                        EventIds.of(
                                FeedFormat.STIX, text, 1, parsed.events().get(1).eventTime()));
    }

    @Test
    void observedDataWithoutASightingBecomesLowEvents() {
        ParseOutcome.Parsed parsed = parsed(sample("observed-data.json"));

        assertThat(parsed.indicators()).isEmpty();
        assertThat(parsed.events()).hasSize(2);
        assertEvent(
                parsed.events().get(0),
                EventSeverity.LOW,
                "2024-06-01T11:20:05.125Z",
                "Observed data: 203.0.113.45, 2001:db8::8a2e:370:7334, update-check.example.org and 2 more (5 times)",
                List.of(),
                List.of(
                        e(IP, "203.0.113.45"),
                        e(IP, "2001:db8::8a2e:370:7334"),
                        e(DOMAIN, "update-check.example.org"),
                        e(URL, "https://update-check.example.org/gate.php"),
                        e(IP, "10.0.8.14")));
        assertEvent(
                parsed.events().get(1),
                EventSeverity.LOW,
                "2024-06-01T11:31:00Z",
                "Observed data: 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12, 1001",
                List.of(),
                List.of(e(FILE_HASH, "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"), e(USER, "1001")));
    }

    @Test
    void theOasisExamplesAreIndicatorsKeptWithoutEvents() {
        ParseOutcome.Parsed c2 = parsed(sample("indicator-for-c2-ip-address.json"));
        ParseOutcome.Parsed campaign = parsed(sample("indicator-to-campaign-relationship.json"));
        ParseOutcome.Parsed withCoa = parsed(sample("indicators-for-C2-with-COA.json"));
        ParseOutcome.Parsed email = parsed(sample("malicious-email-indicator-with-attachment.json"));
        ParseOutcome.Parsed infrastructure = parsed(sample("infrastructure.json"));

        assertThat(c2.events()).isEmpty();
        assertThat(c2.indicators())
                .containsExactly(new ThreatIndicator(
                        "indicator--33fe3b22-0201-47cf-85d0-97c02164528d",
                        "IP Address for known C2 channel",
                        "[ipv4-addr:value = '10.0.0.0']",
                        "stix",
                        Optional.of(Instant.parse("2014-05-08T09:00:00Z")),
                        c2.indicators().get(0).raw()));
        assertThat(campaign.events()).isEmpty();
        assertThat(campaign.indicators())
                .extracting(ThreatIndicator::id, ThreatIndicator::name, ThreatIndicator::pattern)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "indicator--c43a0a05-e8d2-4f64-ae37-3f3fb153f8d9",
                        "test_name",
                        "[ ipv4-addr:value = '10.0.0.0' ]"));
        assertThat(campaign.indicators().get(0).validFrom()).contains(Instant.parse("2014-09-09T19:58:39.609Z"));
        assertThat(withCoa.events()).isEmpty();
        assertThat(withCoa.indicators())
                .extracting(ThreatIndicator::name, ThreatIndicator::pattern)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "IP Address for known C2 channel", "[ipv4-addr:value = '10.0.0.0']"),
                        org.assertj.core.groups.Tuple.tuple(
                                "File hash for Poison Ivy variant",
                                "[file:hashes.'SHA-256' = "
                                        + "'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c']"));
        assertThat(email.events()).isEmpty();
        assertThat(email.indicators())
                .extracting(ThreatIndicator::name, ThreatIndicator::pattern)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Malicious E-mail",
                                "[email-message:subject MATCHES '^[IMPORTANT] Please Review Before']"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Malicious Email Attachment",
                                "[email-message:body_multipart[*].body_raw_ref.name MATCHES "
                                        + "'^Final Report.+\\\\.exe$']"));
        assertThat(email.indicators().get(0).validFrom()).contains(Instant.parse("2014-10-31T15:52:13.127931Z"));
        assertThat(infrastructure.events()).isEmpty();
        assertThat(infrastructure.indicators()).isEmpty();
    }

    @Test
    void aSingleObjectIsReadWithoutABundle() {
        String sighting = "{\"type\":\"sighting\",\"spec_version\":\"2.1\","
                + "\"id\":\"sighting--1d5e8a2b-0000-4000-8000-000000000001\","
                + "\"first_seen\":\"2024-02-01T10:00:00+01:00\",\"count\":1,"
                + "\"sighting_of_ref\":\"indicator--9299f726-ce06-492e-8472-2b52ccb53191\"}";
        String indicator = "{\"type\":\"indicator\",\"id\":\"indicator--9299f726-ce06-492e-8472-2b52ccb53191\","
                + "\"pattern\":\"[domain-name:value = 'evil.example']\"}";
        String campaign = "{\"type\":\"campaign\",\"id\":\"campaign--b549a58c-afd9-4847-85c3-5be13d56d3cc\","
                + "\"name\":\"Operation Omega\"}";

        Event event = parsed(sighting).events().get(0);
        assertEvent(
                event,
                EventSeverity.HIGH,
                "2024-02-01T09:00:00Z",
                "Sighting of indicator--9299f726-ce06-492e-8472-2b52ccb53191 (once)",
                List.of(),
                List.of());
        ThreatIndicator only = parsed(indicator).indicators().get(0);
        assertThat(only.patternType()).isEqualTo("stix");
        assertThat(only.name()).isEmpty();
        assertThat(only.validFrom()).isEmpty();
        assertThat(parsed(campaign).events()).isEmpty();
        assertThat(parsed(campaign).indicators()).isEmpty();
    }

    @Test
    void aSightingWithoutAnyTimeTakesItFromItsObservedDataOrIsRejected() {
        String withEvidence = "{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":["
                + "{\"type\":\"observed-data\",\"id\":\"observed-data--1\",\"first_observed\":\"2024-01-02T03:04:05Z\","
                + "\"number_observed\":1,\"objects\":{\"0\":{\"type\":\"ipv4-addr\",\"value\":\"192.0.2.9\"}}},"
                + "{\"type\":\"sighting\",\"id\":\"sighting--1\",\"sighting_of_ref\":\"campaign--1\","
                + "\"observed_data_refs\":[\"observed-data--1\"]}]}";
        String without = "{\"type\":\"bundle\",\"id\":\"bundle--1\",\"objects\":["
                + "{\"type\":\"sighting\",\"id\":\"sighting--1\",\"sighting_of_ref\":\"campaign--1\"}]}";

        List<Event> events = parsed(withEvidence).events();
        assertThat(events).hasSize(1);
        assertEvent(
                events.get(0),
                EventSeverity.MEDIUM,
                "2024-01-02T03:04:05Z",
                "Sighting of campaign--1",
                List.of(),
                List.of(e(IP, "192.0.2.9")));
        assertThat(rejection(without)).isEqualTo("field objects[0].first_seen: missing");
    }

    @Test
    void rejectionsNameTheField() {
        assertThat(rejection(wrongTypesRecord())).isEqualTo("field objects[0].count: not a whole number");
        assertThat(rejection("{}")).isEqualTo("field type: missing");
        assertThat(rejection("{\"type\":\"bundle\",\"objects\":{}}")).isEqualTo("field objects: not a list");
        assertThat(rejection("{\"type\":\"bundle\",\"objects\":[{\"type\":\"indicator\"},42]}"))
                .isEqualTo("field objects[1]: not an object");
        assertThat(rejection("{\"type\":\"bundle\",\"objects\":[{\"id\":\"indicator--1\"}]}"))
                .isEqualTo("field objects[0].type: missing");
        assertThat(rejection("{\"type\":\"bundle\",\"objects\":[{\"type\":\"indicator\",\"id\":\"indicator--1\"}]}"))
                .isEqualTo("field objects[0].pattern: missing");
        assertThat(rejection("{\"type\":\"indicator\",\"id\":\"indicator--1\",\"pattern\":\"[x:y = 1]\","
                        + "\"valid_from\":\"soon\"}"))
                .isEqualTo("field valid_from: not a date");
        assertThat(rejection("{\"type\":\"sighting\",\"id\":\"sighting--1\",\"first_seen\":\"2024-01-01T00:00:00Z\"}"))
                .isEqualTo("field sighting_of_ref: missing");
        assertThat(rejection("{\"type\":\"sighting\",\"id\":\"sighting--1\",\"first_seen\":\"2024-01-01T00:00:00Z\","
                        + "\"sighting_of_ref\":\"indicator\"}"))
                .isEqualTo("field sighting_of_ref: not a STIX identifier");
        assertThat(rejection("{\"type\":\"sighting\",\"id\":\"sighting--1\",\"first_seen\":\"2024-01-01T00:00:00Z\","
                        + "\"sighting_of_ref\":\"indicator--1\",\"count\":-1}"))
                .isEqualTo("field count: -1 is outside 0 to 999999999");
        assertThat(rejection("{\"type\":\"sighting\",\"id\":\"sighting--1\",\"first_seen\":\"2024-01-01T00:00:00Z\","
                        + "\"sighting_of_ref\":\"indicator--1\",\"observed_data_refs\":\"observed-data--1\"}"))
                .isEqualTo("field observed_data_refs: not a list");
        assertThat(rejection("{\"type\":\"observed-data\",\"id\":\"observed-data--1\",\"number_observed\":1}"))
                .isEqualTo("field first_observed: missing");
        assertThat(rejection(
                        "{\"type\":\"bundle\",\"objects\":[{\"type\":\"observed-data\",\"id\":\"observed-data--1\","
                                + "\"first_observed\":\"2024-01-01T00:00:00Z\",\"object_refs\":[\"ipv4-addr--1\"]},"
                                + "{\"type\":\"ipv4-addr\",\"id\":\"ipv4-addr--1\",\"value\":3232235777}]}"))
                .isEqualTo("field objects[1].value: not a string");
        assertThat(rejection("{\"type\":\"indicator\",\"pattern\":\"[x:y = 1]\"}"))
                .isEqualTo("field id: missing");
    }
}

package org.vigil.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.correlate.CorrelationRule;
import org.vigil.core.correlate.CorrelationType;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRule;
import org.vigil.core.correlate.SigmaRuleLoader;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;

/**
 * The pilot rule packs load cleanly and, replayed through the real pipeline, turn each pilot's
 * timeline into that story's incidents, grouping the right scripted events, while the background
 * events (backups, normal sign-ins, patches, certificate renewals, scanner noise) raise none.
 * Events are named by their index in the pilot's timeline.
 */
class PilotRulePacksTest {

    private static final List<Scenario> PILOTS = PilotReplay.PILOTS;
    private static final LoadedRules RULES = PilotReplay.RULES;

    @TempDir
    Path tempDir;

    /**
     * One incident as the test sees it: title, severity, the group-by values that tie it together
     * (for a standalone rule, its first asset) and the timeline indexes of its events, in order.
     */
    record Raised(String title, EventSeverity severity, Map<String, String> group, List<Integer> timeline) {
        static Raised of(String title, EventSeverity severity, Map<String, String> group, Integer... timeline) {
            return new Raised(title, severity, group, List.of(timeline));
        }
    }

    /** Replays a pilot's whole timeline into a fresh workspace and returns what was raised. */
    private List<Raised> replay(String pilotId) throws Exception {
        Scenario pilot = PilotReplay.pilot(pilotId);
        try (Workspace workspace = Workspace.open(tempDir.resolve("w.db"))) {
            Map<String, Integer> indexOf = PilotReplay.replay(pilot, workspace, IncidentListener.NONE);

            List<Raised> raised = new ArrayList<>();
            for (IncidentSummary summary : workspace.incidents().list(1000)) {
                Incident incident = workspace.incidents().find(summary.id()).orElseThrow();
                List<Integer> timeline =
                        incident.eventIds().stream().map(indexOf::get).sorted().toList();
                raised.add(new Raised(summary.title(), summary.severity(), incident.group(), timeline));
            }
            return raised;
        }
    }

    private static Set<Integer> grouped(List<Raised> raised) {
        Set<Integer> all = new TreeSet<>();
        raised.forEach(r -> all.addAll(r.timeline()));
        return all;
    }

    @Test
    void everyPackLoadsWithNoProblems() {
        // given
        Map<Path, String> texts = new PilotRulePacks().texts();

        // when each pack is loaded on its own, and all together
        List<LoadedRules> alone = texts.entrySet().stream()
                .map(e -> new SigmaRuleLoader().load(e.getKey(), e.getValue()))
                .toList();

        // then
        assertThat(texts).hasSize(3);
        alone.forEach(loaded -> assertThat(loaded.problems()).isEmpty());
        assertThat(RULES.problems()).isEmpty();
        assertThat(RULES.rules().size() + RULES.correlations().size())
                .isEqualTo(alone.stream()
                        .mapToInt(l -> l.rules().size() + l.correlations().size())
                        .sum());
    }

    @Test
    void ruleNamesAreUniqueAndPrefixedWithTheirPilotAndIdsAreUuids() {
        // given
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        RULES.rules().forEach(r -> {
            names.add(r.name());
            ids.add(r.id());
            files.add(r.file());
        });
        RULES.correlations().forEach(c -> {
            names.add(c.name());
            ids.add(c.id());
            files.add(c.file());
        });

        // then
        assertThat(names).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"));
        for (int i = 0; i < names.size(); i++) {
            String prefix = switch (files.get(i).getFileName().toString()) {
                case "retail-ecommerce.yml" -> "retail_";
                case "pharmacy-delivery.yml" -> "pharmacy_";
                default -> "bank_";
            };
            assertThat(names.get(i)).startsWith(prefix);
        }
    }

    @Test
    void everyCorrelationTypeIsUsedAndEveryRuleIsTaggedWithAttack() {
        // given
        Set<CorrelationType> types = EnumSet.noneOf(CorrelationType.class);
        RULES.correlations().stream().map(CorrelationRule::type).forEach(types::add);

        // then
        assertThat(types).containsExactlyInAnyOrder(CorrelationType.values());
        Stream.concat(
                        RULES.rules().stream().map(SigmaRule::tags),
                        RULES.correlations().stream().map(CorrelationRule::tags))
                .forEach(tags -> assertThat(tags).anyMatch(t -> t.startsWith("attack.")));
        assertThat(RULES.correlations()).anyMatch(c -> !c.aliases().isEmpty());
    }

    @Test
    void retailPilotRaisesPhishingTakeoverDataTheftAndSkimmerIncidents() throws Exception {
        // when the retail pilot is replayed
        List<Raised> raised = replay("retail-ecommerce");

        // then
        assertThat(raised)
                .containsExactlyInAnyOrder(
                        // the look-alike lure reached five staff (6-10; 10 went to junk)
                        Raised.of(
                                "Phishing campaign from a look-alike domain reached several staff",
                                EventSeverity.MEDIUM,
                                Map.of("properties.SenderFromDomain", "lumenhaus-support.example"),
                                6,
                                7,
                                8,
                                9,
                                10),
                        // the click (Defender: AccountUpn), the risky sign-in from Singapore and the
                        // anomalous token into the back office (Entra: userPrincipalName)
                        Raised.of(
                                "Account takeover: phishing click, risky sign-in, then token replay into the shop"
                                        + " back office",
                                EventSeverity.HIGH,
                                Map.of("user", "m.ferreira@lumenhaus.example"),
                                11,
                                14,
                                35),
                        // sqlmap and UNION SELECT seen by WAF (38, 40, 45, 47), IDS (39, 42) and web log
                        // (43), then the first DLP hit of 5,000 customer records to the attacker (48)
                        Raised.of(
                                "SQL injection against the shop followed by bulk customer data to the same address",
                                EventSeverity.CRITICAL,
                                Map.of("attacker_ip", "198.51.100.77"),
                                38,
                                39,
                                40,
                                42,
                                43,
                                45,
                                47,
                                48),
                        // DLP (48, 51, 56) and the IDS flows of 96, 178 and 37 MB (49, 53, 57)
                        Raised.of(
                                "Bulk customer data keeps leaving to one external address",
                                EventSeverity.CRITICAL,
                                Map.of("external_ip", "198.51.100.77"),
                                48,
                                49,
                                51,
                                53,
                                56,
                                57),
                        Raised.of(
                                "Integration token created from outside and then used for bulk customer reads",
                                EventSeverity.HIGH,
                                Map.of("data.srcip", "198.51.100.77"),
                                50,
                                54),
                        // shoppers' browsers report the widget calling the skimmer domain, from the day
                        // of the compromised update until after the rollback
                        Raised.of(
                                "Checkout script sends shoppers' data to an unlisted domain (card skimmer)",
                                EventSeverity.HIGH,
                                Map.of("csp-report.blocked-uri", "https://cdn-cartly-metrics.example/collect"),
                                30,
                                32,
                                34,
                                61,
                                64,
                                88),
                        // the IDS Magecart domain alerts and the YARA match on the widget's script
                        Raised.of(
                                "Magecart card skimmer detected",
                                EventSeverity.CRITICAL,
                                Map.of("vigil.asset", "retail-ecommerce/checkout-plugin"),
                                70,
                                71,
                                72),
                        // the attacker's address tries the reset account and a second phished one
                        Raised.of(
                                "Failed sign-ins to several staff accounts from one risky address",
                                EventSeverity.MEDIUM,
                                Map.of("ipAddress", "203.0.113.199"),
                                68,
                                81));
        assertThat(grouped(raised))
                .as("backups, badges, normal sign-ins, WAF false positives, scanner noise, sanctioned DLP"
                        + " transfers, the certificate renewal, the fixed plugin update and the responders'"
                        + " own actions")
                .doesNotContainAnyElementsOf(List.of(
                        0, 1, 2, 3, 4, 5, 19, 20, 21, 22, 23, 24, 25, 31, 33, 55, 58, 59, 60, 62, 65, 66, 67, 73, 74,
                        75, 76, 77, 78, 79, 80, 82, 83, 84, 89, 90, 91, 92, 93, 94, 95));
    }

    @Test
    void pharmacyPilotRaisesInsiderLeakHijackColdChainAndLostConsignmentIncidents() throws Exception {
        // when the pharmacy pilot is replayed
        List<Raised> raised = replay("pharmacy-delivery");

        // then
        assertThat(raised)
                .containsExactlyInAnyOrder(
                        // VPN outside shift (16), RDP from the VPN (18), OPA export violations (20), the
                        // export (21) and the upload to personal cloud storage (29): one user, five names
                        Raised.of(
                                "Insider leak: route plan exported after hours and uploaded to personal cloud storage",
                                EventSeverity.HIGH,
                                Map.of("user", "dpinheiro"),
                                16,
                                18,
                                20,
                                21,
                                29),
                        // mailed to a private address (23), then caught uploading (27)
                        Raised.of(
                                "Route plan sent out to a personal mailbox and to cloud storage",
                                EventSeverity.HIGH,
                                Map.of("UserId", "duarte.pinheiro@atlantico-lm.example"),
                                23,
                                27),
                        // the export of route R-0312-ST-04 and, next morning, the van leaving that route
                        Raised.of(
                                "Leaked route plan followed by the van on that route leaving it",
                                EventSeverity.CRITICAL,
                                Map.of("route", "R-0312-ST-04"),
                                21,
                                53),
                        // off route (53, 54), tracker case opened and power cut (58, 59), seal broken (60)
                        Raised.of(
                                "Armoured van diverted, tracker torn out and cargo door forced",
                                EventSeverity.CRITICAL,
                                Map.of("vehicle_id", "BG-41-TX"),
                                53,
                                54,
                                58,
                                59,
                                60),
                        // the anomaly monitor: the van 420 m, 1280 m and 3.4 km off its route (53, 54, 55),
                        // boxes 117 and 114 out of their band (68, 69) and further out (73, 74)
                        Raised.of(
                                "Anomalies in transit: a vehicle far off its planned route while cold-chain boxes"
                                        + " warm",
                                EventSeverity.HIGH,
                                Map.of("fields.scenario", "pharmacy-delivery"),
                                53,
                                54,
                                55,
                                68,
                                69,
                                73,
                                74),
                        // lids opened (61, 62, 64), box 209 carried away and silent (67, 70, 72), boxes 114
                        // and 117 above 8 °C (68, 69, 73, 74)
                        Raised.of(
                                "Cold-chain boxes of a shipment opened, warming and taken away",
                                EventSeverity.CRITICAL,
                                Map.of("shipment_id", "CN-20250312-ST04"),
                                61,
                                62,
                                64,
                                67,
                                68,
                                69,
                                70,
                                72,
                                73,
                                74),
                        // handover missed (78), not received (79), GDP deviation (90), reconciliation (94)
                        Raised.of(
                                "Consignment lost in transit: missed handover, GDP deviation and undelivered"
                                        + " prescriptions",
                                EventSeverity.HIGH,
                                Map.of("consignment", "CN-20250312-ST04"),
                                78,
                                79,
                                90,
                                94));
        assertThat(grouped(raised))
                .as("routine positions, in-range temperatures, expected dock and cargo doors, deliveries,"
                        + " orders, logins, the planners' own route publish and re-plan, scanner noise")
                .doesNotContainAnyElementsOf(List.of(
                        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 19, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41,
                        42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 75, 76, 77, 80, 81, 85, 87, 88, 89, 91, 92, 93, 98,
                        99));
    }

    @Test
    void bankPilotRaisesIntrusionRansomwareOutageAndMerchantIncidents() throws Exception {
        // when the bank pilot is replayed
        List<Raised> raised = replay("bank-payments");

        // then
        assertThat(raised)
                .containsExactlyInAnyOrder(
                        // the vished employee opens the .docm from Outlook (11), Word runs encoded
                        // PowerShell (12)
                        Raised.of(
                                "Malicious macro from a mailed document ran encoded PowerShell",
                                EventSeverity.CRITICAL,
                                Map.of("agent.name", "bo-ws-0412"),
                                11,
                                12),
                        Raised.of(
                                "Cobalt Strike beacon",
                                EventSeverity.CRITICAL,
                                Map.of("vigil.asset", "bank-payments/bo-ws-0412"),
                                13),
                        // scheduled task (14), LSASS read (19), adm.tnovak RDP from the workstation (21)
                        Raised.of(
                                "Compromised workstation: persistence and credential dumping, then a domain-admin RDP"
                                        + " logon from it",
                                EventSeverity.CRITICAL,
                                Map.of("workstation_ip", "10.50.12.34"),
                                14,
                                19,
                                21),
                        Raised.of(
                                "Backups sabotaged: one account disabled jobs and deleted restore points",
                                EventSeverity.CRITICAL,
                                Map.of("UserName", "CORP\\svc_veeam"),
                                31,
                                32,
                                33),
                        Raised.of(
                                "Bulk upload with rclone from an internal server",
                                EventSeverity.HIGH,
                                Map.of("vigil.asset", "bank-payments/bo-file-share"),
                                34),
                        // the phished Forkly finance clerk's portal account
                        Raised.of(
                                "Merchant portal account takeover: login from a hosting network, then password and"
                                        + " e-mail changed",
                                EventSeverity.HIGH,
                                Map.of("userId", "5c1e9a2f-7d43-4b8e-9f61-0a3d2c7b8e14"),
                                38,
                                39,
                                40),
                        Raised.of(
                                "Stolen admin credentials: risky VPN sign-in, admin RDP from the VPN, Group Policy"
                                        + " changed",
                                EventSeverity.CRITICAL,
                                Map.of(),
                                45,
                                46,
                                49),
                        Raised.of(
                                "Cobalt Strike beacon",
                                EventSeverity.CRITICAL,
                                Map.of("vigil.asset", "bank-payments/hsm-gateway"),
                                48),
                        // Defender off, shadow copies, bcdedit, services stopped, RECON.mdf deleted and
                        // ransomware alerts on five servers, in three bursts of three hosts each
                        Raised.of(
                                "Ransomware across the payment back office",
                                EventSeverity.CRITICAL,
                                Map.of(),
                                50,
                                51,
                                52,
                                53,
                                54,
                                57,
                                58,
                                59,
                                60,
                                61,
                                62,
                                63),
                        // the ransomware alerts also stand alone, per host (generate: true)
                        Raised.of(
                                "Ransomware detected",
                                EventSeverity.CRITICAL,
                                Map.of("vigil.asset", "bank-payments/bo-file-share"),
                                57,
                                58),
                        Raised.of(
                                "Ransomware detected",
                                EventSeverity.CRITICAL,
                                Map.of("vigil.asset", "bank-payments/hsm-gateway"),
                                59),
                        // ransomware (57), authorisation success at 41 % (65), Forkly's checkout failing (71)
                        Raised.of(
                                "Ransomware outage: card authorisation collapsed and merchants' checkouts are"
                                        + " failing",
                                EventSeverity.CRITICAL,
                                Map.of(),
                                57,
                                65,
                                71),
                        // Forkly, Salvia Pharmacy and Brightcart
                        Raised.of(
                                "Card payments failing at several merchants' online checkouts",
                                EventSeverity.HIGH,
                                Map.of(),
                                71,
                                74,
                                75));
        assertThat(grouped(raised))
                .as("successful backups and restores, normal metrics and sign-ins, patches and change"
                        + " tickets, the Defender false positive on the in-house add-in, agents reconnecting")
                .doesNotContainAnyElementsOf(List.of(
                        0, 1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 18, 23, 26, 27, 35, 36, 41, 42, 43, 44, 47, 84, 86, 87, 88,
                        89, 90, 91, 92, 93, 95, 96, 97, 98, 99));
    }
}

package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.i18n.Language;

/**
 * {@code vigil diagnose} on the bank pilot, with the observations of {@code PilotAnalysisTest}:
 * the pilot's timeline offsets in minutes after its reference time (07:00 the day before), so
 * card authorisation's success rate collapsing at 02:22 is {@code card-authorisation@1162}.
 */
class DiagnoseCommandTest {

    /** The card side of the bank's timeline, from 02:22 to Forkly's ticket at 07:45. */
    private static final List<String> PAYMENT_FAILURES = List.of(
            "card-authorisation@1162",
            "forkly-checkout@1180",
            "salvia-checkout@1245",
            "salvia-online-checkout@1450",
            "forkly-online-checkout@1485");

    /** The gateway-health alerts of the first half hour, from 02:14 to 02:40, written as durations. */
    private static final List<String> HEALTH_ALERTS = List.of(
            "payment-gateway@19h14m", "auth-switch-b@19h15m", "card-authorisation@19h22m", "forkly-checkout@19h40m");

    private static final Pattern CANDIDATE_ROW = Pattern.compile("(?m)^(\\d+) {2,}(\\S+) {2,}");

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void pilotsInANewWorkspace() {
        cli = new CliHarness(dir);
    }

    @Test
    void thePaymentFailuresPointAtWhatBothMerchantsAndCardAuthorisationShare() {
        // when
        int code = cli.run(diagnose(PAYMENT_FAILURES, "--top", "100"));

        // then the payment gateway, its DMZ, the HSM gateway and the data centre come first, each
        // explaining all five incidents
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains(
                        "Diagnosis in bank-payments: 5 assets observed, 23 candidate root causes; now is +1 d 45 min.")
                .contains("Observed: card-authorisation at +19 h 22 min, forkly-checkout at +19 h 40 min,")
                .containsPattern("RANK +CANDIDATE +LAYER +ORGANISATION +POSTERIOR +FAILED AT +EXPLAINED +UNEXPLAINED"
                        + " +OVERDUE")
                .containsPattern(
                        "(?m)^[1-4] +hsm-gateway +Cyber +meridian-bank +\\d+(\\.\\d)?% +\\+19 h 20 min +5 +0 ");
        List<String> ranked = ranked(cli.out());
        assertThat(ranked.subList(0, 4))
                .containsExactlyInAnyOrder("payment-gateway", "payment-dmz", "hsm-gateway", "bank-dc1");
        for (String top : ranked.subList(0, 4)) {
            assertThat(cli.out()).containsPattern("(?m)^[1-4] +" + top + " .* 5 +0 +\\d+\\+?$");
        }
        // what explains one merchant alone ranks below; the settlement side explains none of it
        assertThat(ranked.indexOf("nimbus-k8s")).isGreaterThan(ranked.indexOf("hsm-gateway"));
        assertThat(ranked.indexOf("salvia-checkout")).isGreaterThan(ranked.indexOf("hsm-gateway"));
        assertThat(ranked).doesNotContain("settlement-server");
        // and the HSM gateway says: the authorisation switches should be failing too
        assertThat(forecastOf("hsm-gateway", cli.out()))
                .containsPattern("auth-switch-a +\\+19 h 22 min +90% +overdue")
                .containsPattern("auth-switch-b +\\+19 h 22 min +90% +overdue");
    }

    @Test
    void theFirstHealthAlertsPointAtTheHsmGatewayAndDateItsFailure() {
        // when
        int code = cli.run(diagnose(HEALTH_ALERTS, "--top", "3"));

        // then it failed at 02:12, explains the switch's timeouts that the payment gateway cannot,
        // and card settlement is next, an hour on
        assertThat(code).as(cli.err()).isZero();
        assertThat(ranked(cli.out())).first().isEqualTo("hsm-gateway");
        assertThat(cli.out())
                .containsPattern("(?m)^1 +hsm-gateway +Cyber +meridian-bank +[5-9]\\d(\\.\\d)?% +\\+19 h 12 min +4 +0 ")
                .contains("17 more candidates not shown; see --top or --json.")
                .contains("If hsm-gateway failed at +19 h 12 min (posterior ");
        String hsm = forecastOf("hsm-gateway", cli.out());
        assertThat(hsm).containsPattern("auth-switch-a +\\+19 h 14 min +90% +overdue");
        assertThat(hsm.lines().filter(l -> l.endsWith("next")).findFirst())
                .hasValueSatisfying(next -> assertThat(next).matches("card-settlement +\\+20 h 14 min +\\S+ +next"));
        assertThat(forecastOf("payment-gateway", cli.out())).contains("It does not explain: auth-switch-b");
    }

    @Test
    void theTableSpeaksTheUsersLanguage() {
        // when
        int code = cli.run(Language.DE, diagnose(PAYMENT_FAILURES));

        // then the same candidates come first, in German
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains(
                        "Diagnose in bank-payments: 5 Assets beobachtet, 23 mögliche Grundursachen; jetzt ist +1 Tg. 45 min.")
                .contains("Beobachtet: card-authorisation bei +19 h 22 min")
                .containsPattern("RANG +KANDIDAT +EBENE +ORGANISATION +A POSTERIORI +AUSGEFALLEN BEI +ERKLÄRT")
                // the locale's percent: a no-break space before the sign
                .containsPattern("(?m)^[1-4] +bank-dc1 +Physisch +meridian-bank +\\d+(,\\d)?\u00a0% ")
                .containsPattern("auth-switch-a +\\+19 h 22 min +90\u00a0% +überfällig")
                .contains("13 weitere Kandidaten nicht angezeigt; siehe --top oder --json.")
                .doesNotContain("overdue")
                .doesNotContain("POSTERIOR ");
        assertThat(ranked(cli.out()).subList(0, 4))
                .containsExactlyInAnyOrder("payment-gateway", "payment-dmz", "hsm-gateway", "bank-dc1");
    }

    @Test
    void jsonGivesEveryCandidateWithEnglishNamesAndMinutes() throws Exception {
        // when
        int code = cli.run(diagnose(PAYMENT_FAILURES, "--json"));

        // then
        assertThat(code).as(cli.err()).isZero();
        JsonNode diagnosis = new ObjectMapper().readTree(cli.out());
        assertThat(diagnosis.get("scenario").asText()).isEqualTo("bank-payments");
        assertThat(diagnosis.get("nowMinute").asInt()).isEqualTo(1485);
        assertThat(diagnosis.get("relativeToNow").asBoolean()).isFalse();
        assertThat(diagnosis.get("observations").get(0).get("asset").asText()).isEqualTo("card-authorisation");
        assertThat(diagnosis.get("observations").get(0).get("minute").asInt()).isEqualTo(1162);
        JsonNode candidates = diagnosis.get("candidates");
        assertThat(candidates).hasSize(23);
        List<JsonNode> top = List.of(candidates.get(0), candidates.get(1), candidates.get(2), candidates.get(3));
        assertThat(top)
                .extracting(c -> c.get("asset").asText())
                .containsExactlyInAnyOrder("payment-gateway", "payment-dmz", "hsm-gateway", "bank-dc1");
        assertThat(top).allSatisfy(c -> {
            assertThat(c.get("explained")).hasSize(5);
            assertThat(c.get("unexplained")).isEmpty();
        });
        assertThat(byField(candidates, "asset", "settlement-server")).isNull();
        JsonNode hsm = byField(candidates, "asset", "hsm-gateway");
        assertThat(hsm.get("layer").asText()).isEqualTo("cyber");
        assertThat(hsm.get("organisation").asText()).isEqualTo("meridian-bank");
        assertThat(hsm.get("failureMinute").asInt()).isEqualTo(1160);
        assertThat(hsm.get("score").asDouble()).isNegative();
        assertThat(hsm.get("overdue").findValuesAsText("asset")).contains("auth-switch-a", "auth-switch-b");
        assertThat(byField(hsm.get("overdue"), "asset", "auth-switch-a")
                        .get("likelihood")
                        .asDouble())
                .isCloseTo(0.9, within(1e-9));
        double posteriors = StreamSupport.stream(candidates.spliterator(), false)
                .mapToDouble(c -> c.get("posterior").asDouble())
                .sum();
        assertThat(posteriors).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void withoutAnyTimeEveryTimeCountsFromNow() throws Exception {
        // when
        int code = cli.run(
                "diagnose",
                "--scenario",
                "bank-payments",
                "--observed",
                "payment-gateway",
                "--observed",
                "auth-switch-b");
        String table = cli.out();
        cli.run(
                "diagnose",
                "--scenario",
                "bank-payments",
                "--observed",
                "payment-gateway",
                "--observed",
                "auth-switch-b",
                "--json");

        // then the HSM gateway reaches both two minutes after failing, so it failed two minutes ago
        assertThat(code).as(cli.err()).isZero();
        assertThat(table)
                .contains("now is +0 min.")
                .contains("No observation has a time: times count from now, so failure times are negative.")
                .contains("Observed: payment-gateway (time unknown), auth-switch-b (time unknown)")
                .containsPattern("(?m)^1 +hsm-gateway +Cyber +meridian-bank +\\S+ +−2 min +2 +0 ");
        JsonNode diagnosis = new ObjectMapper().readTree(cli.out());
        assertThat(diagnosis.get("relativeToNow").asBoolean()).isTrue();
        assertThat(diagnosis.get("observations").get(0).get("minute").isNull()).isTrue();
        assertThat(diagnosis.get("candidates").get(0).get("failureMinute").asInt())
                .isEqualTo(-2);
    }

    @Test
    void nowCanBeLaterThanTheLatestObservation() {
        // when: at 03:30 card settlement (+20 h 14 min) should be failing already
        int code = cli.run(diagnose(HEALTH_ALERTS, "--now", "20h30m", "--top", "1"));

        // then
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("now is +20 h 30 min.")
                .containsPattern("card-settlement +\\+20 h 14 min +\\S+ +overdue");
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(
                        List.of("--scenario", "nowhere", "--observed", "hsm-gateway"),
                        "--scenario nowhere: the workspace holds no scenario with this ID; the IDs are: "
                                + "retail-ecommerce, pharmacy-delivery, bank-payments"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--observed", "ghost"),
                        "--observed ghost: the scenario bank-payments has no asset with the ID \"ghost\""),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--observed", "hsm-gateway", "--observed", "ghost@1h"),
                        "--observed ghost@1h: the scenario bank-payments has no asset with the ID \"ghost\""),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--observed", "hsm-gateway@soon"),
                        "--observed hsm-gateway@soon: \"soon\" is not a time; give minutes after the reference"
                                + " time (90) or a duration (30m, 2h, 1d)"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--observed", "hsm-gateway@-5m"),
                        "--observed hsm-gateway@-5m: \"-5m\" is not a time"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--observed", "hsm-gateway", "--now", "later"),
                        "--now later: not a time; give minutes after the reference time (90) or a duration"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--observed", "hsm-gateway@1h", "--now", "10m"),
                        "--now 10m: comes before the observation hsm-gateway@1h; nothing can have been seen after now"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--observed", "hsm-gateway", "--top", "0"),
                        "--top must be at least 1, not 0"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--observed", "hsm-gateway", "--top", "-3"),
                        "--top must be at least 1, not -3"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--observed", "hsm-gateway", "--top", "many"),
                        "--top many: give a whole number"),
                Arguments.of(List.of("--scenario", "bank-payments"), "missing --observed=ASSET[@TIME]"),
                Arguments.of(List.of("--observed", "hsm-gateway"), "missing --scenario=NAME"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badArguments")
    void aBadArgumentIsAUsageErrorThatNamesIt(List<String> args, String reason) {
        // given
        List<String> command = new ArrayList<>(List.of("diagnose"));
        command.addAll(args);

        // when
        int code = cli.run(command.toArray(String[]::new));

        // then
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("The command line is not valid: " + reason);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aBadArgumentIsExplainedInTheUsersLanguage() {
        // when
        int asset = cli.run(Language.DE, "diagnose", "--scenario", "bank-payments", "--observed", "ghost@1h");
        String assetError = cli.err();
        int top = cli.run(
                Language.DE, "diagnose", "--scenario", "bank-payments", "--observed", "hsm-gateway", "--top", "0");
        String topError = cli.err();
        int now = cli.run(
                Language.FR,
                "diagnose",
                "--scenario",
                "bank-payments",
                "--observed",
                "hsm-gateway",
                "--now",
                "bientôt");

        // then
        assertThat(asset).isEqualTo(2);
        assertThat(assetError)
                .contains("--observed ghost@1h: Das Szenario bank-payments hat kein Asset mit der ID „ghost“");
        assertThat(top).isEqualTo(2);
        assertThat(topError).contains("--top muss mindestens 1 sein, nicht 0");
        assertThat(now).isEqualTo(2);
        assertThat(cli.err()).contains("--now bientôt : ce n'est pas une durée");
    }

    private static String[] diagnose(List<String> observed, String... more) {
        List<String> args = new ArrayList<>(List.of("diagnose", "--scenario", "bank-payments"));
        for (String o : observed) {
            args.add("--observed");
            args.add(o);
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** The candidates of the table, in rank order. */
    private static List<String> ranked(String out) {
        List<String> ranked = new ArrayList<>();
        Matcher row = CANDIDATE_ROW.matcher(out);
        while (row.find()) {
            assertThat(Integer.parseInt(row.group(1))).isEqualTo(ranked.size() + 1);
            ranked.add(row.group(2));
        }
        return ranked;
    }

    /** What the table says a candidate predicts: from its "If … failed" line to the next blank line. */
    private static String forecastOf(String candidate, String out) {
        int start = out.indexOf("\nIf " + candidate + " failed at");
        if (start < 0) {
            start = out.indexOf("\nFalls " + candidate + " bei");
        }
        assertThat(start).as("forecast of " + candidate).isNotNegative();
        int end = out.indexOf("\n\n", start + 1);
        return out.substring(start + 1, end < 0 ? out.length() : end);
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> n.get(field).asText().equals(value))
                .findFirst()
                .orElse(null);
    }
}

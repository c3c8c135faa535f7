package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * {@code vigil cascade} on the bank pilot: BlackVault encrypts the HSM gateway of the payments back
 * office at 02:08 on the second day, 19 h 8 min after the pilot's reference time (07:00 the day
 * before). The breach times are those of {@code PilotCascadeTest}: the switches, card authorisation
 * and the merchants' checkouts go down at +19 h 10 min (02:10), Forkly's MTPD of 4 h runs out at
 * +23 h 10 min (06:10) and Salvia's of 12 h at +1 d 7 h 10 min (14:10).
 */
class CascadeCommandTest {

    private static final String HSM_ENCRYPTED = "hsm-gateway:compromised@19h8m";

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void pilotsInANewWorkspace() {
        cli = new CliHarness(dir);
    }

    @Test
    void theTableShowsTheBreachesAtTheTimesThePilotGives() {
        // when
        int code = cli.run("cascade", "--scenario", "bank-payments", "--start", HSM_ENCRYPTED);

        // then
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("Cascade in bank-payments: 19 assets hit, 7 services breach their continuity targets.")
                .contains("Start: hsm-gateway, compromised, at +19 h 8 min")
                .containsPattern(
                        "ASSET +LAYER +ORGANISATION +ONSET +LIKELIHOOD +\\+15 min +\\+1 h +\\+4 h +\\+1 d +\\+3 d")
                .containsPattern(
                        "forkly-online-checkout +Business +forkly +\\+19 h 10 min +69.4% +0% +0% +0% +100% +100%")
                .containsPattern("forkly-online-checkout +forkly +\\+19 h 10 min +\\+19 h 40 min +\\+23 h 10 min")
                .containsPattern("salvia-online-checkout +salvia-pharmacy +\\+19 h 10 min +\\+21 h 10 min"
                        + " +\\+1 d 7 h 10 min")
                .contains("stellarcard by +19 h 40 min")
                .contains("card-authorisation (likelihood 73.1%): hsm-gateway +19 h 8 min → auth-switch-a +19 h 10 min"
                        + " → card-authorisation +19 h 10 min");
        // Brightcart routes its payments through Payvora as well
        assertThat(cli.out()).doesNotContain("brightcart-online-checkout");
    }

    @Test
    void theTableSpeaksTheUsersLanguage() {
        // when
        int code = cli.run(Language.DE, "cascade", "--scenario", "bank-payments", "--start", HSM_ENCRYPTED);

        // then
        assertThat(code).isZero();
        assertThat(cli.out())
                .contains("Kaskade in bank-payments: 19 Assets getroffen, 7 Dienste verletzen ihre Kontinuitätsziele.")
                .contains("Start: hsm-gateway, kompromittiert, bei +19 h 8 min")
                .containsPattern("ASSET +EBENE +ORGANISATION +BEGINN +WAHRSCHEINLICHKEIT")
                // the locale's percent: a no-break space before the sign
                .containsPattern("forkly-online-checkout +Geschäft +forkly +\\+19 h 10 min +69,4\u00a0%")
                .containsPattern("forkly-online-checkout +forkly +\\+19 h 10 min +\\+19 h 40 min +\\+23 h 10 min")
                .containsPattern("salvia-online-checkout +salvia-pharmacy +\\+19 h 10 min +\\+21 h 10 min"
                        + " +\\+1 Tg\\. 7 h 10 min")
                .contains("stellarcard bis +19 h 40 min")
                .doesNotContain("LIKELIHOOD")
                .doesNotContain("breach");
    }

    @Test
    void jsonGivesEveryFigureInMinutesWithEnglishNames() throws Exception {
        // given the whole ransomware of the pilot, its times written every way the option takes
        List<String> args = new ArrayList<>(List.of("cascade", "--scenario", "bank-payments", "--json"));
        for (String start : List.of(
                "settlement-server:compromised@1142",
                "backup-server:compromised@19h4m",
                "bo-file-share:compromised@19h6m40s",
                HSM_ENCRYPTED,
                "reconciliation-db:compromised@1149.0")) {
            args.add("--start");
            args.add(start);
        }
        args.addAll(List.of("--explain", "100"));

        // when
        int code = cli.run(args.toArray(String[]::new));

        // then
        assertThat(code).as(cli.err()).isZero();
        JsonNode run = new ObjectMapper().readTree(cli.out());
        assertThat(run.get("scenario").asText()).isEqualTo("bank-payments");
        assertThat(run.get("start")).hasSize(5);
        assertThat(run.get("start").get(2).get("startMinute").asDouble()).isCloseTo(1146.667, within(1e-3));
        assertThat(run.get("start").get(3).get("state").asText()).isEqualTo("compromised");
        assertThat(run.get("horizonMinutes").toString()).isEqualTo("[15,60,240,1440,4320]");
        JsonNode forkly = byField(run.get("assets"), "asset", "forkly-online-checkout");
        assertThat(forkly.get("onsetMinute").asInt()).isEqualTo(1150);
        assertThat(forkly.get("layer").asText()).isEqualTo("business");
        assertThat(forkly.get("organisation").asText()).isEqualTo("forkly");
        assertThat(forkly.get("impacts").get(3).asDouble()).isEqualTo(1.0);
        assertThat(byField(run.get("assets"), "asset", "brightcart-online-checkout"))
                .isNull();

        JsonNode forklyContinuity = byField(run.get("continuity"), "service", "forkly-online-checkout");
        assertThat(forklyContinuity.get("rtoBreachMinute").asInt()).isEqualTo(1180);
        assertThat(forklyContinuity.get("mtpdBreachMinute").asInt()).isEqualTo(1390);
        assertThat(forklyContinuity.get("disruptionEndMinute").isNull()).isTrue();
        assertThat(byField(run.get("continuity"), "service", "salvia-online-checkout")
                        .get("mtpdBreachMinute")
                        .asInt())
                .isEqualTo(1870);
        JsonNode authorisation = byField(run.get("continuity"), "service", "card-authorisation");
        assertThat(byField(authorisation.get("affectedOrganisations"), "organisation", "stellarcard")
                        .get("notifyByMinute")
                        .asInt())
                .isEqualTo(1180);
        assertThat(run.get("totalLoss").asDouble()).isPositive();

        JsonNode why = byField(run.get("explanations"), "asset", "forkly-online-checkout");
        assertThat(why.get("path").findValuesAsText("asset"))
                .containsExactly("hsm-gateway", "auth-switch-a", "card-authorisation", "forkly-online-checkout");
        assertThat(why.get("likelihood").asDouble()).isCloseTo(0.9 * 0.95 * (0.9 * 0.95) * 0.95, within(1e-12));
        assertThat(why.get("path").get(2).get("redundancyGroup").asText()).isEqualTo("auth-switch-pair");
    }

    @Test
    void aStartWithoutStateOrTimeFailsAtTheReferenceTime() {
        int code = cli.run("cascade", "--scenario", "bank-payments", "--start", "hsm-gateway", "--horizons", "1m,2h");

        assertThat(code).isZero();
        assertThat(cli.out())
                .contains("Start: hsm-gateway, failed, at +0 min")
                .containsPattern("LIKELIHOOD +\\+1 min +\\+2 h\\R")
                .containsPattern("forkly-online-checkout +Business +forkly +\\+2 min +69.4% +0% +100%");
    }

    @Test
    void theTableStopsAtTheLimitAndSaysHowManyMoreThereAre() {
        int code =
                cli.run("cascade", "--scenario", "bank-payments", "--start", "hsm-gateway:degraded@90", "--limit", "2");

        assertThat(code).isZero();
        assertThat(cli.out())
                .contains("Start: hsm-gateway, degraded, at +1 h 30 min")
                .contains("17 more assets not shown; see --limit or --json.");
    }

    @Test
    void monteCarloRunsSayHowLikelyEachAssetIsHitAndHowFarTheCascadeSpreads() {
        // when
        int code = cli.run("cascade", "--scenario", "bank-payments", "--start", HSM_ENCRYPTED, "--monte-carlo", "2000");

        // then
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("Monte Carlo, 2,000 runs (seed 1): the share of runs that hit each asset")
                .containsPattern("ASSET +AT ALL +MEAN ONSET +\\+15 min +\\+1 h +\\+4 h +\\+1 d +\\+3 d")
                .containsPattern("hsm-gateway +100% +\\+19 h 8 min +0% +0% +0% +100% +100%")
                .containsPattern("BY +MEAN +MEDIAN +90TH PERCENTILE +MOST")
                .containsPattern("\\+15 min +0 +0 +0 +0")
                .containsPattern("at any time +\\d");
    }

    @Test
    void monteCarloRunsAreInTheJsonAndTheSameSeedGivesTheSameFigures() throws Exception {
        // given
        String[] args = {
            "cascade",
            "--scenario",
            "bank-payments",
            "--start",
            HSM_ENCRYPTED,
            "--monte-carlo",
            "2000",
            "--seed",
            "42",
            "--json"
        };

        // when
        int code = cli.run(args);
        String first = cli.out();
        cli.run(args);

        // then
        assertThat(code).isZero();
        assertThat(cli.out()).isEqualTo(first);
        JsonNode runs = new ObjectMapper().readTree(first).get("monteCarlo");
        assertThat(runs.get("runs").asInt()).isEqualTo(2000);
        assertThat(runs.get("seed").asLong()).isEqualTo(42);
        JsonNode hsm = byField(runs.get("assets"), "asset", "hsm-gateway");
        assertThat(hsm.get("probabilityEver").asDouble()).isEqualTo(1.0);
        assertThat(hsm.get("meanOnsetMinute").asInt()).isEqualTo(1148);
        JsonNode switchA = byField(runs.get("assets"), "asset", "auth-switch-a");
        // the HSM gateway reaches each switch with likelihood 0.9
        assertThat(switchA.get("probabilityEver").asDouble()).isCloseTo(0.9, within(0.03));
        assertThat(switchA.get("probabilities")).hasSize(5);
        assertThat(switchA.get("standardErrors").get(4).asDouble()).isCloseTo(0.0067, within(0.002));
        JsonNode radius = runs.get("blastRadius");
        assertThat(radius).hasSize(6);
        assertThat(radius.get(0).get("horizonMinute").asInt()).isEqualTo(15);
        assertThat(radius.get(0).get("max").asInt()).isZero();
        assertThat(radius.get(5).get("horizonMinute").isNull()).isTrue();
        assertThat(radius.get(5).get("min").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(radius.get(5).get("max").asInt()).isLessThanOrEqualTo(19);
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(
                        List.of("--scenario", "nowhere", "--start", "hsm-gateway"),
                        "--scenario nowhere: the workspace holds no scenario with this ID; the IDs are: "
                                + "retail-ecommerce, pharmacy-delivery, bank-payments"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--start", "ghost:failed"),
                        "--start ghost:failed: the scenario bank-payments has no asset with the ID \"ghost\""),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--start", "hsm-gateway:melted"),
                        "--start hsm-gateway:melted: unknown state \"melted\"; the states are: degraded, failed,"
                                + " compromised"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--start", "hsm-gateway:failed@soon"),
                        "--start hsm-gateway:failed@soon: \"soon\" is not a time"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--start", "hsm-gateway@-5m"),
                        "--start hsm-gateway@-5m: \"-5m\" is not a time"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--start", "hsm-gateway", "--horizons", "1h,,4h"),
                        "--horizons 1h,,4h: \"\" is not a time"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--start", "hsm-gateway", "--horizons", "4h,1h"),
                        "--horizons 4h,1h: each horizon must come later than the one before it"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--start", "hsm-gateway", "--limit", "0"),
                        "--limit must be at least 1 and --explain at least 0, not 0 and 3"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--start", "hsm-gateway", "--monte-carlo", "0"),
                        "--monte-carlo must be at least 1, not 0"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--start", "hsm-gateway", "--limit", "many"),
                        "--limit many: give a whole number"),
                Arguments.of(List.of("--scenario", "bank-payments"), "missing --start=ASSET[:STATE[@TIME]]"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badArguments")
    void aBadArgumentIsAUsageErrorThatNamesIt(List<String> args, String reason) {
        // given
        List<String> command = new ArrayList<>(List.of("cascade"));
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
        int state = cli.run(Language.DE, "cascade", "--scenario", "bank-payments", "--start", "hsm-gateway:melted");
        String stateError = cli.err();
        int runs = cli.run(
                Language.DE, "cascade", "--scenario", "bank-payments", "--start", "hsm-gateway", "--monte-carlo", "x");
        String runsError = cli.err();
        int missing = cli.run(Language.DE, "cascade", "--scenario", "bank-payments");

        assertThat(state).isEqualTo(2);
        assertThat(stateError).contains("--start hsm-gateway:melted: unbekannter Zustand „melted“");
        assertThat(runs).isEqualTo(2);
        assertThat(runsError).contains("--monte-carlo x: Geben Sie eine ganze Zahl an");
        assertThat(missing).isEqualTo(2);
        assertThat(cli.err()).contains("--start=ASSET[:STATE[@TIME]] fehlt");
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> n.get(field).asText().equals(value))
                .findFirst()
                .orElse(null);
    }
}

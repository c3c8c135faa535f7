package org.vigil.game.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.ItemOutcome;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.HeadlessGameRunner;
import org.vigil.game.host.TrainingGame;
import org.vigil.i18n.MessageCatalog;

/** Whole Route Guard shifts on LibGDX's headless backend, played by keys as a player would. */
class RouteGuardHeadlessTest {

    /** An insider's delivery, then a diversion the city announced. */
    private static final List<String> ITEMS = List.of("leaked-route-ambush", "announced-roadworks-diversion");

    /**
     * Put route rotation in place (1), move down to the tamper seals and take them (Space), try the
     * two-person handover (4) which no longer fits the budget of 3, make the text larger and escalate:
     * the leak succeeds, the rotated route stops the ambush, so 10 + 0 + 10 + 10. Skip the drive, read the
     * debrief, then escalate the benign diversion by mistake: a false alarm worth nothing.
     */
    private static final String SCRIPT = "1, Down, Down, Space, 4, Plus, E, N, N, E, N, N";

    private final RouteGuardGames games =
            new RouteGuardGames(ShippedRoutes.supplier(), new MessageCatalog(), InstantSource.system(), 1f);

    private PlayResult play(String language, List<String> narration) {
        TrainingGame game = games.create(GameRequest.of(TrainingModule.ROUTE_GUARD, Difficulty.EASY, language, "P-0042")
                .withItems(ITEMS));
        game.onNarration(narration::add);
        try (HeadlessGameRunner runner = new HeadlessGameRunner(game)) {
            runner.play(SCRIPT);
            assertThat(((RouteGuardGame) game).textScale()).isEqualTo(1.125f);
            return runner.result();
        }
    }

    private static void assertTheRecordedPlay(PlayResult result, String language) {
        assertThat(result.module()).isEqualTo(TrainingModule.ROUTE_GUARD);
        assertThat(result.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(result.participant()).isEqualTo("P-0042");
        assertThat(result.languageTag()).isEqualTo(language);
        assertThat(result.score()).isEqualTo(30);
        assertThat(result.maxScore()).isEqualTo(50);
        assertThat(result.items()).extracting(ItemOutcome::itemId).containsExactlyElementsOf(ITEMS);
        assertThat(result.items().get(0).cuesFound()).containsExactly("predictable-stop", "unsealed-cold-box");
        assertThat(result.items().get(0).cuesMissed()).containsExactly("route-shared-outside-need-to-know");
        assertThat(result.items().get(1).cuesMissed()).containsExactly("announced-diversion", "route-change-recorded");
        assertThat(result.falsePositives()).isEqualTo(1);
        assertThat(result.misses()).isZero();
    }

    @Test
    void anEnglishShiftPlayedByKeysScoresTheStoppedAmbushAndRecordsTheFalseAlarm() {
        // given
        List<String> narration = new CopyOnWriteArrayList<>();

        // when
        PlayResult result = play("en", narration);

        // then
        assertTheRecordedPlay(result, "en");
        assertThat(narration)
                .first()
                .asString()
                .startsWith("Delivery 1 of 2. Insulin to Campo de Ourique\nTuesday, 06:30.");
        assertThat(narration).contains("Route rotation is in place. Budget: 1 of 3 used.");
        assertThat(narration)
                .contains(
                        "Not enough budget for Two-person handover: it costs 2 and 1 remain. Take another mitigation away first.");
        assertThat(narration)
                .contains("The van leaves Marvila. Mitigations in place: Route rotation, Numbered tamper seals.");
        assertThat(narration)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Right: an insider was at work, and you escalated.\n+30 points\n")
                        .contains("Marvila - Insider succeeded. Route leaked")
                        .contains("Rua Ferreira Borges - Stopped: ")
                        .contains("Never attempted: Open the cold box.")
                        .contains("Sign missed - Last night the dispatcher")
                        .contains("Route rotation worked: it blocked the step “Wait at the usual stop”.")
                        .contains("Need-to-know schedule, not chosen, would have stopped the step “Leak the route”."));
        assertThat(narration)
                .anySatisfy(line -> assertThat(line).startsWith("False alarm: all was in order, but you escalated."));
        assertThat(narration)
                .last()
                .asString()
                .isEqualTo("Shift over\nYou scored 30 of 50 points.\nRight verdicts: 1 of 2.\n"
                        + "False alarms: 1. Insiders missed: 0.\nInsider steps stopped or caught: 2 of 3.");
    }

    @Test
    void aPolishShiftScoresTheSameAndNarratesInPolish() {
        // given
        List<String> narration = new CopyOnWriteArrayList<>();

        // when
        PlayResult result = play("pl", narration);

        // then
        assertTheRecordedPlay(result, "pl");
        assertThat(narration)
                .first()
                .asString()
                .startsWith("Dostawa 1 z 2. Insulina do Campo de Ourique\nWtorek, 06:30.");
        assertThat(narration).contains("Rotacja tras: włączone. Budżet: wykorzystano 1 z 3.");
        assertThat(narration)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Dobrze: działał insider, a ty to zgłosiłeś.\n+30 punktów\n")
                        .contains("Rua Ferreira Borges - Zablokowane: "));
        assertThat(narration)
                .anySatisfy(line -> assertThat(line).startsWith("Fałszywy alarm: wszystko było w porządku"));
        assertThat(narration).last().asString().startsWith("Zmiana zakończona\nZdobyłeś 30 z 50 punktów.");
    }
}

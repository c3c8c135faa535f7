package org.vigil.game.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameRequest;
import org.vigil.i18n.MessageCatalog;

/** The game layer without GL: the animated drive reveals the insider's steps where the van reaches them. */
class RouteGuardGameTest {

    private final RouteGuardGames games =
            new RouteGuardGames(ShippedRoutes.supplier(), new MessageCatalog(), InstantSource.system(), 1f);

    private RouteGuardGame game(String round) {
        RouteGuardGame game =
                (RouteGuardGame) games.create(GameRequest.of(TrainingModule.ROUTE_GUARD, Difficulty.EASY, "en", "P-1")
                        .withItems(List.of(round)));
        game.create();
        return game;
    }

    @Test
    void theDriveRevealsEachStepWhenTheVanReachesItsPlaceAndThenOffersTheDebrief() {
        // given
        RouteGuardGame game = game("leaked-route-ambush");
        List<String> narration = new CopyOnWriteArrayList<>();
        game.onNarration(narration::add);
        game.toggle(2); // numbered tamper seals: the theft at the pharmacy is caught
        game.judge(Verdict.ESCALATE);

        // when
        game.drive(0.1f); // still at Marvila: the leak happens before departure
        int atDeparture = game.shift().revealed();
        game.drive(RouteGuardGame.LEG_SECONDS * 2); // Rua Ferreira Borges
        int atTheUsualStop = game.shift().revealed();
        game.drive(RouteGuardGame.LEG_SECONDS * 5); // the pharmacy, end of the route

        // then
        assertThat(atDeparture).isEqualTo(1);
        assertThat(atTheUsualStop).isEqualTo(2);
        assertThat(game.shift().revealed()).isEqualTo(3);
        assertThat(game.shift().phase()).isEqualTo(RouteShift.Phase.DRIVING);
        assertThat(narration)
                .containsSubsequence(
                        "The van leaves Marvila. Mitigations in place: Numbered tamper seals.",
                        "Marvila - Insider succeeded. Route leaked: the night dispatcher uploaded tomorrow’s plan to his personal cloud.",
                        "Rua Ferreira Borges - Insider succeeded. Two accomplices wait in Rua Ferreira Borges, where the van parks at 06:55 every day.")
                .anySatisfy(line -> assertThat(line).startsWith("Campo de Ourique - Caught: the broken seal"))
                .last()
                .isEqualTo("Drive over. Press N for the debrief.");
    }

    @Test
    void aBenignDriveEndsQuietlyAndTheScoreWaitsForTheDebrief() {
        // given
        RouteGuardGame game = game("announced-roadworks-diversion");
        List<String> narration = new CopyOnWriteArrayList<>();
        game.onNarration(narration::add);
        game.judge(Verdict.CARRY_ON);

        // when
        game.drive(RouteGuardGame.LEG_SECONDS * 4);
        String scoreWhileDriving = new RouteNarrator(
                        new MessageCatalog().messages(org.vigil.i18n.Language.EN),
                        org.vigil.content.awareness.Language.EN)
                .score(game.shift());
        game.next();

        // then
        assertThat(scoreWhileDriving).isEqualTo("Score: 0 of 10");
        assertThat(narration)
                .anySatisfy(line -> assertThat(line)
                        .isEqualTo("The van reached Setúbal without trouble: no insider was at work.\n"
                                + "Drive over. Press N for the debrief."));
        assertThat(narration).last().asString().startsWith("Right: all was in order, and you carried on.\n+10 points");
        assertThat(game.shift().score()).isEqualTo(10);
    }

    @Test
    void theFactoryNamesTheCuesEachDifficultyTeaches() {
        assertThat(games.cuesTaught().get(Difficulty.MEDIUM))
                .contains("unplanned-stop", "tracker-battery-ticket", "seal-not-checked");
        assertThat(games.cuesTaught().get(Difficulty.EASY)).doesNotContain("seal-broken");
    }
}

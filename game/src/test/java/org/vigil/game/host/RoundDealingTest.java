package org.vigil.game.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.ShippedTrainingGames;
import org.vigil.game.inbox.InboxRound;
import org.vigil.game.inbox.InboxTriageGame;
import org.vigil.game.inbox.ShippedLibrary;
import org.vigil.i18n.MessageCatalog;

/** The window deals a round before any host plays it, so every host plays the same items. */
class RoundDealingTest {

    private final ShippedTrainingGames games =
            new ShippedTrainingGames(ShippedLibrary.get(), new MessageCatalog(), InstantSource.system(), 1f);

    @Test
    void aDealtRoundNamesTheItemsTheSameSeedWouldDeal() {
        // given
        GameRequest request = GameRequest.of(TrainingModule.INBOX_TRIAGE, Difficulty.HARD, "pl", "P-0042")
                .withSeed(11);

        // when
        GameRequest dealt = games.dealt(request);

        // then: four phishing and two legitimate emails, the round the undealt request plays
        assertThat(dealt.items()).hasSize(6).doesNotHaveDuplicates();
        InboxRound undealt = ((InboxTriageGame) games.create(request)).round();
        InboxRound named = ((InboxTriageGame) games.create(dealt)).round();
        assertThat(named.size()).isEqualTo(undealt.size());
        for (int i = 0; i < named.size(); i++) {
            assertThat(named.email(i).id()).isEqualTo(undealt.email(i).id());
        }
    }

    @Test
    void aFakeShopRoundIsDealtToo() {
        GameRequest dealt = games.dealt(GameRequest.of(TrainingModule.FAKE_SHOP_DETECTIVE, Difficulty.EASY, "en", "P-1")
                .withSeed(3));

        assertThat(dealt.items()).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void aRequestThatNamesItsItemsComesBackAsItIs() {
        GameRequest named = GameRequest.of(TrainingModule.INBOX_TRIAGE, Difficulty.EASY, "en", "P-1")
                .withItems(java.util.List.of("parcel-redelivery-fee"));

        assertThat(games.dealt(named)).isSameAs(named);
    }
}

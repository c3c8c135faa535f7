package org.vigil.game.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.content.call.CallReader;
import org.vigil.content.call.CallScript;
import org.vigil.core.training.Difficulty;

class CallDeckTest {

    private final List<CallScript> scripts = CallReader.shipped().scripts().orThrow();
    private final CallDeck deck = new CallDeck(scripts);

    private boolean malicious(String id) {
        return scripts.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow()
                .malicious();
    }

    private Difficulty difficulty(String id) {
        return scripts.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow()
                .difficulty();
    }

    @Test
    void aRoundMixesImpostorsWithAGenuineCall() {
        // when
        List<String> round = deck.deal(Difficulty.MEDIUM, new Random(7));

        // then
        assertThat(round)
                .hasSize(CallDeck.MALICIOUS_PER_ROUND + CallDeck.GENUINE_PER_ROUND)
                .doesNotHaveDuplicates();
        assertThat(round.stream().filter(this::malicious)).hasSize(CallDeck.MALICIOUS_PER_ROUND);
    }

    @Test
    void aRoundTakesTheLevelsOwnCallsFirst() {
        // when
        List<String> round = deck.deal(Difficulty.HARD, new Random(3));

        // then
        assertThat(round).contains("boss-urgent-payment", "it-helpdesk-pretext", "helpdesk-ticket-callback");
        assertThat(round.stream().filter(id -> difficulty(id) == Difficulty.HARD))
                .hasSize(3);
    }

    @Test
    void theSameSeedDealsTheSameRound() {
        assertThat(deck.deal(Difficulty.EASY, new Random(42))).isEqualTo(deck.deal(Difficulty.EASY, new Random(42)));
    }

    @Test
    void onlyHardRoundsLimitTheTimeToReply() {
        assertThat(CallDeck.replyLimit(Difficulty.EASY)).isEmpty();
        assertThat(CallDeck.replyLimit(Difficulty.MEDIUM)).isEmpty();
        assertThat(CallDeck.replyLimit(Difficulty.HARD)).contains(Duration.ofSeconds(CallDeck.HARD_REPLY_SECONDS));
    }

    @Test
    void namingAnUnknownCallIsRefused() {
        assertThatThrownBy(() -> deck.named(List.of("no-such-call")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-call");
    }

    @Test
    void eachLevelTeachesTheCuesOfTheCallsItDeals() {
        // when
        Map<Difficulty, Set<String>> taught = deck.cuesTaught();

        // then
        assertThat(taught.get(Difficulty.EASY)).contains("asks-one-time-code", "asks-password");
        assertThat(taught.get(Difficulty.HARD))
                .contains("changes-payment-details", "knows-internal-details", "callback-known-number");
        assertThat(taught.get(Difficulty.MEDIUM)).contains("safe-account-transfer");
    }
}

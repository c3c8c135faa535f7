package org.vigil.game.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;

/** The child-process host end to end: a real child JVM plays a scripted round headless and reports. */
class ChildProcessGameHostTest {

    private final ChildProcessGameHost host = new ChildProcessGameHost(
            Path.of(System.getProperty("java.home"), "bin", "java"),
            System.getProperty("java.class.path"),
            List.of("--headless", "--script", "Space, P, N, L, N"));

    @Test
    void aScriptedRoundInAChildJvmComesBackAsItsResultLineWithNarration() throws Exception {
        // given
        GameRequest request = GameRequest.of(TrainingModule.INBOX_TRIAGE, Difficulty.EASY, "el", "P-0007")
                .withItems(List.of("parcel-redelivery-fee", "parcel-delivery-notice"));
        List<String> narration = new CopyOnWriteArrayList<>();

        // when
        GameSession session = host.start(request);
        session.onNarration(narration::add);
        PlayResult result = session.result().get(60, TimeUnit.SECONDS);

        // then
        assertThat(session.view()).isEmpty();
        assertThat(result.participant()).isEqualTo("P-0007");
        assertThat(result.difficulty()).isEqualTo(Difficulty.EASY);
        assertThat(result.languageTag()).isEqualTo("el");
        assertThat(result.score()).isEqualTo(25);
        assertThat(result.items()).hasSize(2);
        assertThat(result.items().get(0).cuesFound()).containsExactly("DOMAIN_SPOOFING");
        assertThat(narration).anySatisfy(line -> assertThat(line).startsWith("Σωστά"));
    }

    @Test
    void aChildThatEndsWithoutAResultFailsTheSession() {
        // given: a script that never finishes the round
        ChildProcessGameHost unfinished = new ChildProcessGameHost(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"),
                List.of("--headless", "--script", "P"));

        // when
        GameSession session =
                unfinished.start(GameRequest.of(TrainingModule.INBOX_TRIAGE, Difficulty.HARD, "en", "P-1"));

        // then
        assertThat(session.result())
                .failsWithin(60, TimeUnit.SECONDS)
                .withThrowableThat()
                .havingRootCause()
                .isInstanceOf(GameHostException.class)
                .withMessageContaining("without a result");
    }
}

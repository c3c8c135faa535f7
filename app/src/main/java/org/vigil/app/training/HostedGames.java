package org.vigil.app.training;

import java.util.Objects;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameHostException;
import org.vigil.game.host.GameHosts;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.GameSession;
import org.vigil.game.host.RoundDealer;
import org.vigil.visual.training.GameStarter;
import org.vigil.visual.training.StartedGame;

/**
 * The Training area's games, played on the host this machine prefers (embedded in the window on
 * Linux and Windows) and on the child-process host when the preferred one cannot start the game:
 * refused at once, or failing as it starts. The round is dealt first, so the fallback plays the same
 * round and a child process reads only its items.
 */
public final class HostedGames implements GameStarter {

    private final GameHosts hosts;
    private final RoundDealer dealer;

    public HostedGames(GameHosts hosts, RoundDealer dealer) {
        this.hosts = Objects.requireNonNull(hosts, "hosts");
        this.dealer = Objects.requireNonNull(dealer, "dealer");
    }

    @Override
    public StartedGame start(TrainingModule module, Difficulty difficulty, String languageTag, String participant) {
        GameRequest request = dealer.dealt(GameRequest.of(module, difficulty, languageTag, participant));
        if (hosts.preferred() == hosts.fallback()) {
            return new SessionGame(hosts.fallback().start(request));
        }
        GameSession first;
        try {
            first = hosts.preferred().start(request);
        } catch (GameHostException | UnsatisfiedLinkError e) {
            return new SessionGame(hosts.fallback().start(request));
        }
        return new FallingBackGame(first, () -> hosts.fallback().start(request));
    }
}

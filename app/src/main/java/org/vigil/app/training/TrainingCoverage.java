package org.vigil.app.training;

import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.core.training.ModuleCoverage;
import org.vigil.game.ShippedTrainingGames;
import org.vigil.visual.training.AwarenessCoverage;

/**
 * What every shipped module can teach at each difficulty, for the suggestion of what to play next: the
 * awareness library's emails, pages and posts for Inbox Triage and Fake Shop Detective, and their own
 * content for Route Guard, Ransomware Tabletop and Social Engineering Call.
 */
public final class TrainingCoverage {

    private final ShippedTrainingGames games;

    public TrainingCoverage(ShippedTrainingGames games) {
        this.games = games;
    }

    public ModuleCoverage of(AwarenessLibrary library) {
        ModuleCoverage.Builder coverage = ModuleCoverage.builder();
        AwarenessCoverage.addTo(coverage, library, ShippedTrainingGames.PLAYABLE);
        games.cuesTaughtByOwnContent()
                .forEach((module, byDifficulty) ->
                        byDifficulty.forEach((difficulty, cues) -> coverage.add(module, difficulty, cues)));
        return coverage.build();
    }
}

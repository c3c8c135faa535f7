package org.vigil.content.route;

import java.util.List;
import java.util.Optional;
import org.vigil.content.awareness.LocalizedText;

/**
 * One step of the insider's plan, taken at a place of the route: what the player sees when it succeeds
 * ({@code achieved}), when a mitigation blocks it and when one detects it (each given when some
 * mitigation can); the mitigations that block or
 * detect it; and, at HARD, the mitigations the insider knows and works around.
 */
public record InsiderStep(
        String id,
        String at,
        LocalizedText label,
        LocalizedText achieved,
        Optional<LocalizedText> blocked,
        Optional<LocalizedText> detected,
        List<String> blockedBy,
        List<String> detectedBy,
        List<Evasion> evadedOnHard) {

    public InsiderStep {
        blockedBy = List.copyOf(blockedBy);
        detectedBy = List.copyOf(detectedBy);
        evadedOnHard = List.copyOf(evadedOnHard);
    }
}

package org.vigil.content.awareness;

import java.util.List;
import java.util.Optional;

/**
 * What every attack-simulation template says about itself, whatever its type. Premise alignment
 * and red flags belong to phishing items only; trust signals to legitimate ones.
 */
public record TemplateInfo(
        String id,
        Verdict verdict,
        Channel channel,
        List<Audience> audiences,
        LocalizedText title,
        Optional<PremiseAlignment> premiseAlignment,
        Optional<String> pairedWith,
        List<RedFlag> redFlags,
        List<TrustSignal> trustSignals) {

    public TemplateInfo {
        audiences = List.copyOf(audiences);
        redFlags = List.copyOf(redFlags);
        trustSignals = List.copyOf(trustSignals);
    }
}

package org.vigil.game.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.Language;

class InboxEmailsTest {

    private final InboxEmails emails = new InboxEmails();

    @Test
    void everyQuotedRedFlagPointsAtOnePartAndAnUnquotedOneAtItsWholePlaceInEveryLanguage() {
        // given
        List<String> unplaced = new ArrayList<>();

        // when
        for (EmailTemplate template : ShippedLibrary.get().emails()) {
            for (Language language : Language.values()) {
                InboxEmail email = emails.of(template, language);
                for (int i = 0; i < email.clues().size(); i++) {
                    InboxClue clue = email.clues().get(i);
                    boolean quoted = template.redFlags().get(i).anchor().quote().isPresent();
                    if (quoted ? clue.parts().size() != 1 : clue.parts().isEmpty()) {
                        unplaced.add(template.id() + "/" + language.tag() + "/" + clue.id() + " " + clue.parts());
                    }
                }
            }
        }

        // then
        assertThat(unplaced).isEmpty();
    }

    @Test
    void theRedeliveryLureShowsItsSenderBodyAndRealLinkTargetWithVariablesFilled() {
        // given
        EmailTemplate template =
                ShippedLibrary.get().email("parcel-redelivery-fee").orElseThrow();

        // when
        InboxEmail email = emails.of(template, Language.EN);

        // then
        assertThat(email.phishing()).isTrue();
        assertThat(email.first(PartKind.FROM).orElseThrow().text()).contains("swiftpost-redelivery.example");
        assertThat(email.first(PartKind.LINK).orElseThrow().target())
                .contains("https://parcel-fee-payment.example/swiftpost/");
        assertThat(email.parts()).noneMatch(p -> p.text().contains("{{"));
        assertThat(email.parts())
                .filteredOn(p -> p.kind() == PartKind.BODY)
                .noneMatch(p -> p.text().contains("https://"));
        assertThat(email.clues())
                .extracting(InboxClue::id)
                .containsExactly(
                        "lookalike-sender",
                        "generic-greeting",
                        "deadline",
                        "return-threat",
                        "card-details",
                        "hidden-link-target");
    }
}

package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A game in a process of its own reads just its round's items, as fast as it can start. */
class ShippedAwarenessOnlyTest {

    private final ShippedAwareness shipped = new ShippedAwareness(new AwarenessReader());

    @Test
    void readsTheNamedItemsOfAnyTypeAndNothingElse() {
        // given a round of two emails and a landing page
        Set<String> round = Set.of("parcel-redelivery-fee", "parcel-delivery-notice", "parcel-fee-payment");

        // when only those are read
        AwarenessLibrary library = shipped.loadOnly(round);

        // then the library holds exactly them, as the full read has them
        assertThat(library.emails())
                .extracting(EmailTemplate::id)
                .containsExactlyInAnyOrder("parcel-redelivery-fee", "parcel-delivery-notice");
        assertThat(library.landingPages()).extracting(LandingPage::id).containsExactly("parcel-fee-payment");
        assertThat(library.illustrations()).isEmpty();
        assertThat(library.lessons()).isEmpty();
        assertThat(library.email("parcel-redelivery-fee").orElseThrow().redFlags())
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aNameTheContentDoesNotHaveFailsNamingIt() {
        assertThatThrownBy(() -> shipped.loadOnly(Set.of("parcel-redelivery-fee", "no-such-item")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-item");
    }

    @Test
    void aPartialReadFindsNoProblemsInTheShippedItems() {
        AwarenessReadResult result =
                new AwarenessReader().readOnly(ContentSource.shipped(), Set.of("boss-gift-card-request"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.library().emails()).hasSize(1);
    }
}

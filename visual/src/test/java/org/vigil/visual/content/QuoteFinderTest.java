package org.vigil.visual.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A red flag's quote is found as the content checker matched it, so every highlight lands on its words. */
class QuoteFinderTest {

    @Test
    void aQuoteIsFoundAcrossALineBreakAndGivesItsPlaceInTheShownText() {
        // given a text part with the quote broken over two lines
        String text = "To book, pay the fee of £1.99 and confirm your card details within 24\nhours.";

        // when
        int[] range = QuoteFinder.find(text, "within 24 hours").orElseThrow();

        // then
        assertThat(range).containsExactly(text.indexOf("within"), text.indexOf("hours") + "hours".length());
    }

    @Test
    void noBreakSpacesAndRunsOfSpacesMatchOneSpace() {
        // given German money as shops write it
        String text = "nur 1,99\u00A0€  heute";

        // when / then
        assertThat(QuoteFinder.find(text, "1,99 € heute"))
                .hasValueSatisfying(
                        range -> assertThat(text.substring(range[0], range[1])).isEqualTo("1,99\u00A0€  heute"));
        assertThat(QuoteFinder.find(text, "2,99 €")).isEmpty();
    }

    @Test
    void aQuoteOverSeveralTextNodesIsSplitIntoPiecesAndABlockBoundaryReadsAsASpace() {
        // given the text nodes of "<p>Pay <b>now</b></p><p>or lose it</p>", a boundary between the paragraphs
        List<String> segments = Arrays.asList(null, "Pay ", "now", null, null, "or lose it", null);

        // when
        List<QuoteFinder.Piece> pieces =
                QuoteFinder.find(segments, "Pay now or lose").orElseThrow();

        // then
        assertThat(pieces)
                .containsExactly(
                        new QuoteFinder.Piece(1, 0, 4), new QuoteFinder.Piece(2, 0, 3), new QuoteFinder.Piece(5, 0, 7));
    }

    @Test
    void greekWrittenWithCombiningAccentsMatchesTheComposedForm() {
        // given "δέμα" typed as ε + combining acute
        String decomposed = "το δε\u0301μα σας";

        // when / then
        assertThat(QuoteFinder.contains(decomposed, "δέμα")).isTrue();
    }
}

package org.vigil.visual.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.export.Marker;
import org.vigil.content.awareness.export.MarkerKind;

/**
 * A trainer previews an item as its reader would meet it: a mail client's headers, variables filled
 * for a sample recipient, the real link target on hover, and each red flag marked where it is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // reads the library once for all tests
class ItemPreviewTest {

    private final ContentFixture fixture = new ContentFixture();

    private ItemPreview preview(String id, Language language) {
        ContentViewModel model = fixture.loaded();
        model.languageProperty().set(language);
        model.selectedProperty().set(ContentViewModelTest.item(model, id));
        return model.previewProperty().get();
    }

    @Test
    void anEmailShowsAMailClientsHeadersWithTheRecipientFilledIn() {
        // when
        ItemPreview.Email email = (ItemPreview.Email) preview("parcel-redelivery-fee", Language.EN);

        // then
        assertThat(email.headers())
                .extracting(ItemPreview.HeaderRow::header)
                .containsExactly(MailHeader.FROM, MailHeader.TO, MailHeader.SUBJECT, MailHeader.DATE);
        assertThat(row(email, MailHeader.FROM).text())
                .isEqualTo("\"Swiftpost Delivery\" <service@swiftpost-redelivery.example>");
        assertThat(row(email, MailHeader.TO).text()).isEqualTo("alex.morgan@example.com");
        assertThat(row(email, MailHeader.SUBJECT).text()).isEqualTo("Action required: your parcel is on hold");
        assertThat(row(email, MailHeader.DATE).text()).contains("27");
        assertThat(email.html()).isPresent();
        assertThat(email.html().get().plain()).doesNotContain("{{.");
    }

    @Test
    void aGenuineEmailGreetsTheSampleRecipientByName() {
        // when
        ItemPreview.Email email = (ItemPreview.Email) preview("parcel-delivery-notice", Language.DE);

        // then
        assertThat(email.text().orElseThrow().text()).contains("Lena").doesNotContain("{{.FirstName}}");
        assertThat(email.markers()).allMatch(m -> m.kind() == MarkerKind.TRUST_SIGNAL);
        // the trust signal quoting {{.FirstName}} quotes, and is found as, the name it becomes
        Marker greeting = email.markers().stream()
                .filter(m -> m.quote().orElse("").equals("Lena"))
                .findFirst()
                .orElseThrow();
        MarkedText text = email.text().orElseThrow();
        assertThat(text.spans())
                .filteredOn(span -> span.marker().equals(greeting))
                .singleElement()
                .satisfies(span -> assertThat(text.covered(span)).isEqualTo("Lena"));
    }

    @Test
    void theButtonsRealTargetIsTheLinkTargetAGameShowsOnHover() {
        // when
        ItemPreview.Email email = (ItemPreview.Email) preview("parcel-redelivery-fee", Language.EN);

        // then
        assertThat(email.links()).singleElement().satisfies(link -> {
            assertThat(link.text()).isEqualTo("Pay £1.99 and rebook");
            assertThat(link.target()).isEqualTo("https://parcel-fee-payment.example/swiftpost/");
            assertThat(link.markers())
                    .extracting(Marker::cue)
                    .containsExactly(java.util.Optional.of(Cue.URL_HYPERLINKING));
        });
        // in the web view the link goes nowhere; its target waits for the hover
        Element shown = Jsoup.parse(email.html().orElseThrow().plain()).selectFirst("a");
        assertThat(shown.attr("href")).isEqualTo("#");
        assertThat(shown.attr(SandboxedHtml.TARGET)).isEqualTo("https://parcel-fee-payment.example/swiftpost/");
    }

    @Test
    void redFlagsAreMarkedInTheHeaderRowsTheTextAndTheHtml() {
        // when
        ItemPreview.Email email = (ItemPreview.Email) preview("parcel-redelivery-fee", Language.EN);

        // then the sender's look-alike domain is marked in the From row
        MarkedText from = row(email, MailHeader.FROM);
        assertThat(from.spans()).singleElement().satisfies(span -> {
            assertThat(span.marker().number()).isEqualTo(1);
            assertThat(from.covered(span)).isEqualTo("swiftpost-redelivery.example");
        });
        // the deadline in the text part, although it is broken over lines there
        MarkedText text = email.text().orElseThrow();
        assertThat(text.spans())
                .filteredOn(s -> s.marker().cue().equals(java.util.Optional.of(Cue.SENSE_OF_URGENCY)))
                .singleElement()
                .satisfies(span ->
                        assertThat(text.covered(span).replaceAll("\\s+", " ")).isEqualTo("within 24 hours"));
        // and in the HTML: every quoted red flag in a numbered mark, the link outlined
        Document marked = Jsoup.parse(email.html().orElseThrow().marked());
        List<String> marks = marked.select("mark.vigil-mark").eachText();
        assertThat(marks)
                .contains("Dear customer", "within 24 hours", "returned to the sender", "confirm your card details");
        assertThat(marked.select("mark[data-vigil-marker=3]").text()).isEqualTo("within 24 hours");
        assertThat(marked.select("a.vigil-outlined")).hasSize(1);
        assertThat(marked.select("sup.vigil-badge").eachText()).contains("!2", "!3", "!4", "!5", "!6");
        // while the plain copy has none of it
        assertThat(Jsoup.parse(email.html().orElseThrow().plain()).select("mark, sup.vigil-badge"))
                .isEmpty();
    }

    @Test
    void theHtmlCanNeitherRunNorLoadAnything() {
        // when
        ItemPreview.Page page = (ItemPreview.Page) preview("parcel-fee-payment", Language.EL);

        // then
        for (String html : List.of(page.html().plain(), page.html().marked())) {
            Document document = Jsoup.parse(html);
            assertThat(document.select("meta[http-equiv=Content-Security-Policy]")
                            .attr("content"))
                    .isEqualTo(SandboxedHtml.POLICY);
            assertThat(document.select("button")).allMatch(b -> b.attr("type").equals("button"));
            assertThat(document.select("a[href]")).allMatch(a -> a.attr("href").equals("#"));
        }
    }

    @Test
    void aLandingPagesAddressAndElementsCarryTheirRedFlags() {
        // when
        ItemPreview.Page page = (ItemPreview.Page) preview("parcel-fee-payment", Language.EN);

        // then
        MarkedText address = page.address().orElseThrow();
        assertThat(address.text()).isEqualTo("https://parcel-fee-payment.example/swiftpost/");
        assertThat(address.spans())
                .singleElement()
                .satisfies(span -> assertThat(address.covered(span)).isEqualTo("parcel-fee-payment.example"));
        assertThat(page.tabTitle().text()).isNotBlank();
        Document marked = Jsoup.parse(page.html().marked());
        assertThat(marked.select("mark.vigil-mark").eachText()).contains("100% secure payment");
    }

    @Test
    void termsShowTheirClauseNotesAbusiveOnesAsWarnings() {
        // when
        ItemPreview.Page terms = (ItemPreview.Page) preview("bargain-shop-terms", Language.FR);

        // then
        assertThat(terms.address()).isEmpty();
        assertThat(terms.markers()).extracting(Marker::kind).contains(MarkerKind.ABUSIVE_CLAUSE);
        Document marked = Jsoup.parse(terms.html().marked());
        assertThat(marked.select("mark.vigil-warning")).isNotEmpty();
    }

    @Test
    void aPostIsACardWithItsQuotedWordsMarked() {
        // when
        ItemPreview.Post post = (ItemPreview.Post) preview("trainers-clearance-ad", Language.DE);

        // then
        assertThat(post.author().text()).isEqualTo("Stadtschritt Outlet");
        assertThat(post.link().orElseThrow().text()).isEqualTo("https://stadtschritt-abverkauf.example/sale");
        MarkedText body = post.body();
        assertThat(body.spans()).extracting(body::covered).containsExactly("bis zu 85 % Rabatt", "Nur heute");
        assertThat(post.linkTitle().orElseThrow().spans()).hasSize(1);
    }

    private static MarkedText row(ItemPreview.Email email, MailHeader header) {
        return email.headers().stream()
                .filter(r -> r.header() == header)
                .findFirst()
                .orElseThrow()
                .value();
    }
}

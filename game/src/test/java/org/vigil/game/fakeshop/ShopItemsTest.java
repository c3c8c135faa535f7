package org.vigil.game.fakeshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Language;
import org.vigil.game.inbox.ShippedLibrary;

class ShopItemsTest {

    private final AwarenessLibrary library = ShippedLibrary.get();
    private final ShopItems items = new ShopItems();

    private ShopItem item(String id, Language language) {
        return items.of(new ShopDeck(library).named(List.of(id)).get(0), language);
    }

    private static ShopPart partOf(ShopItem item, String cueId) {
        int part = item.cues().stream()
                .filter(c -> c.id().equals(cueId))
                .findFirst()
                .orElseThrow()
                .parts()
                .iterator()
                .next();
        return item.parts().get(part);
    }

    @Test
    void aCheckoutPageShowsItsAddressPricesFormFieldsAndPayButton() {
        // when
        ShopItem page = item("shop-checkout-pin-and-id", Language.EN);

        // then
        assertThat(page.kind()).isEqualTo(ShopItemKind.SHOP_PAGE);
        assertThat(page.malicious()).isTrue();
        assertThat(page.address()).contains("https://kettlecrate-checkout.example/secure/payment");
        assertThat(page.parts().get(0))
                .isEqualTo(new ShopPart(ShopPartKind.ADDRESS, page.address().orElseThrow()));
        assertThat(page.parts())
                .contains(
                        new ShopPart(ShopPartKind.FIELD, "Card number"),
                        new ShopPart(ShopPartKind.FIELD, "Card PIN (required by your bank for online purchases)"),
                        new ShopPart(ShopPartKind.BUTTON, "Pay £69.00 now"),
                        new ShopPart(ShopPartKind.HEADING, "Checkout"));
        assertThat(page.parts()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ShopPartKind.PRICE);
            assertThat(p.text()).contains("£59.00 instead of £399.00");
        });
    }

    @Test
    void eachSignOfThePageIsFoundInThePartThatShowsIt() {
        // when
        ShopItem page = item("shop-checkout-pin-and-id", Language.EN);

        // then
        assertThat(page.cues()).hasSize(12);
        assertThat(partOf(page, "lookalike-address").kind()).isEqualTo(ShopPartKind.ADDRESS);
        assertThat(partOf(page, "card-pin").text()).startsWith("Card PIN");
        assertThat(partOf(page, "card-pin").kind()).isEqualTo(ShopPartKind.FIELD);
        assertThat(partOf(page, "total-mismatch").kind()).isEqualTo(ShopPartKind.BUTTON);
        assertThat(partOf(page, "impossible-price").kind()).isEqualTo(ShopPartKind.PRICE);
        assertThat(page.cues())
                .filteredOn(c -> c.id().equals("lookalike-address"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.cue()).isEqualTo("DOMAIN_SPOOFING");
                    assertThat(c.nameKey()).isEqualTo("content.cue.DOMAIN_SPOOFING");
                    assertThat(c.explanation()).contains("kettlecrate.example");
                });
    }

    @Test
    void abusiveClausesAreSignsNamedByTopicAndFairClausesExplainWhatIsSound() {
        // when
        ShopItem abusive = item("bargain-shop-terms", Language.EN);
        ShopItem fair = item("parcel-locker-terms", Language.EN);

        // then
        assertThat(abusive.kind()).isEqualTo(ShopItemKind.TERMS);
        assertThat(abusive.malicious()).isTrue();
        assertThat(abusive.cues())
                .hasSize(7)
                .extracting(ShopCue::nameKey)
                .allMatch(k -> k.startsWith("content.clause."));
        assertThat(partOf(abusive, "c3-abusive").kind()).isEqualTo(ShopPartKind.CLAUSE);
        assertThat(partOf(abusive, "c3-abusive").text())
                .startsWith("3. Returns\n")
                .contains("cannot be returned or refunded");
        assertThat(abusive.cues()).extracting(ShopCue::cue).contains("RIGHT_OF_WITHDRAWAL");
        assertThat(fair.malicious()).isFalse();
        assertThat(fair.cues()).isEmpty();
        assertThat(fair.trustNotes())
                .hasSize(6)
                .allSatisfy(n -> assertThat(n.parts()).hasSize(1));
    }

    @Test
    void aPostShowsAuthorHandleItsTextSentenceBySentenceAndWhereItsLinkLeads() {
        // when
        ShopItem ad = item("trainers-clearance-ad", Language.EN);

        // then
        assertThat(ad.kind()).isEqualTo(ShopItemKind.POST);
        assertThat(ad.address()).isEmpty();
        assertThat(ad.parts())
                .extracting(ShopPart::kind)
                .startsWith(ShopPartKind.AUTHOR, ShopPartKind.HANDLE, ShopPartKind.TEXT, ShopPartKind.PRICE)
                .endsWith(ShopPartKind.LINK_TITLE, ShopPartKind.LINK, ShopPartKind.CALL_TO_ACTION);
        assertThat(partOf(ad, "too-cheap").text()).contains("up to 85% off").doesNotContain("Today only");
        assertThat(partOf(ad, "today-only").text()).startsWith("Today only");
        assertThat(partOf(ad, "official-claim").kind()).isEqualTo(ShopPartKind.LINK_TITLE);
    }

    /** A quote split over two sentences or lines points at both, never at the whole text. */
    @Test
    void everySignAndNoteOfEveryPageTermsAndPostIsLocatedInOneOrTwoPartsInEveryLanguage() {
        for (AttackTemplate template : library.templates()) {
            if (template.type() == ItemType.EMAIL) {
                continue;
            }
            for (Language language : Language.values()) {
                // when
                ShopItem item = items.of(template, language);

                // then
                assertThat(item.cues())
                        .as("%s in %s", template.id(), language.tag())
                        .allSatisfy(c -> assertThat(c.parts()).as(c.id()).hasSizeBetween(1, 2));
                assertThat(item.trustNotes())
                        .as("%s in %s", template.id(), language.tag())
                        .allSatisfy(n -> assertThat(n.parts()).as(n.id()).hasSizeBetween(1, 2));
                assertThat(item.malicious()).isEqualTo(template.verdict().isHarmful());
            }
        }
    }
}

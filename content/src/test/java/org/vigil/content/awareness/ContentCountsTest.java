package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The library holds what trainers were promised, in every one of the nine languages: at least 100
 * illustrations, 40 emails (25 phishing, 15 legitimate look-alikes), 12 landing pages, 6 terms and
 * conditions, 20 posts and ads, and a lesson for each audience.
 */
class ContentCountsTest {

    private final ContentInventory inventory =
            new ShippedAwareness(new AwarenessReader()).load().inventory();

    @Test
    void everyItemTypeReachesItsCountInEveryLanguage() {
        assertThat(inventory.countInEveryLanguage(ItemType.ILLUSTRATION)).isGreaterThanOrEqualTo(100);
        assertThat(inventory.countInEveryLanguage(ItemType.EMAIL)).isGreaterThanOrEqualTo(40);
        assertThat(inventory.countInEveryLanguage(ItemType.LANDING_PAGE)).isGreaterThanOrEqualTo(12);
        assertThat(inventory.countInEveryLanguage(ItemType.TERMS)).isGreaterThanOrEqualTo(6);
        assertThat(inventory.countInEveryLanguage(ItemType.POST)).isGreaterThanOrEqualTo(20);
        for (ItemType type : ItemType.values()) {
            assertThat(inventory.countInEveryLanguage(type)).as(type.folder()).isEqualTo(inventory.count(type));
        }
    }

    @Test
    void emailsMixPhishingWithLegitimateLookAlikes() {
        assertThat(inventory.emails(Verdict.PHISHING)).isGreaterThanOrEqualTo(25);
        assertThat(inventory.emails(Verdict.LEGITIMATE)).isGreaterThanOrEqualTo(15);
    }

    @Test
    void everyAudienceHasALesson() {
        for (Audience audience : Audience.values()) {
            assertThat(inventory.lessons(audience)).as(audience.name()).isPositive();
        }
    }
}

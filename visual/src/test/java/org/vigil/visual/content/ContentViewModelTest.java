package org.vigil.visual.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.vigil.content.awareness.Audience;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Difficulty;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Verdict;

/** A trainer finds material for a session by filtering the catalogue, in the language of the audience. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // reads the library once for all tests
class ContentViewModelTest {

    private final ContentFixture fixture = new ContentFixture();

    @Test
    void theCatalogueOpensWithEveryTemplateAndLessonInTheInterfacesLanguage() {
        // when
        ContentViewModel model =
                fixture.inInterfaceLanguage(org.vigil.i18n.Language.DE).loaded();

        // then
        assertThat(model.languageProperty().get()).isEqualTo(Language.DE);
        int everything = fixture.library().templates().size()
                + fixture.library().lessons().size();
        assertThat(model.items()).hasSize(everything);
        assertThat(model.total()).isEqualTo(everything);
        assertThat(model.problemsProperty().get()).isZero();
    }

    @Test
    void filtersNarrowTheListToItemsMatchingEveryCriterion() {
        // given
        ContentViewModel model =
                fixture.inInterfaceLanguage(org.vigil.i18n.Language.EN).loaded();

        // when
        model.typeProperty().set(ItemType.EMAIL);
        model.verdictProperty().set(Verdict.PHISHING);
        model.cueProperty().set(Cue.DOMAIN_SPOOFING);
        model.audienceProperty().set(Audience.SME_STAFF);

        // then
        assertThat(model.items())
                .isNotEmpty()
                .hasSizeLessThan(fixture.library().emails().size())
                .allSatisfy(item -> {
                    assertThat(item.type()).isEqualTo(ItemType.EMAIL);
                    assertThat(item.verdict()).contains(Verdict.PHISHING);
                    assertThat(item.cues()).contains(Cue.DOMAIN_SPOOFING);
                    assertThat(item.audiences()).contains(Audience.SME_STAFF);
                });
        assertThat(model.items()).extracting(CatalogueItem::id).contains("parcel-redelivery-fee");
    }

    @Test
    void aVerdictOrDifficultyLeavesLessonsOutAndTheLessonTypeShowsOnlyLessons() {
        // given
        ContentViewModel model = fixture.loaded();

        // when
        model.difficultyProperty().set(Difficulty.VERY_DIFFICULT);

        // then
        assertThat(model.items()).isNotEmpty().noneMatch(item -> item.type() == ItemType.LESSON);
        assertThat(model.items())
                .allSatisfy(item -> assertThat(item.difficulty()).contains(Difficulty.VERY_DIFFICULT));

        // when
        model.clearFilters();
        model.typeProperty().set(ItemType.LESSON);

        // then
        assertThat(model.items())
                .hasSize(fixture.library().lessons().size())
                .allMatch(item -> item.type() == ItemType.LESSON);
    }

    @Test
    void aChannelFindsTheAdsAndClearingBringsEverythingBack() {
        // given
        ContentViewModel model = fixture.loaded();

        // when
        model.channelProperty().set(org.vigil.content.awareness.Channel.ONLINE_AD);

        // then
        assertThat(model.items()).extracting(CatalogueItem::id).contains("trainers-clearance-ad");
        assertThat(model.items()).allMatch(item -> item.type() == ItemType.POST);

        // when
        model.clearFilters();

        // then
        assertThat(model.items()).hasSize(model.total());
    }

    @Test
    void theContentLanguageIsIndependentOfTheInterfaceAndChangesThePreview() {
        // given an English interface with an email open
        ContentViewModel model =
                fixture.inInterfaceLanguage(org.vigil.i18n.Language.EN).loaded();
        model.selectedProperty().set(item(model, "parcel-redelivery-fee"));
        assertThat(model.previewProperty().get().title()).isEqualTo("Redelivery fee for a parcel");

        // when the trainer switches the content to Polish
        model.languageProperty().set(Language.PL);

        // then the preview is the Polish email, the interface still English
        assertThat(model.previewProperty().get().title()).isEqualTo("Opłata za ponowne doręczenie przesyłki");
        assertThat(fixture.text.messages().language()).isEqualTo(org.vigil.i18n.Language.EN);
        assertThat(model.items().get(0).title(model.languageProperty().get()))
                .isEqualTo(fixture.library().templates().get(0).title().in(Language.PL));
    }

    @Test
    void selectingALessonStartsItAndAnExampleOpensTheItemItShows() {
        // given
        ContentViewModel model = fixture.loaded();
        model.typeProperty().set(ItemType.LESSON);

        // when
        model.selectedProperty().set(item(model, "sme-parcel-and-payment-lures"));

        // then
        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.lessonProperty().get()).isNotNull();

        // when the learner opens a slide's example, hidden by the lesson filter
        model.open(org.vigil.content.awareness.ItemRef.parse("emails/parcel-redelivery-fee")
                .orElseThrow());

        // then the filter is cleared and the email previewed
        assertThat(model.typeProperty().get()).isNull();
        assertThat(model.lessonProperty().get()).isNull();
        assertThat(model.previewProperty().get()).isInstanceOf(ItemPreview.Email.class);
    }

    static CatalogueItem item(ContentViewModel model, String id) {
        return model.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}

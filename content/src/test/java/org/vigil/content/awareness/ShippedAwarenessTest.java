package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shipped awareness content is what lessons, games and campaigns stand on: it must be flawless. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // reads the library once for all tests
class ShippedAwarenessTest {

    private final AwarenessReadResult shipped = new ShippedAwareness(new AwarenessReader()).read();
    private final AwarenessLibrary library = shipped.library();

    @Test
    void theShippedLibraryHasNoProblems() {
        assertThat(shipped.problems()).extracting(ContentProblem::toString).isEmpty();
    }

    @Test
    void everyItemIsThereInAllNineLanguages() {
        ContentInventory inventory = library.inventory();

        for (ItemType type : ItemType.values()) {
            assertThat(inventory.count(type)).as(type.folder()).isPositive();
            assertThat(inventory.countInEveryLanguage(type)).as(type.folder()).isEqualTo(inventory.count(type));
        }
    }

    @Test
    void theSeedHasAPhishingEmailWithItsLegitimateLookAlike() {
        EmailTemplate phishing = library.email("parcel-redelivery-fee").orElseThrow();
        EmailTemplate legitimate = library.email("parcel-delivery-notice").orElseThrow();

        assertThat(phishing.verdict()).isEqualTo(Verdict.PHISHING);
        assertThat(phishing.redFlags()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(phishing.info().pairedWith()).hasValue(legitimate.id());
        assertThat(legitimate.verdict()).isEqualTo(Verdict.LEGITIMATE);
        assertThat(legitimate.info().trustSignals()).isNotEmpty();
        assertThat(library.inventory().emails(Verdict.PHISHING)).isPositive();
    }

    @Test
    void templatesCanBeFoundByTypeLanguageAudienceCueAndDifficulty() {
        List<AttackTemplate> found = library.find(TemplateQuery.all()
                .type(ItemType.EMAIL)
                .language(Language.EL)
                .audience(Audience.SME_STAFF)
                .cue(Cue.DOMAIN_SPOOFING)
                .difficulty(Difficulty.VERY_DIFFICULT));

        // the library grows, so: the seed is found, and everything found fits the query
        assertThat(found).extracting(AttackTemplate::id).contains("parcel-redelivery-fee");
        assertThat(found).allSatisfy(t -> {
            assertThat(t.type()).isEqualTo(ItemType.EMAIL);
            assertThat(t.languages()).contains(Language.EL);
            assertThat(t.audiences()).contains(Audience.SME_STAFF);
            assertThat(t.cues()).contains(Cue.DOMAIN_SPOOFING);
            assertThat(t.difficulty()).contains(Difficulty.VERY_DIFFICULT);
        });
        assertThat(library.find(TemplateQuery.all().channel(Channel.ONLINE_AD)))
                .allSatisfy(t -> assertThat(t.channel()).isEqualTo(Channel.ONLINE_AD))
                .extracting(AttackTemplate::id)
                .contains("trainers-clearance-ad");
        assertThat(library.find(TemplateQuery.all().verdict(Verdict.ABUSIVE)))
                .allSatisfy(t -> assertThat(t.verdict()).isEqualTo(Verdict.ABUSIVE))
                .extracting(AttackTemplate::id)
                .contains("bargain-shop-terms");
    }

    @Test
    void theSmeLessonIsAShortIllustratedSequenceWithAThreeQuestionQuiz() {
        Lesson lesson = library.lessonsFor(Audience.SME_STAFF).stream()
                .filter(l -> l.id().equals("sme-parcel-and-payment-lures"))
                .findFirst()
                .orElseThrow();

        assertThat(lesson.slides()).hasSizeBetween(4, 6);
        assertThat(lesson.slides())
                .allSatisfy(slide ->
                        assertThat(library.illustration(slide.illustration())).isPresent());
        assertThat(lesson.quiz()).hasSize(3);
        assertThat(library.questions(Topic.DELIVERY_SCAMS))
                .extracting(QuizQuestion::id)
                .contains("small-fee");
        assertThat(lesson.slides())
                .filteredOn(slide -> slide.example().isPresent())
                .allSatisfy(slide ->
                        assertThat(library.template(slide.example().get())).isPresent());
    }

    @Test
    void eachCountryHasItsOwnParcelCompanyAndCurrency() {
        EmailTemplate phishing = library.email("parcel-redelivery-fee").orElseThrow();
        Map<Language, String> senders = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            senders.put(language, phishing.message(language).from().replaceAll(".*@", ""));
        }

        assertThat(senders.values()).doesNotHaveDuplicates();
        assertThat(phishing.message(Language.EN).text().orElseThrow()).contains("£1.99");
        assertThat(phishing.message(Language.RO).text().orElseThrow()).contains("9,99 lei");
        assertThat(phishing.message(Language.PL).text().orElseThrow()).contains("7,99 zł");
    }

    @Test
    void romanianIsWrittenWithCommaBelowLetters() {
        String romanian = allText(Language.RO);

        assertThat(romanian).contains("ș", "ț").doesNotContain("ş", "ţ", "Ş", "Ţ");
    }

    @Test
    void greekIsWrittenInGreekLettersWithAccents() {
        assertThat(allText(Language.EL))
                .containsPattern("\\p{IsGreek}{4,}")
                .contains("ά", "έ", "ή", "ί", "ό", "ύ", "ώ");
    }

    /** Every text of a language in the library, for checks on spelling conventions. */
    private String allText(Language language) {
        List<String> texts = new ArrayList<>();
        library.illustrations().forEach(i -> texts.add(i.alt().in(language)));
        for (AttackTemplate template : library.templates()) {
            texts.add(template.title().in(language));
            template.redFlags().forEach(f -> texts.add(f.explanation().in(language)));
        }
        library.emails().forEach(e -> {
            texts.add(e.message(language).subject());
            texts.add(e.message(language).text().orElse(""));
        });
        library.landingPages().forEach(p -> texts.add(p.html().get(language)));
        library.terms().forEach(t -> {
            texts.add(t.html().get(language));
            t.clauses().forEach(c -> texts.add(c.explanation().in(language)));
        });
        library.posts().forEach(p -> texts.add(p.content().get(language).body()));
        for (Lesson lesson : library.lessons()) {
            texts.add(lesson.title().in(language));
            lesson.slides()
                    .forEach(s ->
                            texts.add(s.title().in(language) + " " + s.body().in(language)));
            lesson.quiz()
                    .forEach(q -> texts.add(
                            q.question().in(language) + " " + q.explanation().in(language)
                                    + q.options().stream()
                                            .map(o -> o.text().in(language))
                                            .collect(Collectors.joining(" "))));
        }
        return String.join("\n", texts);
    }
}

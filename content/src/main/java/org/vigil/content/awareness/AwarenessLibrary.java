package org.vigil.content.awareness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The awareness content, read and checked: illustrations, attack-simulation templates (emails,
 * landing pages, terms, posts) and lessons, each list in index order, queryable by what lessons and
 * games choose by.
 */
public final class AwarenessLibrary {

    private final List<Illustration> illustrations;
    private final List<EmailTemplate> emails;
    private final List<LandingPage> pages;
    private final List<TermsDocument> terms;
    private final List<SocialPost> posts;
    private final List<Lesson> lessons;

    public AwarenessLibrary(
            List<Illustration> illustrations,
            List<EmailTemplate> emails,
            List<LandingPage> pages,
            List<TermsDocument> terms,
            List<SocialPost> posts,
            List<Lesson> lessons) {
        this.illustrations = List.copyOf(illustrations);
        this.emails = List.copyOf(emails);
        this.pages = List.copyOf(pages);
        this.terms = List.copyOf(terms);
        this.posts = List.copyOf(posts);
        this.lessons = List.copyOf(lessons);
    }

    public List<Illustration> illustrations() {
        return illustrations;
    }

    public List<EmailTemplate> emails() {
        return emails;
    }

    public List<LandingPage> landingPages() {
        return pages;
    }

    public List<TermsDocument> terms() {
        return terms;
    }

    public List<SocialPost> posts() {
        return posts;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** Every attack-simulation template: emails, then pages, terms and posts. */
    public List<AttackTemplate> templates() {
        List<AttackTemplate> all = new ArrayList<>(emails);
        all.addAll(pages);
        all.addAll(terms);
        all.addAll(posts);
        return List.copyOf(all);
    }

    public List<AttackTemplate> find(TemplateQuery query) {
        return templates().stream().filter(query::matches).toList();
    }

    public Optional<Illustration> illustration(String id) {
        return byId(illustrations, Illustration::id, id);
    }

    public Optional<EmailTemplate> email(String id) {
        return byId(emails, EmailTemplate::id, id);
    }

    public Optional<LandingPage> landingPage(String id) {
        return byId(pages, LandingPage::id, id);
    }

    public Optional<TermsDocument> termsDocument(String id) {
        return byId(terms, TermsDocument::id, id);
    }

    public Optional<SocialPost> post(String id) {
        return byId(posts, SocialPost::id, id);
    }

    public Optional<Lesson> lesson(String id) {
        return byId(lessons, Lesson::id, id);
    }

    /** The template a reference names, as lessons' examples do. */
    public Optional<AttackTemplate> template(ItemRef ref) {
        return templates().stream()
                .filter(t -> t.type() == ref.type() && t.id().equals(ref.id()))
                .findFirst();
    }

    public List<Lesson> lessonsFor(Audience audience) {
        return lessons.stream().filter(l -> l.audiences().contains(audience)).toList();
    }

    /** Every quiz question on a topic, from all lessons: the pool pre- and post-tests draw from. */
    public List<QuizQuestion> questions(Topic topic) {
        return lessons.stream()
                .flatMap(l -> l.quiz().stream())
                .filter(q -> q.topic() == topic)
                .toList();
    }

    public List<Illustration> illustrations(IllustrationSubject subject) {
        return illustrations.stream().filter(i -> i.subject() == subject).toList();
    }

    public ContentInventory inventory() {
        return ContentInventory.of(this);
    }

    private static <T> Optional<T> byId(List<T> items, Function<T, String> id, String wanted) {
        return items.stream().filter(item -> id.apply(item).equals(wanted)).findFirst();
    }
}

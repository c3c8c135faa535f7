package org.vigil.game.fakeshop;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.vigil.content.awareness.Anchor;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.ClauseNote;
import org.vigil.content.awareness.LandingPage;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Place;
import org.vigil.content.awareness.PostContent;
import org.vigil.content.awareness.SocialPost;
import org.vigil.content.awareness.TermsDocument;
import org.vigil.content.awareness.Verdict;

/**
 * Turns awareness pages, terms and posts into items to play in one language. Pages show the address
 * the browser would, then their HTML read into parts; terms show their clauses; posts show author,
 * handle, the text a sentence at a time, the link's title and address and the call to action. Each
 * red flag, abusive clause, trust signal and fair clause is located in the parts holding its quote,
 * matched as the content checker matches it (NFC, white space collapsed): the first part holding it,
 * or every part of its place when the quote spans parts.
 */
public final class ShopItems {

    /** A sentence ends at . ! ? or … followed by white space. */
    private static final String SENTENCE_END = "(?<=[.!?…])\\s+";

    public ShopItem of(AttackTemplate template, Language language) {
        if (template instanceof LandingPage page) {
            return page(page, language);
        }
        if (template instanceof TermsDocument terms) {
            return terms(terms, language);
        }
        if (template instanceof SocialPost post) {
            return post(post, language);
        }
        throw new IllegalArgumentException("not a page, terms or post: " + template.id());
    }

    private ShopItem page(LandingPage page, Language language) {
        List<HtmlParts.Located> parts = new ArrayList<>();
        String address = page.address().in(language);
        parts.add(new HtmlParts.Located(new ShopPart(ShopPartKind.ADDRESS, address), null));
        parts.addAll(HtmlParts.read(page.html().get(language), referencedIds(page, List.of())));
        return item(page, ShopItemKind.SHOP_PAGE, Optional.of(address), parts, List.of(), language);
    }

    private ShopItem terms(TermsDocument terms, Language language) {
        List<HtmlParts.Located> parts =
                HtmlParts.read(terms.html().get(language), referencedIds(terms, terms.clauses()));
        return item(terms, ShopItemKind.TERMS, Optional.empty(), parts, terms.clauses(), language);
    }

    private ShopItem post(SocialPost post, Language language) {
        PostContent content = post.content().get(language);
        List<HtmlParts.Located> parts = new ArrayList<>();
        add(parts, ShopPartKind.AUTHOR, Optional.of(content.author()));
        add(parts, ShopPartKind.HANDLE, Optional.of(content.handle()));
        for (String sentence : content.body().strip().split(SENTENCE_END)) {
            add(parts, HtmlParts.textOrPrice(sentence), Optional.of(sentence));
        }
        add(parts, ShopPartKind.LINK_TITLE, content.linkTitle());
        add(parts, ShopPartKind.LINK, content.link());
        add(parts, ShopPartKind.CALL_TO_ACTION, content.callToAction());
        return item(post, ShopItemKind.POST, Optional.empty(), parts, List.of(), language);
    }

    private static void add(List<HtmlParts.Located> parts, ShopPartKind kind, Optional<String> text) {
        text.map(String::strip)
                .filter(t -> !t.isEmpty())
                .ifPresent(t -> parts.add(new HtmlParts.Located(new ShopPart(kind, t), null)));
    }

    private static ShopItem item(
            AttackTemplate template,
            ShopItemKind kind,
            Optional<String> address,
            List<HtmlParts.Located> parts,
            List<ClauseNote> clauses,
            Language language) {
        List<ShopCue> cues = new ArrayList<>();
        template.redFlags()
                .forEach(flag -> cues.add(new ShopCue(
                        flag.id(),
                        flag.cue().name(),
                        "content.cue." + flag.cue().name(),
                        locate(parts, flag.anchor(), language),
                        flag.explanation().in(language))));
        List<ShopTrustNote> trust = new ArrayList<>();
        template.info()
                .trustSignals()
                .forEach(signal -> trust.add(new ShopTrustNote(
                        signal.id(),
                        locate(parts, signal.anchor(), language),
                        signal.explanation().in(language))));
        for (ClauseNote clause : clauses) {
            Set<Integer> where = locate(parts, clause.anchor(), language);
            String explanation = clause.explanation().in(language);
            if (clause.verdict() == Verdict.ABUSIVE) {
                String topic = clause.topic().name();
                cues.add(new ShopCue(clause.id(), topic, "content.clause." + topic, where, explanation));
            } else {
                trust.add(new ShopTrustNote(clause.id(), where, explanation));
            }
        }
        return new ShopItem(
                template.id(),
                kind,
                template.verdict().isHarmful(),
                address,
                parts.stream().map(HtmlParts.Located::part).toList(),
                cues,
                trust);
    }

    /** The element ids the item's notes point at, kept whole as parts. */
    private static Set<String> referencedIds(AttackTemplate template, List<ClauseNote> clauses) {
        Set<String> ids = new HashSet<>();
        Stream.concat(
                        Stream.concat(
                                template.redFlags().stream().map(f -> f.anchor()),
                                template.info().trustSignals().stream().map(s -> s.anchor())),
                        clauses.stream().map(ClauseNote::anchor))
                .map(Anchor::place)
                .filter(place -> place.area() == Place.Area.ELEMENT)
                .forEach(place -> ids.add(place.name()));
        return ids;
    }

    private static Set<Integer> locate(List<HtmlParts.Located> parts, Anchor anchor, Language language) {
        Predicate<HtmlParts.Located> inPlace = placeFilter(anchor.place());
        List<Integer> candidates = IntStream.range(0, parts.size())
                .filter(i -> inPlace.test(parts.get(i)))
                .boxed()
                .toList();
        Optional<String> quote = anchor.quote().map(q -> normalise(q.in(language)));
        if (quote.isPresent()) {
            Optional<Integer> holding = candidates.stream()
                    .filter(i -> normalise(parts.get(i).part().text()).contains(quote.get()))
                    .findFirst(); // games point at the first occurrence
            if (holding.isPresent()) {
                return Set.of(holding.get());
            }
            Set<Integer> spanned = spanning(parts, candidates, quote.get());
            if (!spanned.isEmpty()) {
                return spanned;
            }
        }
        return Set.copyOf(candidates);
    }

    /** The parts a quote runs across when it spans several (a post's sentences, a page's lines). */
    private static Set<Integer> spanning(List<HtmlParts.Located> parts, List<Integer> candidates, String quote) {
        StringBuilder joined = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        for (int i : candidates) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            int start = joined.length();
            joined.append(normalise(parts.get(i).part().text()));
            ranges.add(new int[] {i, start, joined.length()});
        }
        int at = joined.indexOf(quote);
        if (at < 0) {
            return Set.of();
        }
        Set<Integer> spanned = new HashSet<>();
        for (int[] range : ranges) {
            if (range[1] < at + quote.length() && range[2] > at) {
                spanned.add(range[0]);
            }
        }
        return spanned;
    }

    private static Predicate<HtmlParts.Located> placeFilter(Place place) {
        return switch (place.area()) {
            case ADDRESS -> kind(ShopPartKind.ADDRESS);
            case TITLE -> kind(ShopPartKind.TITLE);
            case AUTHOR -> kind(ShopPartKind.AUTHOR);
            case HANDLE -> kind(ShopPartKind.HANDLE);
            case LINK -> kind(ShopPartKind.LINK);
            case LINK_TITLE -> kind(ShopPartKind.LINK_TITLE);
            case CALL_TO_ACTION -> kind(ShopPartKind.CALL_TO_ACTION);
            case BODY ->
                located -> located.element() != null
                        || located.part().kind() == ShopPartKind.TEXT
                        || located.part().kind() == ShopPartKind.PRICE;
            case ELEMENT -> located -> located.element() != null && related(located.element(), place.name());
            default -> located -> false;
        };
    }

    private static Predicate<HtmlParts.Located> kind(ShopPartKind kind) {
        return located -> located.part().kind() == kind;
    }

    /** Whether a part's element is the one with the id, inside it, or holds it. */
    private static boolean related(Element element, String id) {
        if (id.equals(element.id()) || element.getElementById(id) != null) {
            return true;
        }
        return element.parents().stream().anyMatch(parent -> id.equals(parent.id()));
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0\\u202F]+", " ")
                .strip();
    }
}

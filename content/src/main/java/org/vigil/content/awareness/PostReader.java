package org.vigil.content.awareness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.json.JsonFields;

/**
 * Reads a post, ad or short message: {@code posts/<id>/item.json}, which holds every language's
 * text under {@code content} (posts are short, so they need no file per language).
 */
final class PostReader {

    static final Set<Place.Area> AREAS = Set.of(
            Place.Area.AUTHOR,
            Place.Area.HANDLE,
            Place.Area.BODY,
            Place.Area.LINK,
            Place.Area.LINK_TITLE,
            Place.Area.CALL_TO_ACTION);
    private static final List<String> OPTIONAL_FIELDS = List.of("link", "linkTitle", "callToAction");

    private final ReadContext context;

    PostReader(ReadContext context) {
        this.context = context;
    }

    Optional<SocialPost> read(String id) {
        Optional<JsonFields> parsed = context.itemJson(ItemType.POST, id);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonFields json = parsed.get();
        JsonNode root = json.root();
        Set<String> known = new HashSet<>(TemplateFields.COMMON);
        known.addAll(Set.of("illustration", "reactions", "content"));
        json.allowOnly(root, "$", known);
        Optional<TemplateFields.Read> common = TemplateFields.read(
                json,
                id,
                ItemType.POST,
                Set.of(Verdict.PHISHING, Verdict.LEGITIMATE),
                Set.of(Channel.SOCIAL_MEDIA, Channel.ONLINE_AD, Channel.SMS, Channel.MESSAGING_APP),
                AREAS,
                context.references);
        Optional<String> illustration = json.optionalId(root, "$", "illustration");
        illustration.ifPresent(
                i -> context.references.add(new ItemRef(ItemType.ILLUSTRATION, i), json, "$.illustration"));
        Optional<Reactions> reactions = reactions(json);
        Map<Language, PostContent> content = content(json);
        if (common.isEmpty() || content.size() < Language.values().length) {
            return Optional.empty();
        }
        AnchorCheck.check(json, common.get().anchors(), new PostTexts(json.file(), content));
        return Optional.of(new SocialPost(common.get().info(), illustration, reactions, content));
    }

    private static Optional<Reactions> reactions(JsonFields json) {
        JsonNode node = json.root().get("reactions");
        if (node == null || node.isNull() || !json.isObject(node, "$.reactions")) {
            return Optional.empty();
        }
        json.allowOnly(node, "$.reactions", Set.of("likes", "comments", "shares"));
        return Optional.of(new Reactions(
                json.optionalCount(node, "$.reactions", "likes").orElse(0L),
                json.optionalCount(node, "$.reactions", "comments").orElse(0L),
                json.optionalCount(node, "$.reactions", "shares").orElse(0L)));
    }

    /** Every language's text; an optional field given in one language must be given in all. */
    private Map<Language, PostContent> content(JsonFields json) {
        Map<Language, PostContent> content = new EnumMap<>(Language.class);
        JsonNode node = json.root().get("content");
        if (node == null || node.isNull()) {
            json.report("$.content", "missing required field \"content\"");
            return content;
        }
        if (!json.isObject(node, "$.content")) {
            return content;
        }
        node.fieldNames().forEachRemaining(tag -> {
            if (Language.ofTag(tag).isEmpty()) {
                json.report("$.content." + tag, "unknown language \"" + tag + "\"; expected " + Language.allTags());
            }
        });
        for (Language language : Language.values()) {
            String path = "$.content." + language.tag();
            JsonNode post = node.get(language.tag());
            if (post == null) {
                json.report("$.content", "missing language \"" + language.tag() + "\"");
                continue;
            }
            if (!json.isObject(post, path)) {
                continue;
            }
            json.allowOnly(post, path, Set.of("author", "handle", "body", "link", "linkTitle", "callToAction"));
            Optional<String> author = json.text(post, path, "author");
            Optional<String> handle = json.text(post, path, "handle");
            Optional<String> body = json.text(post, path, "body");
            Optional<String> link = json.optionalText(post, path, "link");
            Optional<String> linkTitle = json.optionalText(post, path, "linkTitle");
            Optional<String> callToAction = json.optionalText(post, path, "callToAction");
            for (String field : List.of("author", "handle", "body", "link", "linkTitle", "callToAction")) {
                if (post.hasNonNull(field) && post.get(field).isTextual()) {
                    String text = post.get(field).asText();
                    ContentChecks.domains(json, JsonFields.child(path, field), text);
                    if (!TemplateVariables.find(text).isEmpty()) {
                        json.report(
                                JsonFields.child(path, field),
                                "template variables are not allowed in posts: only emails and landing pages go through GoPhish");
                    }
                }
            }
            link.filter(l -> !l.startsWith("https://") && !l.startsWith("http://"))
                    .ifPresent(
                            l -> json.report(path + ".link", "\"" + l + "\" must be an http:// or https:// address"));
            if (author.isPresent() && handle.isPresent() && body.isPresent()) {
                content.put(
                        language,
                        new PostContent(author.get(), handle.get(), body.get(), link, linkTitle, callToAction));
            }
        }
        checkOptionalFieldParity(json, node);
        return content;
    }

    private static void checkOptionalFieldParity(JsonFields json, JsonNode content) {
        JsonNode english = content.get(Language.EN.tag());
        if (english == null || !english.isObject()) {
            return;
        }
        for (Language language : Language.values()) {
            JsonNode post = content.get(language.tag());
            if (language == Language.EN || post == null || !post.isObject()) {
                continue;
            }
            for (String field : OPTIONAL_FIELDS) {
                if (english.hasNonNull(field) != post.hasNonNull(field)) {
                    json.report(
                            "$.content." + language.tag(),
                            "\"" + field + "\" is " + (english.hasNonNull(field) ? "missing" : "present") + " but "
                                    + (english.hasNonNull(field) ? "present" : "missing")
                                    + " in content.en: every language shows the same parts");
                }
            }
        }
    }
}

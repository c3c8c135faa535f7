package org.vigil.content.awareness;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigil.content.json.JsonFields;

/** Reads an email item: {@code emails/<id>/item.json} and one {@code <lang>.eml} per language. */
final class EmailReader {

    static final Set<Place.Area> AREAS =
            Set.of(Place.Area.HEADER, Place.Area.BODY, Place.Area.LINK, Place.Area.ATTACHMENT);

    private static final Pattern TEXT_URL = Pattern.compile("(\\{\\{\\.URL}}|\\{\\{\\.BaseURL}}|https?://)[^\\s<>\"]*");

    private final ReadContext context;

    EmailReader(ReadContext context) {
        this.context = context;
    }

    Optional<EmailTemplate> read(String id) {
        Optional<JsonFields> parsed = context.itemJson(ItemType.EMAIL, id);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonFields json = parsed.get();
        JsonNode root = json.root();
        Set<String> known = new HashSet<>(TemplateFields.COMMON);
        known.addAll(Set.of("linkTarget", "landingPage"));
        json.allowOnly(root, "$", known);
        Optional<TemplateFields.Read> common = TemplateFields.read(
                json,
                id,
                ItemType.EMAIL,
                Set.of(Verdict.PHISHING, Verdict.LEGITIMATE),
                Set.of(Channel.EMAIL),
                AREAS,
                context.references);
        boolean linkTargetBroken = root.hasNonNull("linkTarget");
        Optional<LocalizedText> linkTarget = LocalizedFields.optionalQuote(json, root, "$", "linkTarget");
        linkTargetBroken &= linkTarget.isEmpty();
        linkTarget.ifPresent(targets -> checkLinkTarget(json, targets));
        Optional<String> landingPage = json.optionalId(root, "$", "landingPage");
        landingPage.ifPresent(
                page -> context.references.add(new ItemRef(ItemType.LANDING_PAGE, page), json, "$.landingPage"));

        String folder = "emails/" + id + "/";
        Map<Language, EmailMessage> messages = new EnumMap<>(Language.class);
        Map<Language, Set<String>> variables = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = folder + language.tag() + ".eml";
            context.required(file, "every email needs all nine languages (" + Language.allTags() + ")")
                    .ifPresent(bytes -> new EmlReader(file, context.problems)
                            .read(bytes)
                            .ifPresent(message -> {
                                messages.put(language, message);
                                variables.put(
                                        language, check(file, new String(bytes, StandardCharsets.UTF_8), message));
                            }));
        }
        ContentChecks.parity(variables, language -> folder + language.tag() + ".eml", context.problems);
        if (linkTarget.isEmpty()
                && !linkTargetBroken
                && variables.values().stream().anyMatch(v -> v.contains("URL"))) {
            json.report("$", "the emails use {{.URL}}: add \"linkTarget\", the address a reader sees in its place");
        }
        if (common.isEmpty() || messages.size() < Language.values().length || linkTargetBroken) {
            return Optional.empty();
        }
        AnchorCheck.check(json, common.get().anchors(), Texts.of(folder, messages, linkTarget));
        return Optional.of(new EmailTemplate(common.get().info(), linkTarget, landingPage, messages));
    }

    private static void checkLinkTarget(JsonFields json, LocalizedText targets) {
        targets.texts().forEach((language, target) -> {
            String path = json.root().get("linkTarget").isObject() ? "$.linkTarget." + language.tag() : "$.linkTarget";
            if (!target.startsWith("https://") && !target.startsWith("http://")) {
                json.report(path, "\"" + target + "\" must be an http:// or https:// address");
            }
            if (!TemplateVariables.find(target).isEmpty()) {
                json.report(path, "must be the address shown to a reader, without template variables");
            }
            ContentChecks.domains(json, path, target);
        });
    }

    /** The checks on one language's message; returns the template variables it uses. */
    private Set<String> check(String file, String raw, EmailMessage message) {
        StringBuilder all = new StringBuilder();
        message.headers().forEach(h -> all.append(h.value()).append('\n'));
        message.text().ifPresent(t -> all.append(t).append('\n'));
        message.html().ifPresent(h -> all.append(h).append('\n'));
        Set<String> names = ContentChecks.variables(file, raw, all.toString(), true, context.problems);
        ContentChecks.domains(file, raw, all + raw, context.problems);
        message.html().ifPresent(html -> {
            int offset = Math.max(0, ContentChecks.lineOf(raw, firstLine(html)) - 1);
            for (HtmlFinding finding : InertHtml.check(InertHtml.parse(html), InertHtml.Use.EMAIL)) {
                context.problems.add(file, finding.line() + offset, finding.where(), finding.reason());
            }
        });
        return names;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse(text);
    }

    /** What an email holds at each place; each HTML part is parsed once, not once per anchor. */
    private record Texts(
            String folder,
            Map<Language, EmailMessage> messages,
            Map<Language, Document> html,
            Optional<LocalizedText> linkTarget)
            implements PlaceTexts {

        static Texts of(String folder, Map<Language, EmailMessage> messages, Optional<LocalizedText> linkTarget) {
            Map<Language, Document> html = new EnumMap<>(Language.class);
            messages.forEach(
                    (language, message) -> message.html().ifPresent(part -> html.put(language, InertHtml.parse(part))));
            return new Texts(folder, messages, html, linkTarget);
        }

        @Override
        public String fileOf(Language language) {
            return folder + language.tag() + ".eml";
        }

        @Override
        public List<PlaceRegion> at(Place place, Language language) {
            EmailMessage message = messages.get(language);
            Optional<Document> document = Optional.ofNullable(html.get(language));
            return switch (place.area()) {
                case HEADER -> headers(message, place.name());
                case BODY -> bodies(message, document);
                case LINK ->
                    links(message, document, linkTarget.map(t -> t.in(language)).orElse("{{.URL}}"));
                case ATTACHMENT ->
                    message.attachments().isEmpty()
                            ? List.of()
                            : List.of(new PlaceRegion(
                                    "the attachment names",
                                    message.attachments().stream()
                                            .map(EmailAttachment::name)
                                            .toList()));
                default -> List.of();
            };
        }

        private static List<PlaceRegion> headers(EmailMessage message, String name) {
            List<String> values = message.headers().stream()
                    .filter(h -> h.name().equalsIgnoreCase(name))
                    .map(EmailHeader::value)
                    .toList();
            return values.isEmpty() ? List.of() : List.of(new PlaceRegion("header " + name, values));
        }

        private static List<PlaceRegion> bodies(EmailMessage message, Optional<Document> html) {
            List<PlaceRegion> regions = new ArrayList<>();
            message.text().ifPresent(text -> regions.add(PlaceRegion.of("the text/plain part", text)));
            html.ifPresent(document -> regions.add(PlaceRegion.of("the text/html part", document.text())));
            return regions;
        }

        private static List<PlaceRegion> links(EmailMessage message, Optional<Document> html, String linkTarget) {
            List<String> targets = new ArrayList<>();
            html.ifPresent(document -> {
                for (Element link : document.select("a[href]")) {
                    targets.add(link.attr("href").replace("{{.URL}}", linkTarget));
                }
            });
            message.text().ifPresent(text -> {
                Matcher url = TEXT_URL.matcher(text);
                while (url.find()) {
                    targets.add(url.group().replace("{{.URL}}", linkTarget));
                }
            });
            return targets.isEmpty() ? List.of() : List.of(new PlaceRegion("the link targets", targets));
        }
    }
}

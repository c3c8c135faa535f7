package org.vigil.content.awareness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.json.JsonFields;

/** Reads a landing page: {@code pages/<id>/item.json} and one {@code <lang>.html} per language. */
final class PageReader {

    static final Set<Place.Area> AREAS =
            Set.of(Place.Area.ADDRESS, Place.Area.TITLE, Place.Area.BODY, Place.Area.ELEMENT);

    private final ReadContext context;

    PageReader(ReadContext context) {
        this.context = context;
    }

    Optional<LandingPage> read(String id) {
        Optional<JsonFields> parsed = context.itemJson(ItemType.LANDING_PAGE, id);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonFields json = parsed.get();
        JsonNode root = json.root();
        Set<String> known = new HashSet<>(TemplateFields.COMMON);
        known.addAll(Set.of("address", "captureCredentials", "redirectUrl"));
        json.allowOnly(root, "$", known);
        Optional<TemplateFields.Read> common = TemplateFields.read(
                json,
                id,
                ItemType.LANDING_PAGE,
                Set.of(Verdict.PHISHING, Verdict.LEGITIMATE),
                Set.of(Channel.WEB),
                AREAS,
                context.references);
        Optional<LocalizedText> address = LocalizedFields.required(json, root, "$", "address");
        address.ifPresent(a -> checkAddresses(json, "$.address", a));
        Optional<Boolean> capture = json.bool(root, "$", "captureCredentials");
        Optional<LocalizedText> redirect = LocalizedFields.optional(json, root, "$", "redirectUrl");
        redirect.ifPresent(r -> checkAddresses(json, "$.redirectUrl", r));
        boolean redirectBroken = root.hasNonNull("redirectUrl") && redirect.isEmpty();

        String folder = "pages/" + id + "/";
        Map<Language, HtmlFile> files = new EnumMap<>(Language.class);
        Map<Language, Set<String>> variables = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = folder + language.tag() + ".html";
            HtmlFile.read(
                            context,
                            file,
                            language,
                            "every landing page needs all nine languages (" + Language.allTags() + ")")
                    .ifPresent(html -> {
                        files.put(language, html);
                        variables.put(
                                language,
                                ContentChecks.variables(file, html.raw(), html.raw(), true, context.problems));
                    });
        }
        ContentChecks.parity(variables, language -> folder + language.tag() + ".html", context.problems);
        if (common.isEmpty()
                || address.isEmpty()
                || capture.isEmpty()
                || redirectBroken
                || files.size() < Language.values().length) {
            return Optional.empty();
        }
        AnchorCheck.check(json, common.get().anchors(), new HtmlTexts(folder, files, address));
        Map<Language, String> html = new EnumMap<>(Language.class);
        files.forEach((language, file) -> html.put(language, file.raw()));
        return Optional.of(new LandingPage(common.get().info(), address.get(), capture.get(), redirect, html));
    }

    static void checkAddresses(JsonFields json, String path, LocalizedText addresses) {
        addresses.texts().forEach((language, address) -> {
            String languagePath = path + "." + language.tag();
            if (!address.startsWith("https://") && !address.startsWith("http://")) {
                json.report(languagePath, "\"" + address + "\" must be an http:// or https:// address");
            }
            if (!TemplateVariables.find(address).isEmpty()) {
                json.report(languagePath, "must be a plain address, without template variables");
            }
            ContentChecks.domains(json, languagePath, address);
        });
    }
}

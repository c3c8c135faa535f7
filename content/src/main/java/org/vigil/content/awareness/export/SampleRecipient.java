package org.vigil.content.awareness.export;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.LandingPage;
import org.vigil.content.awareness.Language;

/**
 * An invented recipient per language, whose details fill GoPhish's template variables in previews
 * and exported HTML, so a trainer sees an email as its reader would: "Dear Lena" rather than "Dear
 * {{.FirstName}}". Addresses are on example.com, reserved for examples.
 */
public record SampleRecipient(String firstName, String lastName, String email, String position) {

    /** A transparent 1×1 GIF: the tracking image GoPhish would load, here loading nothing. */
    static final String EMPTY_IMAGE = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    /** Stands in for the recipient id GoPhish puts in every link and tracker. */
    static final String SAMPLE_RID = "vIg1l0p";

    private static final Map<Language, SampleRecipient> BY_LANGUAGE;

    static {
        Map<Language, SampleRecipient> all = new EnumMap<>(Language.class);
        all.put(Language.EN, new SampleRecipient("Alex", "Morgan", "alex.morgan@example.com", "Office manager"));
        all.put(
                Language.PT,
                new SampleRecipient("Ana", "Ferreira", "ana.ferreira@example.com", "Gestora de escritório"));
        all.put(
                Language.ES,
                new SampleRecipient("Lucía", "Martín", "lucia.martin@example.com", "Responsable de oficina"));
        all.put(
                Language.IT,
                new SampleRecipient("Giulia", "Bianchi", "giulia.bianchi@example.com", "Responsabile d'ufficio"));
        all.put(
                Language.EL,
                new SampleRecipient("Ελένη", "Παπαδοπούλου", "eleni.papadopoulou@example.com", "Υπεύθυνη γραφείου"));
        all.put(Language.DE, new SampleRecipient("Lena", "Wagner", "lena.wagner@example.com", "Büroleiterin"));
        all.put(
                Language.FR,
                new SampleRecipient("Camille", "Durand", "camille.durand@example.com", "Responsable administrative"));
        all.put(Language.RO, new SampleRecipient("Ioana", "Popescu", "ioana.popescu@example.com", "Manager de birou"));
        all.put(
                Language.PL,
                new SampleRecipient("Anna", "Kowalska", "anna.kowalska@example.com", "Kierowniczka biura"));
        BY_LANGUAGE = Collections.unmodifiableMap(all);
    }

    public static SampleRecipient in(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** The values an email's variables take in a preview of that language. */
    public static Map<String, String> forEmail(EmailTemplate email, Language language) {
        return in(language)
                .variables(email.message(language).from(), email.linkTarget().map(t -> t.in(language)));
    }

    /** The values a landing page's variables take: its own address stands for the link. */
    public static Map<String, String> forPage(LandingPage page, Language language) {
        return in(language).variables("", Optional.of(page.address().in(language)));
    }

    /**
     * Values for every GoPhish variable: the recipient's details, the sender, and {@code {{.URL}}} as
     * the item's link target (what a reader sees on hovering the link). The tracker becomes nothing
     * and the tracking URL an empty image, so a preview loads nothing from anywhere.
     */
    public Map<String, String> variables(String from, Optional<String> linkTarget) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("FirstName", firstName);
        values.put("LastName", lastName);
        values.put("Email", email);
        values.put("Position", position);
        values.put("From", from);
        linkTarget.ifPresent(url -> {
            values.put("URL", url);
            values.put("BaseURL", origin(url));
        });
        values.put("TrackingURL", EMPTY_IMAGE);
        values.put("Tracker", "");
        values.put("RId", SAMPLE_RID);
        return values;
    }

    /** {@code https://host.example/path} → {@code https://host.example}. */
    static String origin(String url) {
        int scheme = url.indexOf("://");
        int path = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        return path < 0 ? url : url.substring(0, path);
    }
}

package org.vigil.content.awareness;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where in an item a red flag, trust signal or clause note is: written {@code header:From},
 * {@code body}, {@code link}, {@code element:c4} and so on. Which areas an item type has is listed
 * in docs/content-format.md and checked by the reader.
 */
public record Place(Area area, String name) {

    /** The part of an item; some ({@link #HEADER}, {@link #ELEMENT}) take a name after a colon. */
    public enum Area {
        /** An email header, named: {@code header:Reply-To}. */
        HEADER("header", true),
        /** The visible text: every body part of an email, the body of a page or terms, a post's text. */
        BODY("body", false),
        /** A link target: an email's hrefs and URLs (with {@code {{.URL}}} as the item's linkTarget), a post's link. */
        LINK("link", false),
        /** An email attachment's file name. */
        ATTACHMENT("attachment", false),
        /** The address shown in the browser for a landing page. */
        ADDRESS("address", false),
        /** The {@code <title>} of a page or terms. */
        TITLE("title", false),
        /** The text of the HTML element with this id: {@code element:card-form}. */
        ELEMENT("element", true),
        AUTHOR("author", false),
        HANDLE("handle", false),
        LINK_TITLE("linkTitle", false),
        CALL_TO_ACTION("callToAction", false);

        private final String key;
        private final boolean named;

        Area(String key, boolean named) {
            this.key = key;
            this.named = named;
        }

        public String key() {
            return key;
        }

        public boolean isNamed() {
            return named;
        }
    }

    public Place {
        name = name == null ? "" : name;
    }

    public static Place of(Area area) {
        return new Place(area, "");
    }

    /** Reads {@code area} or {@code area:name}; empty if the area is unknown or its name is missing or extra. */
    public static Optional<Place> parse(String text) {
        int colon = text.indexOf(':');
        String key = colon < 0 ? text : text.substring(0, colon);
        String name = colon < 0 ? "" : text.substring(colon + 1);
        return Arrays.stream(Area.values())
                .filter(a -> a.key.equals(key))
                .findFirst()
                .filter(a -> a.named != name.isBlank())
                .map(a -> new Place(a, name));
    }

    @Override
    public String toString() {
        return area.named ? area.key + ":" + name : area.key;
    }
}

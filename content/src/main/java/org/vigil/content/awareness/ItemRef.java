package org.vigil.content.awareness;

import java.util.Optional;

/** A reference to an item of any type, written {@code emails/parcel-customs-fee}. */
public record ItemRef(ItemType type, String id) {

    public static Optional<ItemRef> parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return ItemType.ofFolder(text.substring(0, slash)).map(type -> new ItemRef(type, text.substring(slash + 1)));
    }

    @Override
    public String toString() {
        return type.folder() + "/" + id;
    }
}

package org.vigil.content.awareness;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of awareness item, each in its own folder of the library. */
public enum ItemType {
    ILLUSTRATION("illustrations"),
    EMAIL("emails"),
    LANDING_PAGE("pages"),
    TERMS("terms"),
    POST("posts"),
    LESSON("lessons");

    private final String folder;

    ItemType(String folder) {
        this.folder = folder;
    }

    /** The folder under the library root, also the prefix of references ({@code emails/some-id}). */
    public String folder() {
        return folder;
    }

    public static Optional<ItemType> ofFolder(String folder) {
        return Arrays.stream(values()).filter(t -> t.folder.equals(folder)).findFirst();
    }
}

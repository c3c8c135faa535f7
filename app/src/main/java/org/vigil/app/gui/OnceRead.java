package org.vigil.app.gui;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value read once, by whichever caller asks first, and kept: the awareness library both the
 * Content and Training areas use. Safe from any thread.
 */
final class OnceRead<T> implements Supplier<T> {

    private final Supplier<T> reader;
    private volatile T value;

    OnceRead(Supplier<T> reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public T get() {
        T read = value;
        if (read == null) {
            synchronized (this) {
                read = value;
                if (read == null) {
                    read = Objects.requireNonNull(reader.get(), "read nothing");
                    value = read;
                }
            }
        }
        return read;
    }
}

package org.vigil.visual.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vigil.i18n.Messages;

/**
 * The messages of the current language as an observable, so that every bound label follows a
 * language switch at once, without a restart. Needs no running toolkit.
 */
public final class UiText {

    private final ReadOnlyObjectWrapper<Messages> messages;

    public UiText(Messages initial) {
        this.messages = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial));
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages.get();
    }

    public void use(Messages next) {
        messages.set(Objects.requireNonNull(next));
    }

    /** The text now. */
    public String get(String key, Object... args) {
        return messages.get().text(key, args);
    }

    /** The text, kept up to date across language switches. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), messages);
    }

    /** A computed text that depends on the language and on other observables. */
    public StringBinding bind(Supplier<String> text, Observable... dependencies) {
        List<Observable> all = new ArrayList<>(List.of(dependencies));
        all.add(messages);
        return Bindings.createStringBinding(text::get, all.toArray(Observable[]::new));
    }

    /** The language tag scenario translations are looked up with. */
    public String languageTag() {
        return messages.get().language().tag();
    }
}

package org.vigil.game.route;

import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.vigil.content.route.DeliveryRound;
import org.vigil.content.route.RouteContentReader;
import org.vigil.content.route.RouteLibrary;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.TrainingGame;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/**
 * Makes Route Guard games: a shift of deliveries dealt at the request's difficulty (repeatably with a
 * seed, or the named rounds in order), in the request's language, for its participant. The content is read
 * through the supplier when first needed; {@link #shipped} reads only Route Guard's own few files.
 */
public final class RouteGuardGames {

    private final Supplier<RouteLibrary> library;
    private final MessageCatalog catalog;
    private final InstantSource clock;
    private final float textScale;

    public RouteGuardGames(
            Supplier<RouteLibrary> library, MessageCatalog catalog, InstantSource clock, float textScale) {
        this.library = library;
        this.catalog = catalog;
        this.clock = clock;
        this.textScale = textScale;
    }

    /** The shipped content, read once on first use. */
    public static Supplier<RouteLibrary> shipped() {
        return new Supplier<>() {
            private RouteLibrary read;

            @Override
            public synchronized RouteLibrary get() {
                if (read == null) {
                    read = new RouteContentReader()
                            .read(RouteContentReader.shipped())
                            .orThrow();
                }
                return read;
            }
        };
    }

    public TrainingGame create(GameRequest request) {
        if (request.module() != TrainingModule.ROUTE_GUARD) {
            throw new IllegalArgumentException(
                    "not a Route Guard request: " + request.module().id());
        }
        Language language = Language.fromTag(request.languageTag())
                .orElseThrow(() -> new IllegalArgumentException("Vigil does not speak " + request.languageTag()));
        // The pseudo-locale has no content of its own: it plays the English deliveries.
        org.vigil.content.awareness.Language contentLanguage = org.vigil.content.awareness.Language.ofTag(
                        request.languageTag())
                .orElse(org.vigil.content.awareness.Language.EN);
        RouteLibrary content = library.get();
        ShiftDeck deck = new ShiftDeck(content);
        List<DeliveryRound> rounds = request.items().isEmpty()
                ? deck.deal(
                        request.difficulty(),
                        request.seed().isPresent() ? new Random(request.seed().getAsLong()) : new Random())
                : deck.named(request.items());
        RouteShift shift = new RouteShift(rounds, content.mitigations(), request.difficulty(), clock);
        return new RouteGuardGame(
                shift,
                new RouteNarrator(catalog.messages(language), contentLanguage),
                request.participant(),
                request.languageTag(),
                textScale);
    }

    /** The cue ids each difficulty's rounds teach, for the "what to play next" suggestion. */
    public Map<Difficulty, Set<String>> cuesTaught() {
        return library.get().cuesTaught();
    }
}

package org.vigil.game;

import java.time.InstantSource;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.TrainingGame;
import org.vigil.game.host.TrainingGames;
import org.vigil.game.inbox.InboxDeck;
import org.vigil.game.inbox.InboxEmails;
import org.vigil.game.inbox.InboxNarrator;
import org.vigil.game.inbox.InboxRound;
import org.vigil.game.inbox.InboxTriageGame;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/**
 * The training games Vigil ships, made from the awareness library and the message bundles. Only
 * Inbox Triage is playable so far; asking for another module is refused with a clear message.
 */
public final class ShippedTrainingGames implements TrainingGames {

    /** The modules that can be played so far. */
    public static final Set<TrainingModule> PLAYABLE = Set.of(TrainingModule.INBOX_TRIAGE);

    private final Supplier<AwarenessLibrary> library;
    private final MessageCatalog catalog;
    private final InstantSource clock;
    private final float textScale;

    public ShippedTrainingGames(
            AwarenessLibrary library, MessageCatalog catalog, InstantSource clock, float textScale) {
        this(() -> library, catalog, clock, textScale);
    }

    /**
     * Games on a library read when the first game is made (the window reads it in the background
     * once, for the Content area and the games alike).
     */
    public ShippedTrainingGames(
            Supplier<AwarenessLibrary> library, MessageCatalog catalog, InstantSource clock, float textScale) {
        this.library = library;
        this.catalog = catalog;
        this.clock = clock;
        this.textScale = textScale;
    }

    @Override
    public TrainingGame create(GameRequest request) {
        return switch (request.module()) {
            case INBOX_TRIAGE -> inboxTriage(request);
            default ->
                throw new IllegalArgumentException(
                        "training module not playable yet: " + request.module().id());
        };
    }

    private TrainingGame inboxTriage(GameRequest request) {
        Language language = Language.fromTag(request.languageTag())
                .orElseThrow(() -> new IllegalArgumentException("Vigil does not speak " + request.languageTag()));
        // the pseudo-locale has no content of its own: it plays the English emails
        org.vigil.content.awareness.Language contentLanguage = org.vigil.content.awareness.Language.ofTag(
                        request.languageTag())
                .orElse(org.vigil.content.awareness.Language.EN);
        InboxDeck deck = new InboxDeck(library.get());
        List<EmailTemplate> templates = request.items().isEmpty()
                ? deck.deal(
                        request.difficulty(),
                        request.seed().isPresent() ? new Random(request.seed().getAsLong()) : new Random())
                : deck.named(request.items());
        InboxEmails emails = new InboxEmails();
        InboxRound round = new InboxRound(
                templates.stream().map(t -> emails.of(t, contentLanguage)).toList(),
                InboxDeck.timePerEmail(request.difficulty()),
                clock);
        return new InboxTriageGame(
                round,
                new InboxNarrator(catalog.messages(language)),
                request.participant(),
                request.difficulty(),
                request.languageTag(),
                textScale);
    }
}

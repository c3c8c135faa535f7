package org.vigil.game;

import java.time.InstantSource;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.fakeshop.FakeShopGame;
import org.vigil.game.fakeshop.ShopDeck;
import org.vigil.game.fakeshop.ShopItems;
import org.vigil.game.fakeshop.ShopNarrator;
import org.vigil.game.fakeshop.ShopRound;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.RoundDealer;
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
 * The training games Vigil ships, made from the awareness library and the message bundles: Inbox
 * Triage and Fake Shop Detective so far; asking for another module is refused with a clear message.
 */
public final class ShippedTrainingGames implements TrainingGames, RoundDealer {

    /** The modules that can be played so far. */
    public static final Set<TrainingModule> PLAYABLE =
            Set.of(TrainingModule.INBOX_TRIAGE, TrainingModule.FAKE_SHOP_DETECTIVE);

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
            case FAKE_SHOP_DETECTIVE -> fakeShopDetective(request);
            default ->
                throw new IllegalArgumentException(
                        "training module not playable yet: " + request.module().id());
        };
    }

    @Override
    public GameRequest dealt(GameRequest request) {
        if (!request.items().isEmpty()) {
            return request;
        }
        return switch (request.module()) {
            case INBOX_TRIAGE ->
                request.withItems(new InboxDeck(library.get())
                        .deal(request.difficulty(), random(request)).stream()
                                .map(EmailTemplate::id)
                                .toList());
            case FAKE_SHOP_DETECTIVE ->
                request.withItems(new ShopDeck(library.get())
                        .deal(request.difficulty(), random(request)).stream()
                                .map(AttackTemplate::id)
                                .toList());
            default -> request;
        };
    }

    private static Random random(GameRequest request) {
        return request.seed().isPresent() ? new Random(request.seed().getAsLong()) : new Random();
    }

    private TrainingGame inboxTriage(GameRequest request) {
        Language language = language(request);
        org.vigil.content.awareness.Language contentLanguage = contentLanguage(request);
        InboxDeck deck = new InboxDeck(library.get());
        List<EmailTemplate> templates = request.items().isEmpty()
                ? deck.deal(request.difficulty(), random(request))
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

    private TrainingGame fakeShopDetective(GameRequest request) {
        ShopDeck deck = new ShopDeck(library.get());
        List<AttackTemplate> templates = request.items().isEmpty()
                ? deck.deal(request.difficulty(), random(request))
                : deck.named(request.items());
        ShopItems items = new ShopItems();
        org.vigil.content.awareness.Language contentLanguage = contentLanguage(request);
        ShopRound round = new ShopRound(
                templates.stream().map(t -> items.of(t, contentLanguage)).toList(), clock);
        return new FakeShopGame(
                round,
                new ShopNarrator(catalog.messages(language(request))),
                request.participant(),
                request.difficulty(),
                request.languageTag(),
                textScale);
    }

    private static Language language(GameRequest request) {
        return Language.fromTag(request.languageTag())
                .orElseThrow(() -> new IllegalArgumentException("Vigil does not speak " + request.languageTag()));
    }

    /** The pseudo-locale has no content of its own: it plays the English items. */
    private static org.vigil.content.awareness.Language contentLanguage(GameRequest request) {
        return org.vigil.content.awareness.Language.ofTag(request.languageTag())
                .orElse(org.vigil.content.awareness.Language.EN);
    }
}

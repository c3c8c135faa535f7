package org.vigil.game;

import java.time.InstantSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.call.SocialEngineeringCallGames;
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
import org.vigil.game.route.RouteGuardGames;
import org.vigil.game.tabletop.RansomwareTabletopGames;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/**
 * The training games Vigil ships: Inbox Triage and Fake Shop Detective made from the awareness library,
 * Route Guard, Ransomware Tabletop (on the bank scenario and the cascade engine) and Social Engineering
 * Call from their own content, all with the message bundles.
 */
public final class ShippedTrainingGames implements TrainingGames, RoundDealer {

    /** The modules that can be played so far. */
    public static final Set<TrainingModule> PLAYABLE = EnumSet.allOf(TrainingModule.class);

    private final Supplier<AwarenessLibrary> library;
    private final MessageCatalog catalog;
    private final InstantSource clock;
    private final float textScale;
    private final RouteGuardGames routeGuard;
    private final SocialEngineeringCallGames calls;
    private final RansomwareTabletopGames tabletop;

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
        this.routeGuard = new RouteGuardGames(RouteGuardGames.shipped(), catalog, clock, textScale);
        this.calls = new SocialEngineeringCallGames(catalog, clock, textScale);
        this.tabletop = RansomwareTabletopGames.shipped(catalog, clock, textScale);
    }

    /**
     * The cues the modules with content of their own teach at each difficulty (the awareness library's
     * modules are covered from the library), for the suggestion of what to play next.
     */
    public Map<TrainingModule, Map<Difficulty, Set<String>>> cuesTaughtByOwnContent() {
        return Map.of(
                TrainingModule.ROUTE_GUARD, routeGuard.cuesTaught(),
                TrainingModule.RANSOMWARE_TABLETOP, tabletop.cuesTaught(),
                TrainingModule.SOCIAL_ENGINEERING_CALL, calls.cuesTaught());
    }

    @Override
    public TrainingGame create(GameRequest request) {
        return switch (request.module()) {
            case INBOX_TRIAGE -> inboxTriage(request);
            case FAKE_SHOP_DETECTIVE -> fakeShopDetective(request);
            case ROUTE_GUARD -> routeGuard.create(request);
            case RANSOMWARE_TABLETOP -> tabletop.create(request);
            case SOCIAL_ENGINEERING_CALL -> calls.create(request);
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

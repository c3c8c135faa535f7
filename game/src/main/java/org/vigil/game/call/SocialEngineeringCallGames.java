package org.vigil.game.call;

import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.vigil.content.call.CallReader;
import org.vigil.content.call.CallScript;
import org.vigil.content.call.PhoneCall;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.TrainingGame;
import org.vigil.game.host.TrainingGames;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/**
 * Makes Social Engineering Call games from the shipped calls and the {@code call} bundle. Only this
 * module's own files are read, and only when a game is made: the graphs and the one language's texts
 * the request asks for, which keeps a freshly started child process quick to its first frame.
 */
public final class SocialEngineeringCallGames implements TrainingGames {

    private final Supplier<CallReader> reader;
    private final MessageCatalog catalog;
    private final InstantSource clock;
    private final float textScale;

    /** Games on the calls shipped with Vigil. */
    public SocialEngineeringCallGames(MessageCatalog catalog, InstantSource clock, float textScale) {
        this(CallReader::shipped, catalog, clock, textScale);
    }

    public SocialEngineeringCallGames(
            Supplier<CallReader> reader, MessageCatalog catalog, InstantSource clock, float textScale) {
        this.reader = reader;
        this.catalog = catalog;
        this.clock = clock;
        this.textScale = textScale;
    }

    /**
     * @throws IllegalArgumentException for another module, a language Vigil does not speak or an
     *     unknown call id
     */
    @Override
    public TrainingGame create(GameRequest request) {
        if (request.module() != TrainingModule.SOCIAL_ENGINEERING_CALL) {
            throw new IllegalArgumentException("not the Social Engineering Call module: "
                    + request.module().id());
        }
        Language language = Language.fromTag(request.languageTag())
                .orElseThrow(() -> new IllegalArgumentException("Vigil does not speak " + request.languageTag()));
        List<PhoneCall> calls = reader.get().read(contentLanguage(request)).orThrow();
        CallDeck deck = new CallDeck(calls.stream().map(PhoneCall::script).toList());
        List<String> ids = request.items().isEmpty()
                ? deck.deal(
                        request.difficulty(),
                        request.seed().isPresent() ? new Random(request.seed().getAsLong()) : new Random())
                : deck.named(request.items());
        Map<String, PhoneCall> byId = calls.stream().collect(Collectors.toMap(PhoneCall::id, Function.identity()));
        CallRound round =
                new CallRound(ids.stream().map(byId::get).toList(), clock, CallDeck.replyLimit(request.difficulty()));
        return new SocialEngineeringCallGame(
                round,
                new CallNarrator(catalog.messages(language)),
                request.participant(),
                request.difficulty(),
                request.languageTag(),
                textScale);
    }

    /** The cue ids each difficulty's rounds teach, for the "what to play next" suggestion. */
    public Map<Difficulty, Set<String>> cuesTaught() {
        List<CallScript> scripts = reader.get().scripts().orThrow();
        return new CallDeck(scripts).cuesTaught();
    }

    /** The pseudo-locale has no content of its own: it plays the English calls. */
    private static org.vigil.content.awareness.Language contentLanguage(GameRequest request) {
        return org.vigil.content.awareness.Language.ofTag(request.languageTag())
                .orElse(org.vigil.content.awareness.Language.EN);
    }
}

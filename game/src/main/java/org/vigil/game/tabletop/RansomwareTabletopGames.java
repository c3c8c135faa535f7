package org.vigil.game.tabletop;

import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.vigil.content.tabletop.ShippedTabletop;
import org.vigil.content.tabletop.TabletopContent;
import org.vigil.content.tabletop.TabletopExercise;
import org.vigil.content.tabletop.TabletopStage;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.TrainingGame;
import org.vigil.game.host.TrainingGames;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/**
 * Makes Ransomware Tabletop games from the tabletop content (read once, when the first game is
 * made) and the message bundles. Easy plays four stages with hints, medium seven, hard eight with
 * tempting bad options and {@value #HARD_SECONDS} seconds per decision.
 */
public final class RansomwareTabletopGames implements TrainingGames {

    static final long HARD_SECONDS = 90;

    private final Supplier<TabletopContent> source;
    private final MessageCatalog catalog;
    private final InstantSource clock;
    private final float textScale;
    private TabletopContent content;

    /** Games on content read lazily from {@code source}, in every language it was read in. */
    public RansomwareTabletopGames(
            Supplier<TabletopContent> source, MessageCatalog catalog, InstantSource clock, float textScale) {
        this.source = source;
        this.catalog = catalog;
        this.clock = clock;
        this.textScale = textScale;
    }

    /** Games on the shipped exercise: only its own files and the bank scenario are read. */
    public static RansomwareTabletopGames shipped(MessageCatalog catalog, InstantSource clock, float textScale) {
        return new RansomwareTabletopGames(
                () -> new ShippedTabletop(new ScenarioReader())
                        .load(EnumSet.allOf(org.vigil.content.awareness.Language.class)),
                catalog,
                clock,
                textScale);
    }

    @Override
    public TrainingGame create(GameRequest request) {
        if (request.module() != TrainingModule.RANSOMWARE_TABLETOP) {
            throw new IllegalArgumentException(
                    "not the ransomware tabletop: " + request.module().id());
        }
        Language language = Language.fromTag(request.languageTag())
                .orElseThrow(() -> new IllegalArgumentException("Vigil does not speak " + request.languageTag()));
        // The pseudo-locale has no content of its own: it plays the English texts.
        org.vigil.content.awareness.Language contentLanguage = org.vigil.content.awareness.Language.ofTag(
                        request.languageTag())
                .orElse(org.vigil.content.awareness.Language.EN);
        TabletopContent loaded = content();
        TabletopExercise exercise = loaded.exercise();
        List<TabletopStage> stages = request.items().isEmpty()
                ? exercise.stagesAt(request.difficulty())
                : request.items().stream().map(exercise::stage).toList();
        Random order = request.seed().isPresent() ? new Random(request.seed().getAsLong()) : new Random();
        TabletopRound round = new TabletopRound(
                stages,
                request.difficulty(),
                new CascadeConsequences(exercise, CascadeGraph.of(loaded.scenario())),
                order,
                timeLimit(request.difficulty()),
                clock);
        TabletopNarrator narrator =
                new TabletopNarrator(catalog.messages(language), loaded.texts(contentLanguage), loaded.scenario());
        return new RansomwareTabletopGame(
                round, narrator, exercise.services(), request.participant(), request.languageTag(), textScale);
    }

    /** The cue ids each difficulty's stages teach, for the "what to play next" suggestion. */
    public Map<Difficulty, Set<String>> cuesTaught() {
        Map<Difficulty, Set<String>> taught = new EnumMap<>(Difficulty.class);
        for (Difficulty difficulty : Difficulty.values()) {
            taught.put(difficulty, Set.copyOf(content().exercise().cuesTaught(difficulty)));
        }
        return taught;
    }

    /** Hard puts each decision on the clock; easy and medium let the team talk it through. */
    static Optional<Duration> timeLimit(Difficulty difficulty) {
        return difficulty == Difficulty.HARD ? Optional.of(Duration.ofSeconds(HARD_SECONDS)) : Optional.empty();
    }

    private synchronized TabletopContent content() {
        if (content == null) {
            content = source.get();
        }
        return content;
    }
}

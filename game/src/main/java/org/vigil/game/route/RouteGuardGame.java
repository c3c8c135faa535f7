package org.vigil.game.route;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input.Keys;
import com.badlogic.gdx.InputProcessor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.vigil.content.route.DeliveryRound;
import org.vigil.core.training.PlayResult;
import org.vigil.game.host.Narration;
import org.vigil.game.host.TrainingGame;

/**
 * Route Guard as a LibGDX game: a thin layer over {@link RouteShift} that turns input into the shift's
 * actions, animates the drive (the van reaches each place in {@value #LEG_SECONDS} s and the insider's
 * steps there are revealed), narrates every change and draws when there is GL to draw with. Without GL
 * (headless) nothing animates: N skips straight to the debrief, so scripted plays never depend on time.
 */
public final class RouteGuardGame extends ApplicationAdapter implements TrainingGame, RouteControls.Actions {

    static final float LEG_SECONDS = 1.6f;
    private static final float MIN_SCALE = 0.75f;
    private static final float MAX_SCALE = 2.0f;
    private static final float SCALE_STEP = 0.125f;

    private final RouteShift shift;
    private final RouteNarrator narrator;
    private final String participant;
    private final String languageTag;
    private final Narration narration = new Narration();
    private final CompletableFuture<PlayResult> result = new CompletableFuture<>();
    private final RouteControls controls;
    private RoutePainter painter;
    private float textScale;
    private float driveProgress;
    private boolean driveOverTold;

    public RouteGuardGame(
            RouteShift shift, RouteNarrator narrator, String participant, String languageTag, float textScale) {
        this.shift = shift;
        this.narrator = narrator;
        this.participant = participant;
        this.languageTag = languageTag;
        this.textScale = textScale;
        this.controls = new RouteControls(this, new RouteControls.Hits() {
            @Override
            public int mitigationAt(int x, int y) {
                return painter == null ? -1 : painter.mitigationAt(x, y);
            }

            @Override
            public int buttonAt(int x, int y) {
                return painter == null ? Keys.UNKNOWN : painter.buttonAt(x, y);
            }
        });
    }

    @Override
    public void create() {
        if (Gdx.gl != null) {
            painter = new RoutePainter(narrator, narrator.glyphs(shift), textScale);
        }
        narration.tell(narrator.round(shift));
    }

    @Override
    public void resize(int width, int height) {
        if (painter != null) {
            painter.resize(width, height);
        }
    }

    @Override
    public void render() {
        if (painter != null) {
            if (shift.phase() == RouteShift.Phase.DRIVING) {
                drive(Gdx.graphics.getDeltaTime());
            }
            painter.draw(shift, driveProgress);
        }
    }

    /** Moves the van on and reveals the steps at the places it has reached. */
    void drive(float seconds) {
        DeliveryRound round = shift.current();
        float end = round.route().size() - 1;
        driveProgress = Math.min(end, driveProgress + seconds / LEG_SECONDS);
        shift.report().ifPresent(report -> {
            while (shift.revealed() < report.steps().size()
                    && round.route()
                                    .indexOf(report.steps()
                                            .get(shift.revealed())
                                            .step()
                                            .at())
                            <= driveProgress) {
                shift.revealNext().ifPresent(step -> narration.tell(narrator.step(round, step)));
            }
        });
        if (driveProgress >= end && !driveOverTold) {
            driveOverTold = true;
            String over = narrator.text("game.route.drive.over");
            narration.tell(round.malicious() ? over : narrator.quietDrive(round) + "\n" + over);
        }
    }

    @Override
    public void dispose() {
        if (painter != null) {
            painter.dispose();
        }
    }

    @Override
    public InputProcessor input() {
        return controls;
    }

    @Override
    public CompletableFuture<PlayResult> result() {
        return result;
    }

    @Override
    public void onNarration(Consumer<String> listener) {
        narration.listen(listener);
    }

    /** The shift, for tests. */
    public RouteShift shift() {
        return shift;
    }

    public float textScale() {
        return textScale;
    }

    @Override
    public void toggle(int mitigation) {
        RouteShift.Toggle toggle = shift.toggle(mitigation);
        if (toggle != RouteShift.Toggle.IGNORED) {
            narration.tell(narrator.toggled(shift, toggle));
        }
    }

    @Override
    public void toggleFocused() {
        if (shift.phase() == RouteShift.Phase.PLANNING) {
            toggle(shift.focused());
        }
    }

    @Override
    public void focus(int steps) {
        if (shift.phase() == RouteShift.Phase.PLANNING) {
            if (steps > 0) {
                shift.focusNext();
            } else {
                shift.focusPrevious();
            }
            narration.tell(narrator.focused(shift));
        } else if (painter != null) {
            painter.scroll(steps);
        }
    }

    @Override
    public void judge(Verdict verdict) {
        shift.judge(verdict).ifPresent(report -> {
            driveProgress = 0;
            driveOverTold = false;
            narration.tell(narrator.driveStart(shift, report));
        });
    }

    @Override
    public void next() {
        switch (shift.phase()) {
            case DRIVING -> {
                shift.finishDrive();
                driveProgress = shift.current().route().size() - 1;
                driveOverTold = true;
                shift.report().ifPresent(r -> narration.tell(String.join("\n", narrator.feedback(r))));
            }
            case FEEDBACK -> {
                shift.next();
                driveProgress = 0;
                if (shift.phase() == RouteShift.Phase.PLANNING) {
                    narration.tell(narrator.round(shift));
                } else if (!result.isDone()) {
                    List<String> end = narrator.end(shift);
                    narration.tell(String.join("\n", end));
                    result.complete(shift.result(participant, languageTag));
                }
            }
            default -> {
                // Planning waits for a verdict; a finished shift has nothing further.
            }
        }
        if (painter != null) {
            painter.scroll(Integer.MIN_VALUE);
        }
    }

    @Override
    public void scroll(int lines) {
        if (painter != null) {
            painter.scroll(lines);
        }
    }

    @Override
    public void scaleText(int steps) {
        textScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, textScale + steps * SCALE_STEP));
        if (painter != null) {
            painter.scale(textScale);
        }
    }
}

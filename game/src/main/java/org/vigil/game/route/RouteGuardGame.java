package org.vigil.game.route;

import com.badlogic.gdx.Gdx;
import org.vigil.content.route.DeliveryRound;
import org.vigil.game.gdx.CanvasGame;

/**
 * Route Guard as a LibGDX game: a thin layer over {@link RouteShift} that turns input into the shift's
 * actions, animates the drive (the van reaches each place in {@value #LEG_SECONDS} s and the insider's
 * steps there are revealed), narrates every change and draws when there is GL to draw with. Without GL
 * (headless) nothing animates: N skips straight to the debrief, so scripted plays never depend on time.
 */
public final class RouteGuardGame extends CanvasGame<RoutePainter> implements RouteControls.Actions {

    static final float LEG_SECONDS = 1.6f;

    private final RouteShift shift;
    private final RouteNarrator narrator;
    private final String participant;
    private final String languageTag;
    private float driveProgress;
    private boolean driveOverTold;

    public RouteGuardGame(
            RouteShift shift, RouteNarrator narrator, String participant, String languageTag, float textScale) {
        super(textScale);
        this.shift = shift;
        this.narrator = narrator;
        this.participant = participant;
        this.languageTag = languageTag;
        readKeys(new RouteControls(this));
    }

    @Override
    protected RoutePainter paint(float textScale) {
        return new RoutePainter(narrator, narrator.glyphs(shift), textScale);
    }

    @Override
    protected String opening() {
        return narrator.round(shift);
    }

    /** Without GL nothing animates: the drive moves on only while it is drawn. */
    @Override
    protected void draw(RoutePainter painter) {
        if (shift.phase() == RouteShift.Phase.DRIVING) {
            drive(Gdx.graphics.getDeltaTime());
        }
        painter.draw(shift, driveProgress);
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
                shift.revealNext().ifPresent(step -> tell(narrator.step(round, step)));
            }
        });
        if (driveProgress >= end && !driveOverTold) {
            driveOverTold = true;
            String over = narrator.text("game.route.drive.over");
            tell(round.malicious() ? over : narrator.quietDrive(round) + "\n" + over);
        }
    }

    /** The shift, for tests. */
    public RouteShift shift() {
        return shift;
    }

    @Override
    public void toggle(int mitigation) {
        RouteShift.Toggle toggle = shift.toggle(mitigation);
        if (toggle != RouteShift.Toggle.IGNORED) {
            tell(narrator.toggled(shift, toggle));
        }
    }

    @Override
    public void toggleFocused() {
        if (shift.phase() == RouteShift.Phase.PLANNING) {
            toggle(shift.focused());
        }
    }

    @Override
    public void move(int steps) {
        if (shift.phase() == RouteShift.Phase.PLANNING) {
            if (steps > 0) {
                shift.focusNext();
            } else {
                shift.focusPrevious();
            }
            tell(narrator.focused(shift));
        } else {
            scrollText(steps);
        }
    }

    @Override
    public void judge(Verdict verdict) {
        shift.judge(verdict).ifPresent(report -> {
            driveProgress = 0;
            driveOverTold = false;
            tell(narrator.driveStart(shift, report));
        });
    }

    @Override
    public void next() {
        switch (shift.phase()) {
            case DRIVING -> {
                shift.finishDrive();
                driveProgress = shift.current().route().size() - 1;
                driveOverTold = true;
                shift.report().ifPresent(r -> tell(narrator.feedback(r)));
            }
            case FEEDBACK -> {
                shift.next();
                driveProgress = 0;
                if (shift.phase() == RouteShift.Phase.PLANNING) {
                    tell(narrator.round(shift));
                } else {
                    finish(narrator.end(shift), () -> shift.result(participant, languageTag));
                }
            }
            default -> {
                // Planning waits for a verdict; a finished shift has nothing further.
            }
        }
        painter().ifPresent(p -> p.canvas().resetScroll());
    }

    @Override
    public void scroll(int lines) {
        scrollText(lines);
    }
}

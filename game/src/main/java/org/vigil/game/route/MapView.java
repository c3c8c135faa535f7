package org.vigil.game.route;

import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShapeRenderer;
import com.badlogic.gdx.math.Rectangle;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.utils.Align;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.route.DeliveryRound;
import org.vigil.content.route.MapPlace;
import org.vigil.content.route.PlaceKind;
import org.vigil.game.gdx.Palette;

/**
 * Draws a round's stylised map with ShapeRenderer: roads, the planned route, each place with the shape of
 * its kind and its name, the van along the route, and a marker with a word for each insider step revealed
 * so far (never colour alone), plus a legend. Coordinates are y-down. Loop thread only; needs GL.
 */
final class MapView {

    private final RouteNarrator narrator;
    private final GlyphLayout layout = new GlyphLayout();

    MapView(RouteNarrator narrator) {
        this.narrator = narrator;
    }

    void draw(
            RouteShift shift,
            float progress,
            Rectangle area,
            float u,
            ShapeRenderer shapes,
            SpriteBatch batch,
            BitmapFont small,
            BitmapFont label) {
        DeliveryRound round = shift.current();
        float legendHeight = legendHeight(round, area, u, small);
        Rectangle field = new Rectangle(area.x, area.y, area.width, area.height - legendHeight);
        shapes.begin(ShapeRenderer.ShapeType.Filled);
        shapes.setColor(Palette.SLATE.color());
        shapes.rect(area.x - 2, area.y - 2, area.width + 4, area.height + 4);
        shapes.setColor(Palette.CLOUD.color());
        shapes.rect(area.x, area.y, area.width, area.height);
        shapes.setColor(Palette.MIST.color());
        for (List<String> road : round.roads()) {
            shapes.rectLine(at(round, road.get(0), field, u), at(round, road.get(1), field, u), u * 0.55f);
        }
        shapes.setColor(Palette.BLUE.color());
        for (int i = 1; i < round.route().size(); i++) {
            shapes.rectLine(
                    at(round, round.route().get(i - 1), field, u),
                    at(round, round.route().get(i), field, u),
                    u * 0.25f);
        }
        for (MapPlace place : round.places()) {
            drawPlace(shapes, place.kind(), at(round, place.id(), field, u), u * 0.6f);
        }
        List<StepOutcome> shown = revealed(shift);
        for (StepOutcome step : shown) {
            marker(shapes, step.result(), markerAt(round, step, shown, field, u), u * 0.5f);
        }
        Vector2 van = vanAt(round, progress, field, u);
        drawVan(shapes, van, u);
        drawLegendShapes(shapes, round, area, legendHeight, u, small);
        shapes.end();

        batch.begin();
        small.setColor(Palette.INK.color());
        for (MapPlace place : round.places()) {
            Vector2 p = at(round, place.id(), field, u);
            small.draw(batch, narrator.in(place.name()), p.x - u * 5, p.y + u * 0.75f, u * 10, Align.center, false);
        }
        for (StepOutcome step : shown) {
            Vector2 m = markerAt(round, step, shown, field, u);
            boolean rightHalf = m.x > field.x + field.width / 2;
            float room = u * 9;
            label.setColor(Palette.INK.color());
            label.draw(
                    batch,
                    narrator.status(step.result()),
                    rightHalf ? m.x - u * 0.7f - room : m.x + u * 0.7f,
                    m.y - u * 0.45f,
                    room,
                    rightHalf ? Align.right : Align.left,
                    false);
        }
        drawLegendWords(batch, small, round, area, legendHeight, u);
        batch.end();
    }

    private static List<StepOutcome> revealed(RouteShift shift) {
        return shift.report()
                .map(r -> r.steps()
                        .subList(0, Math.min(shift.revealed(), r.steps().size())))
                .orElse(List.of());
    }

    /** A place's point in the field, inside a margin so names and markers fit. */
    private static Vector2 at(DeliveryRound round, String placeId, Rectangle field, float u) {
        Optional<MapPlace> place = round.place(placeId);
        float margin = u * 2.5f;
        float x = place.map(MapPlace::x).orElse(50);
        float y = place.map(MapPlace::y).orElse(50);
        return new Vector2(
                field.x + margin + (field.width - 2 * margin) * x / 100f,
                field.y + margin + (field.height - 2 * margin) * y / 100f);
    }

    /** Several steps at one place stack their markers upwards. */
    private static Vector2 markerAt(
            DeliveryRound round, StepOutcome step, List<StepOutcome> shown, Rectangle field, float u) {
        int stacked = 0;
        for (StepOutcome other : shown) {
            if (other == step) {
                break;
            }
            if (other.step().at().equals(step.step().at())) {
                stacked++;
            }
        }
        Vector2 place = at(round, step.step().at(), field, u);
        return new Vector2(place.x + u * 0.9f, place.y - u * 1.3f - stacked * u * 1.2f);
    }

    private static Vector2 vanAt(DeliveryRound round, float progress, Rectangle field, float u) {
        int last = round.route().size() - 1;
        float clamped = Math.max(0, Math.min(last, progress));
        int leg = Math.min(last - 1, (int) Math.floor(clamped));
        Vector2 from = at(round, round.route().get(leg), field, u);
        Vector2 to = at(round, round.route().get(leg + 1), field, u);
        return from.lerp(to, clamped - leg);
    }

    static void drawPlace(ShapeRenderer shapes, PlaceKind kind, Vector2 p, float r) {
        shapes.setColor(Palette.INK.color());
        switch (kind) {
            case WAREHOUSE -> {
                shapes.rect(p.x - r - 2, p.y - r - 2, 2 * r + 4, 2 * r + 4);
                shapes.setColor(Palette.BLUE.color());
                shapes.rect(p.x - r, p.y - r, 2 * r, 2 * r);
            }
            case HUB -> {
                diamond(shapes, p, r * 1.25f + 2);
                shapes.setColor(Palette.SKY.color());
                diamond(shapes, p, r * 1.25f);
            }
            case PHARMACY -> {
                shapes.circle(p.x, p.y, r + 2, 24);
                shapes.setColor(Palette.PAPER.color());
                shapes.circle(p.x, p.y, r, 24);
                shapes.setColor(Palette.GREEN.color());
                shapes.rect(p.x - r * 0.7f, p.y - r * 0.22f, r * 1.4f, r * 0.44f);
                shapes.rect(p.x - r * 0.22f, p.y - r * 0.7f, r * 0.44f, r * 1.4f);
            }
            case CLINIC -> {
                shapes.triangle(p.x, p.y - r - 3, p.x - r - 3, p.y + r + 1, p.x + r + 3, p.y + r + 1);
                shapes.setColor(Palette.PURPLE.color());
                shapes.triangle(p.x, p.y - r, p.x - r, p.y + r - 1, p.x + r, p.y + r - 1);
            }
            case CUSTOMER -> {
                shapes.rect(p.x - r * 0.8f - 2, p.y - 2, r * 1.6f + 4, r * 0.8f + 4);
                shapes.triangle(p.x - r - 2, p.y, p.x + r + 2, p.y, p.x, p.y - r - 2);
                shapes.setColor(Palette.ORANGE.color());
                shapes.rect(p.x - r * 0.8f, p.y, r * 1.6f, r * 0.8f);
                shapes.triangle(p.x - r, p.y, p.x + r, p.y, p.x, p.y - r);
            }
            case WAYPOINT -> {
                shapes.circle(p.x, p.y, r * 0.5f + 2, 16);
                shapes.setColor(Palette.PAPER.color());
                shapes.circle(p.x, p.y, r * 0.5f, 16);
            }
        }
    }

    private static void diamond(ShapeRenderer shapes, Vector2 p, float r) {
        shapes.triangle(p.x - r, p.y, p.x + r, p.y, p.x, p.y - r);
        shapes.triangle(p.x - r, p.y, p.x + r, p.y, p.x, p.y + r);
    }

    private static void drawVan(ShapeRenderer shapes, Vector2 p, float u) {
        float w = u * 1.6f;
        float h = u * 0.9f;
        shapes.setColor(Palette.INK.color());
        shapes.rect(p.x - w / 2 - 2, p.y - h - 2, w + 4, h + 4);
        shapes.setColor(Palette.ORANGE.color());
        shapes.rect(p.x - w / 2, p.y - h, w, h);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(p.x + w * 0.15f, p.y - h * 0.85f, w * 0.28f, h * 0.4f);
        shapes.setColor(Palette.INK.color());
        shapes.circle(p.x - w * 0.28f, p.y + 1, u * 0.2f, 12);
        shapes.circle(p.x + w * 0.28f, p.y + 1, u * 0.2f, 12);
    }

    /** A step's marker: a cross where the insider succeeded, a bar for stopped, a ring for caught, a dash otherwise. */
    static void marker(ShapeRenderer shapes, StepResult result, Vector2 p, float r) {
        shapes.setColor(Palette.INK.color());
        shapes.circle(p.x, p.y, r + 2, 20);
        switch (result) {
            case ACHIEVED -> {
                shapes.setColor(Palette.VERMILION.color());
                shapes.circle(p.x, p.y, r, 20);
                shapes.setColor(Palette.PAPER.color());
                shapes.rectLine(p.x - r * 0.5f, p.y - r * 0.5f, p.x + r * 0.5f, p.y + r * 0.5f, r * 0.3f);
                shapes.rectLine(p.x - r * 0.5f, p.y + r * 0.5f, p.x + r * 0.5f, p.y - r * 0.5f, r * 0.3f);
            }
            case BLOCKED -> {
                shapes.setColor(Palette.GREEN.color());
                shapes.circle(p.x, p.y, r, 20);
                shapes.setColor(Palette.PAPER.color());
                shapes.rect(p.x - r * 0.6f, p.y - r * 0.15f, r * 1.2f, r * 0.3f);
            }
            case DETECTED -> {
                shapes.setColor(Palette.SKY.color());
                shapes.circle(p.x, p.y, r, 20);
                shapes.setColor(Palette.INK.color());
                shapes.rect(p.x - r * 0.12f, p.y - r * 0.6f, r * 0.24f, r * 0.75f);
                shapes.circle(p.x, p.y + r * 0.45f, r * 0.14f, 10);
            }
            case NOT_REACHED -> {
                shapes.setColor(Palette.CLOUD.color());
                shapes.circle(p.x, p.y, r, 20);
                shapes.setColor(Palette.SLATE.color());
                shapes.rect(p.x - r * 0.5f, p.y - r * 0.1f, r, r * 0.2f);
            }
        }
    }

    private static Set<PlaceKind> kinds(DeliveryRound round) {
        Set<PlaceKind> kinds = new LinkedHashSet<>();
        round.places().forEach(p -> kinds.add(p.kind()));
        return kinds;
    }

    private List<String> legendWords(DeliveryRound round) {
        List<String> words = new ArrayList<>();
        words.add(narrator.text("game.route.legend.route"));
        words.add(narrator.text("game.route.legend.van"));
        kinds(round).forEach(kind -> words.add(narrator.text("game.route.place." + kind.name())));
        return words;
    }

    /** Where each legend entry starts: a symbol, then its word; entries wrap onto another row when the map is narrow. */
    private List<Vector2> legendSlots(DeliveryRound round, Rectangle area, float u, BitmapFont small) {
        List<Vector2> slots = new ArrayList<>();
        float x = area.x + u * 0.6f;
        int row = 0;
        for (String word : legendWords(round)) {
            layout.setText(small, word);
            float entry = u * 1.7f + layout.width + u * 0.9f;
            if (x + entry > area.x + area.width && x > area.x + u) {
                x = area.x + u * 0.6f;
                row++;
            }
            slots.add(new Vector2(x, row));
            x += entry;
        }
        return slots;
    }

    float legendHeight(DeliveryRound round, Rectangle area, float u, BitmapFont small) {
        List<Vector2> slots = legendSlots(round, area, u, small);
        return (slots.get(slots.size() - 1).y + 1) * u * 1.6f;
    }

    private void drawLegendShapes(
            ShapeRenderer shapes, DeliveryRound round, Rectangle area, float height, float u, BitmapFont small) {
        float top = area.y + area.height - height;
        List<Vector2> slots = legendSlots(round, area, u, small);
        shapes.setColor(Palette.PAPER.color());
        shapes.rect(area.x, top, area.width, height);
        Vector2 route = slots.get(0);
        float y0 = top + (route.y + 0.5f) * u * 1.6f;
        shapes.setColor(Palette.BLUE.color());
        shapes.rectLine(route.x, y0, route.x + u * 1.2f, y0, u * 0.25f);
        Vector2 van = slots.get(1);
        drawVan(shapes, new Vector2(van.x + u * 0.6f, top + (van.y + 0.5f) * u * 1.6f + u * 0.35f), u * 0.7f);
        int i = 2;
        for (PlaceKind kind : kinds(round)) {
            Vector2 slot = slots.get(i++);
            drawPlace(shapes, kind, new Vector2(slot.x + u * 0.5f, top + (slot.y + 0.5f) * u * 1.6f), u * 0.4f);
        }
    }

    private void drawLegendWords(
            SpriteBatch batch, BitmapFont small, DeliveryRound round, Rectangle area, float height, float u) {
        float top = area.y + area.height - height;
        List<Vector2> slots = legendSlots(round, area, u, small);
        List<String> words = legendWords(round);
        small.setColor(Palette.INK.color());
        for (int i = 0; i < words.size(); i++) {
            Vector2 slot = slots.get(i);
            float y = top + (slot.y + 0.5f) * u * 1.6f - small.getCapHeight() / 2 - 2;
            small.draw(batch, words.get(i), slot.x + u * 1.7f, y);
        }
    }
}

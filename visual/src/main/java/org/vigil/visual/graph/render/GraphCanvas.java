package org.vigil.visual.graph.render;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.vigil.visual.graph.scene.Emphasis;
import org.vigil.visual.graph.scene.GraphScene;

/**
 * Vigil's own graph renderer on a JavaFX canvas: draws a {@link GraphScene} with culling, batching
 * and level of detail ({@link ScenePainter}), at most once per pulse. Wheel zooms round the pointer,
 * dragging the background pans, dragging a node moves it. Click selects, double-click or Enter
 * activates, right-click (or the context-menu key) opens the node's menu, arrow keys move the
 * selection to the nearest node that way, + and − zoom, 0 fits the whole graph. The canvas takes
 * focus and shows a focus ring; hovering a node shows its tooltip.
 *
 * <p>The canvas reports what the user does and otherwise only draws: the page decides selection and
 * emphasis and hands a new scene to {@link #show}.
 */
public final class GraphCanvas extends Region {

    private static final double ZOOM_STEP = 1.25;
    private static final double DRAG_THRESHOLD_PX = 4;
    private static final double PICK_SLACK_PX = 4;
    private static final double WHEEL_ZOOM_PER_PIXEL = 1.0025;

    private final GraphStyle style;
    private final Canvas canvas = new Canvas();
    private final Viewport view = new Viewport();
    private final ScenePainter painter;
    private final FxSurface surface;
    private final DirectionalNavigation navigation = new DirectionalNavigation();
    private final HoverTooltip tooltip = new HoverTooltip(this);
    private final AnimationTimer nextPulse;

    private SceneIndex index;
    /** Anomalies in the shown time by node id, drawn as badges over the scene. */
    private Map<String, Integer> anomalyBadges = Map.of();

    private boolean redrawRequested;
    private boolean fitPending = true;
    private String current;

    private Consumer<String> onNodeSelected = id -> {};
    private Consumer<String> onNodeActivated = id -> {};
    private Consumer<NodeMove> onNodeMoved = move -> {};
    private Function<String, ContextMenu> contextMenuFactory = id -> null;
    private ContextMenu openMenu;

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private int pressedNode = -1;
    private double grabDX;
    private double grabDY;
    private boolean dragging;

    public GraphCanvas() {
        this(new GraphStyle());
    }

    public GraphCanvas(GraphStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        this.painter = new ScenePainter(style);
        this.surface = new FxSurface(canvas.getGraphicsContext2D());
        this.index = new SceneIndex(GraphScene.empty(), style);
        this.nextPulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                redrawRequested = false;
                paintNow();
            }
        };
        canvas.setManaged(false);
        getChildren().add(canvas);
        getStyleClass().add("graph-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);

        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            view.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            requestRedraw();
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        focusedProperty().addListener((obs, was, is) -> requestRedraw());
    }

    /** Draws a new scene, keeping zoom and pan (the first scene is fitted to the view). */
    public void show(GraphScene scene) {
        Objects.requireNonNull(scene, "scene");
        boolean wasEmpty = index.nodeCount() == 0;
        index = new SceneIndex(scene, style);
        pressedNode = -1;
        dragging = false;
        tooltip.reset();
        scene.nodes().stream()
                .filter(n -> n.emphasis() == Emphasis.SELECTED)
                .findFirst()
                .ifPresent(n -> current = n.id());
        if (index.indexOf(current) < 0) {
            current = null;
        }
        updateAccessibleText();
        if (wasEmpty) {
            fitToView();
        }
        requestRedraw();
    }

    /** The scene on show. */
    public GraphScene scene() {
        return index.scene();
    }

    public void setOnNodeSelected(Consumer<String> action) {
        onNodeSelected = action == null ? id -> {} : action;
    }

    public void setOnNodeActivated(Consumer<String> action) {
        onNodeActivated = action == null ? id -> {} : action;
    }

    public void setOnNodeMoved(Consumer<NodeMove> action) {
        onNodeMoved = action == null ? move -> {} : action;
    }

    /** The menu for a node, or null for none; called on right-click and the context-menu key. */
    public void setContextMenuFactory(Function<String, ContextMenu> factory) {
        contextMenuFactory = factory == null ? id -> null : factory;
    }

    /** Zooms and pans so the whole scene shows (at once, or when the canvas first gets a size). */
    public void fitToView() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        double[] e = index.extent();
        view.fit(e[0], e[1], e[2], e[3], getWidth(), getHeight());
        requestRedraw();
    }

    /** Zooms and pans so the world rectangle fills the view (an incident's neighbourhood, say). */
    public void showArea(double x, double y, double width, double height) {
        if (getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            view.fit(x, y, x + width, y + height, getWidth(), getHeight());
            requestRedraw();
        }
    }

    public void zoomIn() {
        view.zoomAt(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
        requestRedraw();
    }

    public void zoomOut() {
        view.zoomAt(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
        requestRedraw();
    }

    /** Pans so the node is in the middle of the view, keeping the zoom; unknown ids are ignored. */
    public void centreOn(String nodeId) {
        int i = index.indexOf(nodeId);
        if (i >= 0) {
            view.centreOn(index.x(i), index.y(i), getWidth(), getHeight());
            requestRedraw();
        }
    }

    /**
     * Draws now rather than at the next pulse: for the benchmark and snapshots. Normal use never
     * needs it; every change already schedules one redraw per pulse.
     */
    public void paintNow() {
        painter.paint(index, view, canvas.getWidth(), canvas.getHeight(), isFocused(), surface);
        AnomalyBadges.paint(canvas.getGraphicsContext2D(), index, view, anomalyBadges);
    }

    /** Badges nodes with their anomaly counts (by node id: an asset's is its id); empty for none. */
    public void showAnomalyBadges(Map<String, Integer> countsByNode) {
        anomalyBadges = Map.copyOf(countsByNode);
        requestRedraw();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (fitPending) {
                fitToView();
            }
            requestRedraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }

    private void requestRedraw() {
        if (!redrawRequested) {
            redrawRequested = true;
            nextPulse.start();
        }
    }

    private int pick(double x, double y) {
        return index.nodeAt(view.worldX(x), view.worldY(y), PICK_SLACK_PX / view.scale());
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            view.zoomAt(Math.pow(WHEEL_ZOOM_PER_PIXEL, e.getDeltaY()), e.getX(), e.getY());
            requestRedraw();
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        tooltip.hide();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        pressedNode = pick(e.getX(), e.getY());
        if (pressedNode >= 0) {
            grabDX = index.x(pressedNode) - view.worldX(e.getX());
            grabDY = index.y(pressedNode) - view.worldY(e.getY());
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD_PX) {
            return;
        }
        dragging = true;
        if (pressedNode >= 0) {
            index.move(pressedNode, view.worldX(e.getX()) + grabDX, view.worldY(e.getY()) + grabDY);
        } else {
            view.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
        requestRedraw();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int node = pressedNode;
        pressedNode = -1;
        if (dragging) {
            dragging = false;
            if (node >= 0) {
                var before = index.node(node);
                onNodeMoved.accept(new NodeMove(before.id(), before.x(), before.y(), index.x(node), index.y(node)));
            }
        } else if (node >= 0) {
            current = index.node(node).id();
            updateAccessibleText();
            if (e.getClickCount() >= 2) {
                onNodeActivated.accept(current);
            } else {
                onNodeSelected.accept(current);
            }
        } else if (pick(e.getX(), e.getY()) < 0) {
            onNodeSelected.accept(null);
        }
        e.consume();
    }

    private void moved(MouseEvent e) {
        int node = pick(e.getX(), e.getY());
        tooltip.hover(node < 0 ? null : index.node(node).tooltip(), e.getScreenX(), e.getScreenY());
    }

    private void contextMenu(ContextMenuEvent e) {
        int node = e.isKeyboardTrigger() ? index.indexOf(current) : pick(e.getX(), e.getY());
        if (node < 0) {
            return;
        }
        String id = index.node(node).id();
        ContextMenu menu = contextMenuFactory.apply(id);
        if (menu == null) {
            return;
        }
        if (!id.equals(current)) {
            current = id;
            updateAccessibleText();
            onNodeSelected.accept(id);
        }
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = menu;
        Point2D at = e.isKeyboardTrigger()
                ? localToScreen(view.screenX(index.x(node)), view.screenY(index.y(node)))
                : new Point2D(e.getScreenX(), e.getScreenY());
        if (at != null) {
            menu.show(this, at.getX(), at.getY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case UP, KP_UP -> navigate(Direction.UP);
            case DOWN, KP_DOWN -> navigate(Direction.DOWN);
            case LEFT, KP_LEFT -> navigate(Direction.LEFT);
            case RIGHT, KP_RIGHT -> navigate(Direction.RIGHT);
            case ENTER -> {
                if (current != null) {
                    onNodeActivated.accept(current);
                }
            }
            case PLUS, EQUALS, ADD -> zoomIn();
            case MINUS, SUBTRACT -> zoomOut();
            case DIGIT0, NUMPAD0 -> fitToView();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void navigate(Direction direction) {
        int from = index.indexOf(current);
        int next = navigation.next(index, from, direction, view.worldX(getWidth() / 2), view.worldY(getHeight() / 2));
        if (next < 0) {
            return;
        }
        current = index.node(next).id();
        updateAccessibleText();
        double sx = view.screenX(index.x(next));
        double sy = view.screenY(index.y(next));
        if (sx < 0 || sy < 0 || sx > getWidth() || sy > getHeight()) {
            centreOn(current);
        }
        onNodeSelected.accept(current);
    }

    private void updateAccessibleText() {
        int i = index.indexOf(current);
        setAccessibleText(i < 0 ? null : index.node(i).tooltip());
    }
}

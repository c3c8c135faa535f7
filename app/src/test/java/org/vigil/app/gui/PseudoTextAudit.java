package org.vigil.app.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;

/**
 * Reads every visible text of a scene graph as the pseudo-locale shows it and collects two kinds of
 * offender: text that was not pseudo-localised (hard-coded, or built outside the bundles) and labels
 * that the layout cut with an ellipsis. Call on the FX thread.
 *
 * <p>The rule for hard-coded text: the pseudo-locale brackets every bundle text (⟦…⟧) and accents
 * its letters. Take out every bracketed part (innermost first: a bundle text may carry another as an
 * argument), then every data value the workspace holds ({@link WorkspaceDataTexts}); whatever ASCII
 * letter is left came from neither, so it is hard-coded. Numbers, times, punctuation and separators
 * carry no letters and pass. Cells of data tables (table and tree-table cells) show data and are not
 * read for this check; labels, headers, placeholders, list and combo-box cells are. A key the bundles
 * lack shows as the key in square brackets, pseudo-localised or not: that is an offender too.
 *
 * <p>The rule for truncation: a label's displayed text (its {@code LabeledText} child) differs from
 * {@link Labeled#getText()} by an ellipsis. Two kinds of label are cut on purpose and are not
 * offenders: cells of data tables (the user widens a resizable column to read a cell; the column
 * headers are checked) and a label whose tooltip shows its whole text (the status line's counts and
 * workspace path give way to what matters there, and are one hover away).
 */
final class PseudoTextAudit {

    private static final Pattern PSEUDO_SEGMENT = Pattern.compile("⟦[^⟦⟧]*⟧");
    /** What the bundles show for a key they do not have: the key in square brackets. */
    private static final Pattern MISSING_KEY = Pattern.compile("\\[[^\\s\\[\\]]+\\.[^\\s\\[\\]]+\\]");

    private static final String ELLIPSIS = "…";

    /** One problem, found on a node; the areas it was seen in are kept to say where to look. */
    record Offender(String kind, String node, String text) {}

    private final Map<Offender, Set<String>> found = new LinkedHashMap<>();
    private final Map<Offender, String> shownAs = new LinkedHashMap<>();
    private WorkspaceDataTexts data;
    private String area;

    /** Where the next scans happen, and the data values allowed there. */
    void at(String area, WorkspaceDataTexts data) {
        this.area = area;
        this.data = data;
    }

    void scanTitle(String title) {
        checkHardCoded("window title", title);
    }

    void scan(Node node) {
        if (!node.isVisible()) {
            return;
        }
        boolean inDataCell = false;
        for (Node up = node; up != null; up = up.getParent()) {
            if (isDataCell(up)) {
                inDataCell = true;
                break;
            }
        }
        visit(node, inDataCell);
    }

    private void visit(Node node, boolean inDataCell) {
        if (!node.isVisible()) {
            return;
        }
        boolean dataCell = inDataCell || isDataCell(node);
        if (node instanceof Labeled labeled) {
            if (!dataCell) {
                checkHardCoded(describe(node), labeled.getText());
            }
            checkTruncated(labeled, dataCell);
        } else if (node instanceof Text text && !isLabeledText(text) && !insideTextInput(text) && !dataCell) {
            checkHardCoded(describe(node), text.getText());
        }
        if (node instanceof TextInputControl input) {
            checkHardCoded(describe(node) + " prompt", input.getPromptText());
        }
        if (node instanceof ComboBoxBase<?> combo) {
            checkHardCoded(describe(node) + " prompt", combo.getPromptText());
        }
        if (node instanceof Control control) {
            tooltip(describe(node), control.getTooltip());
            if (control.getContextMenu() != null) {
                control.getContextMenu().getItems().forEach(item -> menuItem(describe(node) + " menu", item));
            }
        } else if (node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip installed) {
            tooltip(describe(node), installed);
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> column(describe(node), c));
        }
        if (node instanceof TreeTableView<?> table) {
            table.getColumns().forEach(c -> column(describe(node), c));
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                checkHardCoded(describe(node) + " tab", tab.getText());
                tooltip(describe(node) + " tab", tab.getTooltip());
            }
        }
        if (node instanceof MenuButton button) {
            button.getItems().forEach(item -> menuItem(describe(node), item));
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> menuItem(describe(node), menu));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, dataCell);
            }
        }
    }

    private void tooltip(String node, Tooltip tooltip) {
        if (tooltip != null) {
            checkHardCoded(node + " tooltip", tooltip.getText());
        }
    }

    private void column(String table, TableColumnBase<?, ?> column) {
        checkHardCoded(table + " column header", column.getText());
        column.getColumns().forEach(c -> column(table, c));
    }

    private void menuItem(String owner, MenuItem item) {
        checkHardCoded(owner + " item " + (item.getId() == null ? "" : "#" + item.getId()), item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> menuItem(owner, i));
        }
    }

    private void checkHardCoded(String node, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (MISSING_KEY.matcher(text).find()) {
            record(new Offender("missing key", node, text));
        }
        String rest = text;
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            rest = PSEUDO_SEGMENT.matcher(rest).replaceAll(" ");
        }
        if (rest.chars().noneMatch(WorkspaceDataTexts::asciiLetter)) {
            return;
        }
        rest = data.withoutData(rest);
        if (rest.chars().anyMatch(WorkspaceDataTexts::asciiLetter)) {
            record(new Offender("hard-coded", node, text));
        }
    }

    private void checkTruncated(Labeled labeled, boolean dataCell) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || dataCell) {
            return;
        }
        if (labeled.getTooltip() != null && text.equals(labeled.getTooltip().getText())) {
            return;
        }
        Text shown = labeledText(labeled);
        if (shown == null || shown.getText() == null || shown.getText().equals(text)) {
            return;
        }
        String displayed = shown.getText();
        String ellipsis = labeled.getEllipsisString();
        boolean cut = (ellipsis != null
                        && !ellipsis.isEmpty()
                        && (displayed.endsWith(ellipsis)
                                || displayed.startsWith(ellipsis)
                                || (displayed.contains(ellipsis) && !text.contains(ellipsis))))
                || (displayed.contains(ELLIPSIS) && !text.contains(ELLIPSIS));
        if (cut) {
            Offender offender = new Offender("truncated", describe(labeled), text);
            record(offender);
            shownAs.putIfAbsent(offender, displayed);
        }
    }

    private void record(Offender offender) {
        found.computeIfAbsent(offender, o -> new LinkedHashSet<>()).add(area);
    }

    List<Offender> offenders() {
        return new ArrayList<>(found.keySet());
    }

    /**
     * Every offender, one a line, for a developer to fix all at once: kind, node and text (the form
     * an allow-list takes), then where it was first seen and, for a cut label, what it showed.
     */
    String report(List<Offender> offenders) {
        return offenders.stream()
                .map(o -> {
                    Set<String> areas = found.get(o);
                    String where = areas.iterator().next()
                            + (areas.size() > 1 ? " (and " + (areas.size() - 1) + " more)" : "");
                    return "  " + o.kind() + " | " + o.node() + " | " + o.text() + "\n      seen in " + where
                            + (shownAs.containsKey(o) ? "; shown as: " + shownAs.get(o) : "");
                })
                .collect(Collectors.joining("\n", offenders.size() + " offender(s):\n", ""));
    }

    private static boolean isDataCell(Node node) {
        return node instanceof Cell<?> cell
                && (cell.getStyleClass().contains("table-cell")
                        || cell.getStyleClass().contains("tree-table-cell"));
    }

    private static boolean isLabeledText(Text text) {
        return text.getParent() instanceof Labeled;
    }

    private static boolean insideTextInput(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static Text labeledText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text;
            }
        }
        return null;
    }

    /** The node's id, or its type and style classes with the nearest ancestor that has an id. */
    static String describe(Node node) {
        if (node instanceof IndexedCell<?> cell && cell.getParent() != null) {
            for (Node up = cell.getParent(); up != null; up = up.getParent()) {
                if (up instanceof Control owner && owner.getId() != null) {
                    return cell.getClass().getSimpleName() + " (a cell) in #" + owner.getId();
                }
            }
        }
        String self = node.getClass().getSimpleName()
                + (node.getId() != null
                        ? "#" + node.getId()
                        : node.getStyleClass().isEmpty() ? "" : "." + String.join(".", node.getStyleClass()));
        if (node.getId() != null) {
            return self;
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                return self + " in #" + up.getId();
            }
        }
        return self;
    }
}

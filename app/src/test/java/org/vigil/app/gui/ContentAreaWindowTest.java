package org.vigil.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.content.awareness.ItemType;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.content.CatalogueItem;
import org.w3c.dom.Document;
import org.w3c.dom.events.DocumentEvent;
import org.w3c.dom.events.EventTarget;
import org.w3c.dom.events.MouseEvent;
import org.w3c.dom.views.DocumentView;

/**
 * A trainer uses the Content area of the real window, headless under Monocle (web view included):
 * filters the catalogue from the keyboard, opens a phishing email, reveals its red flags and points
 * at its button; takes a lesson slide by slide.
 */
@ExtendWith(ApplicationExtension.class)
class ContentAreaWindowTest {

    @TempDir
    static Path dir;

    private final DemoWindow window = new DemoWindow();
    private MessageCatalog catalog;
    private Workspace workspace;
    private Workstation workstation;

    @Start
    void start(Stage stage) throws Exception {
        window.show(stage, dir, "content-test");
        catalog = window.catalog();
        workspace = window.workspace();
        workstation = window.workstation();
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    /** A condition that may ask the FX thread, so it may throw. */
    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
        }
    }

    private ListView<CatalogueItem> openContentArea(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<CatalogueItem> catalogue = robot.lookup("#content-catalogue").queryListView();
        waitFor("the library", () -> catalogue.getItems().size() > 40);
        return catalogue;
    }

    @Test
    void theTrainerFiltersOpensAPhishingEmailAndRevealsItsRedFlags(FxRobot robot) throws Exception {
        // given the Content area with the whole library
        ListView<CatalogueItem> catalogue = openContentArea(robot);
        assertThat(robot.lookup("#nav-content").queryAs(ToggleButton.class).isSelected())
                .isTrue();

        // when the trainer picks "Email" in the type filter from the keyboard
        robot.clickOn("#content-filter-type");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // then only emails are listed
        assertThat(catalogue.getItems()).isNotEmpty().allMatch(item -> item.type() == ItemType.EMAIL);

        // when the redelivery-fee email is selected and Enter opens it
        int row = indexOf(catalogue, "parcel-redelivery-fee");
        robot.interact(() -> {
            catalogue.requestFocus();
            catalogue.getSelectionModel().clearAndSelect(row);
            catalogue.getFocusModel().focus(row);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // then the preview shows it as a mail client would, the toggle has the focus
        ToggleButton toggle = robot.lookup("#content-red-flags").queryAs(ToggleButton.class);
        assertThat(toggle.isFocused()).isTrue();
        assertThat(toggle.getText()).isEqualTo("Show 6 red flags");
        assertThat(text(robot.lookup("#content-header-from").query()))
                .isEqualTo("\"Swiftpost Delivery\" <service@swiftpost-redelivery.example>");
        assertThat(text(robot.lookup("#content-header-to").query())).isEqualTo("alex.morgan@example.com");
        WebView web = robot.lookup(".web-view").queryAs(WebView.class);
        waitFor("the email's body", () -> marks(web) == 0 && links(web) == 1);
        assertThat(shown(robot.lookup("#content-markers").query())).isFalse();

        // when the trainer presses Space on the toggle
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        // then the red flags are listed, marked in the From row and in the body
        VBox markers = robot.lookup("#content-markers").queryAs(VBox.class);
        assertThat(shown(markers)).isTrue();
        assertThat(robot.from(markers).lookup(".marker-entry").queryAll()).hasSize(6);
        assertThat(robot.from(markers).lookup(".marker-name").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Look-alike domain", "Sense of urgency", "Link hides its target");
        assertThat(robot.lookup("#content-header-from").query().getStyleClass()).contains("mail-header-marked");
        Node from = robot.lookup("#content-header-from").query();
        assertThat(robot.from(from).lookup(".marked-span").queryAs(Label.class).getText())
                .isEqualTo("swiftpost-redelivery.example");
        waitFor("the marks in the body", () -> marks(web) >= 4);

        // and pointing at the button shows where it really leads, as a mail client's status line does
        Label status = robot.lookup("#content-link-status").queryAs(Label.class);
        assertThat(status.getText()).doesNotContain("parcel-fee-payment.example");
        robot.interact(() -> pointAtFirstLink(web));
        assertThat(status.getText()).isEqualTo("This link leads to https://parcel-fee-payment.example/swiftpost/");
    }

    @Test
    void aLessonIsTakenSlideBySlideFromTheKeyboard(FxRobot robot) throws Exception {
        // given the lesson opened from the catalogue
        ListView<CatalogueItem> catalogue = openContentArea(robot);
        int row = indexOf(catalogue, "sme-parcel-and-payment-lures");
        robot.interact(() -> {
            catalogue.requestFocus();
            catalogue.getSelectionModel().clearAndSelect(row);
            catalogue.scrollTo(row);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label position = robot.lookup("#content-lesson-position").queryAs(Label.class);
        assertThat(position.getText()).startsWith("Slide 1 of ");
        ImageView picture = robot.lookup("#content-lesson .illustration").queryAs(ImageView.class);
        waitFor("the illustration", () -> picture.getImage() != null);
        assertThat(picture.getAccessibleText()).isNotBlank();

        // when Page Down is pressed twice and Page Up once
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();

        // then the second slide shows
        assertThat(position.getText()).startsWith("Slide 2 of ");
        assertThat(robot.lookup("#content-lesson-previous")
                        .queryAs(Button.class)
                        .isDisabled())
                .isFalse();
    }

    /** Visible, and so are all its parents. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(ListView<CatalogueItem> catalogue, String id) {
        for (int i = 0; i < catalogue.getItems().size(); i++) {
            if (catalogue.getItems().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " not listed");
    }

    /** The text a marked-text flow shows, without its badges. */
    private static String text(Node flow) {
        StringBuilder text = new StringBuilder();
        for (Node child : ((javafx.scene.text.TextFlow) flow).getChildren()) {
            if (child instanceof javafx.scene.text.Text t) {
                text.append(t.getText());
            } else if (child instanceof Label l && !l.getStyleClass().contains("marker-badge")) {
                text.append(l.getText());
            }
        }
        return text.toString();
    }

    private static int marks(WebView web) throws Exception {
        int[] count = {-1};
        WaitForAsyncUtils.asyncFx(() -> {
                    Document document = web.getEngine().getDocument();
                    count[0] = document == null
                            ? -1
                            : document.getElementsByTagName("mark").getLength();
                })
                .get();
        return count[0];
    }

    private static int links(WebView web) throws Exception {
        int[] count = {-1};
        WaitForAsyncUtils.asyncFx(() -> {
                    Document document = web.getEngine().getDocument();
                    count[0] = document == null
                            ? -1
                            : document.getElementsByTagName("a").getLength();
                })
                .get();
        return count[0];
    }

    /** What the engine does when the pointer enters a link: a DOM mouseover on it. */
    private static void pointAtFirstLink(WebView web) {
        Document document = web.getEngine().getDocument();
        MouseEvent over = (MouseEvent) ((DocumentEvent) document).createEvent("MouseEvents");
        over.initMouseEvent(
                "mouseover",
                true,
                true,
                ((DocumentView) document).getDefaultView(),
                0,
                0,
                0,
                0,
                0,
                false,
                false,
                false,
                false,
                (short) 0,
                null);
        ((EventTarget) document.getElementsByTagName("a").item(0)).dispatchEvent(over);
    }
}

package org.vigil.visual.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.AwarenessReadResult;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ShippedAwareness;
import org.vigil.content.awareness.export.EmlWriter;
import org.vigil.content.awareness.export.HandoutFonts;
import org.vigil.content.awareness.export.HtmlExport;
import org.vigil.content.awareness.export.PdfHandout;
import org.vigil.content.awareness.export.SelectionExport;
import org.vigil.content.awareness.gophish.GoPhishExport;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.task.ImmediateBackground;
import org.vigil.visual.text.UiText;

/**
 * The Content area's view model on the shipped library, read once per test class, with work run at
 * once on the test's thread: {@code new ContentFixture().inInterfaceLanguage(Language.EN).loaded()}.
 */
final class ContentFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC);

    final MessageCatalog catalog = new MessageCatalog();
    final AwarenessReadResult shipped = new ShippedAwareness(new AwarenessReader()).read();
    UiText text = new UiText(catalog.messages(Language.EN));

    AwarenessLibrary library() {
        return shipped.library();
    }

    ContentFixture inInterfaceLanguage(Language language) {
        text = new UiText(catalog.messages(language));
        return this;
    }

    static SelectionExport exporter() {
        BundledFonts fonts = new BundledFonts();
        return new SelectionExport(
                new GoPhishExport(new ObjectMapper()),
                new EmlWriter(),
                new HtmlExport(),
                new PdfHandout(new HandoutFonts(
                        () -> fonts.open(fonts.files().get(0)),
                        () -> fonts.open(fonts.files().get(1)))),
                CLOCK);
    }

    /** A view model whose library is read: the catalogue shows everything in the content language. */
    ContentViewModel loaded() {
        ContentViewModel model = new ContentViewModel(
                () -> shipped,
                text,
                catalog,
                exporter(),
                new IllustrationRenderer(),
                new ImmediateBackground(),
                Runnable::run,
                CLOCK);
        model.load();
        return model;
    }
}

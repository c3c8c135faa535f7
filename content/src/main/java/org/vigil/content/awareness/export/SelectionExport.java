package org.vigil.content.awareness.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vigil.content.awareness.AttackTemplate;
import org.vigil.content.awareness.EmailTemplate;
import org.vigil.content.awareness.LandingPage;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Lesson;
import org.vigil.content.awareness.gophish.GoPhishExport;

/**
 * Exports a selection of items into a new folder inside the one the user chose, named by date and
 * time: GoPhish JSON, {@code .eml} files, HTML files and PDF handouts, in one or more languages.
 *
 * <p>Nothing is ever half-written: every file is written into a hidden folder beside the result,
 * which is renamed to its final name only when all files are there; if anything fails (or the work
 * is interrupted) the hidden folder is deleted and the chosen folder is as it was.
 */
public final class SelectionExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final GoPhishExport gophish;
    private final EmlWriter eml;
    private final HtmlExport html;
    private final PdfHandout pdf;
    private final Clock clock;

    public SelectionExport(GoPhishExport gophish, EmlWriter eml, HtmlExport html, PdfHandout pdf, Clock clock) {
        this.gophish = gophish;
        this.eml = eml;
        this.html = html;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** One file of an export: its path below the export folder and how to make its bytes. */
    private record PlannedFile(String path, Content content) {}

    @FunctionalInterface
    private interface Content {
        byte[] bytes() throws IOException;
    }

    /** How many files exporting the selection in these languages and formats writes. */
    public int count(ExportSelection selection, Set<Language> languages, Set<ExportFormat> formats) {
        return plan(selection, languages, formats, language -> null).size();
    }

    /**
     * Writes the files into a new folder below {@code parent} and returns it with the files; {@code
     * labels} gives the words around the content in each language.
     *
     * @throws IOException if a file cannot be written (nothing is left behind), or {@link
     *     InterruptedIOException} if the thread was interrupted (cancelled)
     */
    public ExportResult write(
            ExportSelection selection,
            Set<Language> languages,
            Set<ExportFormat> formats,
            Function<Language, HandoutLabels> labels,
            Path parent,
            ExportProgress progress)
            throws IOException {
        List<PlannedFile> plan = plan(selection, languages, formats, labels);
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".vigil-export-");
        try {
            List<String> written = new ArrayList<>();
            for (PlannedFile file : plan) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("export cancelled");
                }
                Path target = staging.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content().bytes());
                written.add(file.path());
                progress.filesWritten(written.size(), plan.size());
            }
            Path folder = publish(staging, parent);
            return new ExportResult(
                    folder, written.stream().map(folder::resolve).toList());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging, e);
            throw e;
        }
    }

    private List<PlannedFile> plan(
            ExportSelection selection,
            Set<Language> languages,
            Set<ExportFormat> formats,
            Function<Language, HandoutLabels> labels) {
        List<PlannedFile> plan = new ArrayList<>();
        for (Language language : Language.values()) {
            if (!languages.contains(language)) {
                continue;
            }
            String tag = language.tag();
            for (AttackTemplate template : selection.templates()) {
                String name = template.id() + "." + tag;
                if (formats.contains(ExportFormat.GOPHISH_JSON) && template instanceof EmailTemplate email) {
                    plan.add(new PlannedFile(
                            "gophish/templates/" + name + ".json",
                            () -> utf8(gophish.json(gophish.template(email, language)) + "\n")));
                }
                if (formats.contains(ExportFormat.GOPHISH_JSON) && template instanceof LandingPage page) {
                    plan.add(new PlannedFile(
                            "gophish/pages/" + name + ".json",
                            () -> utf8(gophish.json(gophish.page(page, language)) + "\n")));
                }
                if (formats.contains(ExportFormat.EML) && template instanceof EmailTemplate email) {
                    plan.add(new PlannedFile("eml/" + name + ".eml", () -> utf8(eml.write(email.message(language)))));
                }
                if (formats.contains(ExportFormat.HTML)) {
                    plan.add(new PlannedFile(
                            "html/" + template.type().folder() + "/" + name + ".html",
                            () -> utf8(html.template(template, language, labels.apply(language)))));
                }
            }
            for (Lesson lesson : selection.lessons()) {
                if (formats.contains(ExportFormat.HTML)) {
                    plan.add(new PlannedFile(
                            "html/lessons/" + lesson.id() + "." + tag + ".html",
                            () -> utf8(html.lesson(lesson, language, labels.apply(language)))));
                }
            }
            if (formats.contains(ExportFormat.PDF_HANDOUT) && !selection.isEmpty()) {
                plan.add(new PlannedFile(
                        "handout." + tag + ".pdf", () -> pdf.write(selection, language, labels.apply(language))));
            }
        }
        return plan;
    }

    /** Renames the finished folder to its final, dated name in one step. */
    private Path publish(Path staging, Path parent) throws IOException {
        String base = "vigil-content-" + LocalDateTime.now(clock).format(STAMP);
        for (int attempt = 1; ; attempt++) {
            Path folder = parent.resolve(attempt == 1 ? base : base + "-" + attempt);
            if (Files.exists(folder)) {
                continue;
            }
            try {
                return Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // Another export of the same second got there first: try the next name.
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path folder, Exception cause) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            cause.addSuppressed(e);
        }
    }
}

package org.vigil.content.awareness.export;

/** The files a selection of awareness items can be exported as. */
public enum ExportFormat {
    /** GoPhish API request bodies: emails as templates, landing pages as pages. */
    GOPHISH_JSON,
    /** Emails as {@code .eml} files, GoPhish variables kept, for a mail client or GoPhish's import. */
    EML,
    /** Each item as a standalone HTML file, with sample values in place of GoPhish variables. */
    HTML,
    /** One PDF handout per language: every item with its red flags (or trust signals) explained. */
    PDF_HANDOUT
}

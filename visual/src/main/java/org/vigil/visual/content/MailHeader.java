package org.vigil.visual.content;

/** The headers a mail client shows above a message, in its order. */
public enum MailHeader {
    FROM("From"),
    REPLY_TO("Reply-To"),
    TO("To"),
    CC("Cc"),
    SUBJECT("Subject"),
    DATE("Date");

    private final String field;

    MailHeader(String field) {
        this.field = field;
    }

    /** The header's name in the message. */
    public String field() {
        return field;
    }
}

package org.vigil.content.awareness.gophish;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An email template as GoPhish's API imports it ({@code POST /api/templates/}): the fields of its
 * Template model that a client sets; {@code id} and {@code modified_date} are the server's. {@code
 * envelope_sender} is the From header GoPhish puts on the email.
 */
@JsonPropertyOrder({"name", "envelope_sender", "subject", "text", "html", "attachments"})
public record GoPhishTemplate(
        @JsonProperty("name") String name,
        @JsonProperty("envelope_sender") String envelopeSender,
        @JsonProperty("subject") String subject,
        @JsonProperty("text") String text,
        @JsonProperty("html") String html,
        @JsonProperty("attachments") List<GoPhishAttachment> attachments) {

    public GoPhishTemplate {
        attachments = List.copyOf(attachments);
    }
}

package org.vigil.content.awareness.gophish;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An attachment as GoPhish's API takes it: content in base64, MIME type, file name. */
@JsonPropertyOrder({"content", "type", "name"})
public record GoPhishAttachment(
        @JsonProperty("content") String content,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name) {}

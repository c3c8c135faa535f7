package org.vigil.content.awareness.gophish;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A landing page as GoPhish's API imports it ({@code POST /api/pages/}): the fields of its Page
 * model that a client sets; {@code id} and {@code modified_date} are the server's.
 */
@JsonPropertyOrder({"name", "html", "capture_credentials", "capture_passwords", "redirect_url"})
public record GoPhishPage(
        @JsonProperty("name") String name,
        @JsonProperty("html") String html,
        @JsonProperty("capture_credentials") boolean captureCredentials,
        @JsonProperty("capture_passwords") boolean capturePasswords,
        @JsonProperty("redirect_url") String redirectUrl) {}

package org.vigil.content.awareness;

import java.util.Base64;

/** An attachment of an email: file name, MIME type and content, kept in base64 as GoPhish wants it. */
public record EmailAttachment(String name, String contentType, String base64) {

    public byte[] bytes() {
        return Base64.getDecoder().decode(base64);
    }
}

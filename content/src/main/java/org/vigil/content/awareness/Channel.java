package org.vigil.content.awareness;

/** How an item reaches its reader. */
public enum Channel {
    EMAIL,
    /** A web page reached by a link: landing pages and terms. */
    WEB,
    SOCIAL_MEDIA,
    ONLINE_AD,
    SMS,
    MESSAGING_APP
}

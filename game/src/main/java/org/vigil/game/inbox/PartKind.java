package org.vigil.game.inbox;

/** The parts of an email a player can move to and flag, in the order a mail client shows them. */
public enum PartKind {
    FROM,
    REPLY_TO,
    SUBJECT,
    BODY,
    LINK,
    ATTACHMENT
}

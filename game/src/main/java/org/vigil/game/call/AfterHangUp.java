package org.vigil.game.call;

/** What the player does once they have hung up: the step that tells a careful hang-up from a false alarm. */
public enum AfterHangUp {
    /** Ring back on a number already known: safe on any call. */
    CALL_BACK,
    /** Report the call as a scam: right for an impostor, a false alarm on a genuine call. */
    REPORT,
    /** Leave it: fine for an impostor, leaves a genuine caller's matter unsettled. */
    LEAVE
}

package org.vigil.content.call;

/** How a call ended, as the feedback names it. */
public enum CallOutcome {
    /** The player gave away something secret or did what the caller wanted. */
    DISCLOSED,
    /** The player declined and the caller gave up. */
    REFUSED,
    /** The player checked the caller's identity properly before going on. */
    VERIFIED,
    /** The player ended the call to ring back on a number they already knew. */
    CALLED_BACK,
    /** The player passed the call to a supervisor. */
    TRANSFERRED,
    /** The player reported the call as a scam attempt. */
    REPORTED,
    /** An ordinary call went its ordinary way. */
    COMPLETED,
    /** The player hung up and left it there. */
    HUNG_UP,
    /** The player did not answer in time. */
    TIMED_OUT
}

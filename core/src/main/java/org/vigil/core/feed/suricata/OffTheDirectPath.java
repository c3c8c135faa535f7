package org.vigil.core.feed.suricata;

/**
 * Thrown inside the direct reading of an EVE record when the record is not of the common shape it
 * reads (a value of an unexpected type, a repeated key, a rare structure): the record is then read
 * through the tree, which gives the exact outcome, rejection reasons included. No stack trace: it is
 * control flow.
 */
final class OffTheDirectPath extends RuntimeException {

    OffTheDirectPath() {
        super(null, null, false, false);
    }
}

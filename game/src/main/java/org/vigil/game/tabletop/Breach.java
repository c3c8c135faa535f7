package org.vigil.game.tabletop;

/** A continuity target breached in a run: a service's RTO or MTPD, and when. */
public record Breach(String assetId, Target target, double minute) {

    public enum Target {
        RTO,
        MTPD
    }
}

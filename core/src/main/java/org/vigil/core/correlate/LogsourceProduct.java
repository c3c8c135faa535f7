package org.vigil.core.correlate;

import org.vigil.core.feed.FeedFormat;

/**
 * The one part of Sigma's {@code logsource} Vigil uses to pick events: the product. A format that
 * only one product writes about itself (Suricata EVE, Zeek logs) says which product an event comes
 * from, so a rule for another product can skip it unseen. Formats that carry other products' logs
 * (Wazuh alerts hold Windows and Linux events, CEF, OCSF, generic JSON, Vigil's own, STIX,
 * telemetry) say nothing, and every rule sees their events.
 */
final class LogsourceProduct {

    private LogsourceProduct() {}

    /**
     * Whether a rule for {@code ruleProduct} (lower case; null when the rule names none) can match an
     * event of the format. Asked for every rule and event, so it allocates nothing.
     */
    static boolean applies(String ruleProduct, FeedFormat format) {
        if (ruleProduct == null) {
            return true;
        }
        return switch (format) {
            case SURICATA_EVE -> ruleProduct.equals("suricata");
            case ZEEK -> ruleProduct.equals("zeek");
            default -> true;
        };
    }
}

package org.vigil.core.correlate;

import java.util.Locale;
import java.util.Optional;
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

    /** The product that writes events of this format, if only one does. */
    static Optional<String> of(FeedFormat format) {
        return switch (format) {
            case SURICATA_EVE -> Optional.of("suricata");
            case ZEEK -> Optional.of("zeek");
            default -> Optional.empty();
        };
    }

    /** Whether a rule for {@code ruleProduct} (null when the rule names none) can match an event of the format. */
    static boolean applies(String ruleProduct, FeedFormat format) {
        if (ruleProduct == null) {
            return true;
        }
        return of(format)
                .map(product -> product.equals(ruleProduct.toLowerCase(Locale.ROOT)))
                .orElse(true);
    }
}

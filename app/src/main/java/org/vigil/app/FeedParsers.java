package org.vigil.app;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.cef.CefParser;
import org.vigil.core.feed.json.GenericJsonParser;
import org.vigil.core.feed.ocsf.OcsfEventParser;
import org.vigil.core.feed.stix.StixBundleParser;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.feed.telemetry.TelemetryParser;
import org.vigil.core.feed.vigil.VigilJsonLinesParser;
import org.vigil.core.feed.wazuh.WazuhAlertParser;
import org.vigil.core.feed.zeek.ZeekJsonParser;

/** The parser of every format Vigil reads, wired once at start-up. */
public final class FeedParsers {

    private FeedParsers() {}

    public static Map<FeedFormat, FeedParser> all() {
        Map<FeedFormat, FeedParser> parsers = new EnumMap<>(FeedFormat.class);
        for (FeedParser parser : List.of(
                new VigilJsonLinesParser(),
                new SuricataEveParser(),
                new WazuhAlertParser(),
                new ZeekJsonParser(),
                new CefParser(),
                new OcsfEventParser(),
                new StixBundleParser(),
                new TelemetryParser(),
                new GenericJsonParser())) {
            parsers.put(parser.format(), parser);
        }
        return Map.copyOf(parsers);
    }
}

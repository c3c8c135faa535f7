package org.vigil.visual.feeds;

import java.io.IOException;
import java.util.Optional;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.syslog.SyslogListenerStats;

/** The workstation's syslog listener, as the feeds page drives it. Safe to call from any thread. */
public interface SyslogControl {

    /** Where it listens (e.g. {@code udp 127.0.0.1:5514, tcp 127.0.0.1:5514}), or empty when stopped. */
    Optional<String> listening();

    /** What the listener saw since it started; empty when it never ran. */
    Optional<SyslogListenerStats> stats();

    /** What was stored from it since it started. */
    IngestCounts counts();

    /** Starts listening on the port (UDP and TCP) on loopback. */
    void start(int port) throws IOException;

    void stop();
}

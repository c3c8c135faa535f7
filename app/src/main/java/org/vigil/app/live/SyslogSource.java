package org.vigil.app.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.LiveIngest;
import org.vigil.core.ingest.syslog.SyslogListener;
import org.vigil.core.ingest.syslog.SyslogListenerConfig;
import org.vigil.core.ingest.syslog.SyslogListenerStats;
import org.vigil.core.ingest.syslog.SyslogSink;
import org.vigil.visual.feeds.SyslogControl;

/**
 * The workstation's syslog listener: on loopback, UDP and TCP on one port, read by one parser (CEF
 * by default). Stopping it commits what arrived; its last counts stay visible until the next start.
 */
public final class SyslogSource implements SyslogControl, AutoCloseable {

    private final LivePipelines pipelines;
    private final FeedParser parser;
    // Read by the page every second without locking: stopping may take a while (the queue drains).
    private volatile Active active;
    private volatile SyslogListenerStats lastStats;
    private volatile IngestCounts lastCounts = IngestCounts.NONE;

    private record Active(SyslogListener listener, LiveIngest live) {}

    public SyslogSource(LivePipelines pipelines, FeedParser parser) {
        this.pipelines = pipelines;
        this.parser = parser;
    }

    @Override
    public synchronized void start(int port) throws IOException {
        if (active != null) {
            return;
        }
        SyslogListenerConfig config = SyslogListenerConfig.defaults()
                .withUdpPort(port)
                .withTcpPort(port)
                .withFormat(parser.format());
        LiveIngest opened = pipelines.open();
        SyslogListener started = new SyslogListener(config, new SyslogSink() {
            @Override
            public void message(RawRecord record) {
                opened.record(parser, record);
            }

            @Override
            public void rejected(QuarantinedRecord quarantined) {
                opened.unreadable(quarantined);
            }
        });
        try {
            started.start();
        } catch (IOException | RuntimeException e) {
            started.close();
            opened.close();
            throw e;
        }
        active = new Active(started, opened);
    }

    @Override
    public synchronized void stop() {
        Active stopping = active;
        if (stopping == null) {
            return;
        }
        stopping.listener().close();
        stopping.live().close();
        lastStats = stopping.listener().stats();
        lastCounts = stopping.live().counts();
        active = null;
    }

    @Override
    public Optional<String> listening() {
        Active now = active;
        if (now == null) {
            return Optional.empty();
        }
        List<String> where = new ArrayList<>();
        now.listener().udpAddress().ifPresent(a -> where.add("udp " + numeric(a)));
        now.listener().tcpAddress().ifPresent(a -> where.add("tcp " + numeric(a)));
        return Optional.of(String.join(", ", where));
    }

    /** The address as numbers, as monitors are configured with it. */
    private static String numeric(InetSocketAddress address) {
        String host = address.getAddress() == null
                ? address.getHostString()
                : address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    @Override
    public Optional<SyslogListenerStats> stats() {
        Active now = active;
        return now != null ? Optional.of(now.listener().stats()) : Optional.ofNullable(lastStats);
    }

    @Override
    public IngestCounts counts() {
        Active now = active;
        return now != null ? now.live().counts() : lastCounts;
    }

    @Override
    public void close() {
        stop();
    }
}

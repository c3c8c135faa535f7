package org.vigil.core.feed;

import java.util.List;
import java.util.Objects;

/** What a parser made of one record: events (and indicators), or a reason to quarantine it. */
public sealed interface ParseOutcome {

    /** The record was understood. It may yield no event (e.g. a STIX bundle of indicators only). */
    record Parsed(List<Event> events, List<ThreatIndicator> indicators) implements ParseOutcome {
        public Parsed {
            events = List.copyOf(events);
            indicators = List.copyOf(indicators);
        }

        public static Parsed of(Event... events) {
            return new Parsed(List.of(events), List.of());
        }
    }

    /** The record is kept aside with a reason a person can act on, e.g. "field timestamp: not a date". */
    record Rejected(String reason) implements ParseOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

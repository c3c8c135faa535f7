package org.vigil.content.call;

import java.util.Optional;

/** One way a call can end: its outcome, whether that is the safe way out, and what it gave away. */
public record CallEnd(String id, CallOutcome outcome, boolean safe, Optional<Disclosure> discloses) {}

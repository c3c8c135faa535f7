/**
 * Sigma rules over Vigil events: {@link org.vigil.core.correlate.SigmaRuleLoader} loads detection and
 * correlation rules (with a {@link org.vigil.core.correlate.RuleProblem} for each rule it skips),
 * {@link org.vigil.core.correlate.SigmaRule} matches one event (fields from {@link
 * org.vigil.core.correlate.EventFields}), and {@link org.vigil.core.correlate.SigmaCorrelator} runs
 * event_count, value_count, temporal and temporal_ordered correlations over a stream of events,
 * emitting {@link org.vigil.core.correlate.CorrelationMatch}es with bounded state.
 */
package org.vigil.core.correlate;

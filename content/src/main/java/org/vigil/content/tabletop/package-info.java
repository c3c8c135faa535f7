/**
 * The Ransomware Tabletop's content: the bank's ransomware story as stages on a clock, each with
 * its inject and options, the cascade mitigations or self-inflicted outages every option stands
 * for, the playbook's answer and the principles (cues) it teaches, and the texts in every language.
 * Read with every problem reported at once, asset ids checked against the bank scenario.
 */
package org.vigil.content.tabletop;

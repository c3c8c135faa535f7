package org.vigil.game.tabletop;

import org.vigil.content.tabletop.PlannedMitigation;

/**
 * A mitigation the story did not allow: it needed an asset intact (a restore needs its backups) that
 * the run had reached by the mitigation's minute.
 */
public record BlockedMitigation(PlannedMitigation planned, String requiredAssetId, double reachedAtMinute) {}

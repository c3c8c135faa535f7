/**
 * Ransomware Tabletop: the bank's payment operations under ransomware, decided stage by stage. Each
 * decision's consequences are computed by the cascade engine on the bank scenario (the attack's
 * start set plus every mitigation and self-inflicted outage so far) and shown as impact curves of the
 * business services, the player's run against doing nothing. Rules and consequences are plain Java;
 * the painter and the game class are the thin LibGDX layer.
 */
package org.vigil.game.tabletop;

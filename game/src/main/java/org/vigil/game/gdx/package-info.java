/** LibGDX helpers every game's screen shares: the bundled fonts and the colour-blind-safe palette. */
package org.vigil.game.gdx;

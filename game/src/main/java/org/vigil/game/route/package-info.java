/**
 * Route Guard: a pharmacy's deliveries on a map. Each round the player reads the briefing, puts
 * mitigations in place within a budget and says whether to escalate (an insider is at work) or carry on;
 * then the van drives the route and the insider tries each step of the plan, blocked, detected or
 * successful. The rules ({@link org.vigil.game.route.RouteShift}, {@link org.vigil.game.route.InsiderSimulation})
 * are plain Java; {@link org.vigil.game.route.RouteGuardGame} and its painter are the thin LibGDX layer;
 * {@link org.vigil.game.route.RouteGuardGames} makes the game from the content.
 */
package org.vigil.game.route;

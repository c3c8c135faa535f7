/**
 * Route Guard's content: a pharmacy's delivery rounds on a stylised map (places, roads, the planned
 * route), the insider's plan step by step, the mitigations that block or detect each step, the cues each
 * round teaches, and every text in the nine languages. {@link org.vigil.content.route.RouteContentReader}
 * reads and checks it, reporting every problem with its file, JSON path and reason.
 */
package org.vigil.content.route;

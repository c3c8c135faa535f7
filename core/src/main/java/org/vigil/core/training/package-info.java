/**
 * Training results: what a participant did in a serious-game module, toolkit-free, so the games that
 * produce results and the views that show progress share one model.
 */
package org.vigil.core.training;

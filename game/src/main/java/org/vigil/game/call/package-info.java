/**
 * Social Engineering Call: phone calls from fake IT support, couriers, banks and bosses mixed with
 * genuine ones, played as branching conversations where the player decides what to say, what to
 * disclose and when to hang up and call back. Rules in plain Java ({@link org.vigil.game.call.CallRound}),
 * a thin LibGDX screen on top ({@link org.vigil.game.call.SocialEngineeringCallGame}), made by
 * {@link org.vigil.game.call.SocialEngineeringCallGames}.
 */
package org.vigil.game.call;

/**
 * What the rules of every training module share, free of any toolkit: the items of a round in order
 * ({@link org.vigil.game.round.RoundItems}), its clock ({@link org.vigil.game.round.RoundClock}), the
 * feedback judged so far with the play result built from it ({@link org.vigil.game.round.RoundLedger}),
 * the scoring ({@link org.vigil.game.round.Scoring}), the focus that arrows move
 * ({@link org.vigil.game.round.Focus}), the parts a player flags ({@link org.vigil.game.round.FlaggedParts}),
 * the decks' draws ({@link org.vigil.game.round.Draw}) and the narrators' common words
 * ({@link org.vigil.game.round.RoundWords}).
 */
package org.vigil.game.round;

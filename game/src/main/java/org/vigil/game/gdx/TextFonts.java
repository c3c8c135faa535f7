package org.vigil.game.gdx;

import com.badlogic.gdx.graphics.g2d.BitmapFont;

/** The sizes a game's text comes in, and the unit its layout is measured in; both follow the text scale. */
public interface TextFonts {

    /** The layout unit in pixels: about a line of body text. */
    float unit();

    BitmapFont body();

    BitmapFont bold();

    /** Small bold, for labels. */
    BitmapFont label();

    BitmapFont small();
}

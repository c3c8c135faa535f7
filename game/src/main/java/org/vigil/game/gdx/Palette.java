package org.vigil.game.gdx;

import com.badlogic.gdx.graphics.Color;

/**
 * The Okabe–Ito colour-blind-safe colours and the neutrals of Vigil's visual style
 * (docs/content-format.md, 5.3). Vermilion marks red flags only. Screens never say anything by colour
 * alone: every coloured state also has a shape and a word.
 */
public enum Palette {
    INK("1F2A44"),
    SLATE("5B6578"),
    MIST("A7AFBC"),
    CLOUD("E4E7EC"),
    CANVAS("F5F1E8"),
    PAPER("FFFFFF"),
    BLUE("0072B2"),
    SKY("56B4E9"),
    GREEN("009E73"),
    YELLOW("F0E442"),
    ORANGE("E69F00"),
    VERMILION("D55E00"),
    PURPLE("CC79A7");

    private final String hex;

    Palette(String hex) {
        this.hex = hex;
    }

    /** A new colour each call: LibGDX colours are mutable, and a shared one could be changed by mistake. */
    public Color color() {
        return Color.valueOf(hex);
    }
}

package org.vigil.visual.content;

/**
 * An illustration drawn to pixels (ARGB, row by row) off the UI thread, with the alt text in the
 * content language that the view gives the image as its accessible text.
 */
public record RenderedIllustration(String id, int width, int height, int[] argb, String alt) {}

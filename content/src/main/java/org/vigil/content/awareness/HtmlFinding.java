package org.vigil.content.awareness;

/** Something wrong in an HTML or SVG file: its line, the element (and attribute) and why. */
record HtmlFinding(int line, String where, String reason) {}

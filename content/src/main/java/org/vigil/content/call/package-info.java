/**
 * The phone calls of the Social Engineering Call game: conversation graphs (the caller's lines, the
 * replies the player may give, where each leads and how each call can end) in {@code calls.json}, and
 * their texts in one file per language ({@code en.json}, {@code pl.json}...), read and checked with
 * every problem named by file, JSON path and reason.
 */
package org.vigil.content.call;

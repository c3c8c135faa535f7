package org.vigil.game.fakeshop;

/**
 * The parts of a page, terms or post a player can move to and flag: the browser's address and tab
 * title, the page's headings, text, prices, form fields and buttons, a clause of terms, and a post's
 * author, handle, link title, link and call to action.
 */
public enum ShopPartKind {
    ADDRESS,
    TITLE,
    HEADING,
    TEXT,
    PRICE,
    FIELD,
    BUTTON,
    CLAUSE,
    AUTHOR,
    HANDLE,
    LINK_TITLE,
    LINK,
    CALL_TO_ACTION
}

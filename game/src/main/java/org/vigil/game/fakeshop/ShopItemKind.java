package org.vigil.game.fakeshop;

/** What an item of the round is: a shop or checkout page, terms and conditions, or a post or ad. */
public enum ShopItemKind {
    SHOP_PAGE,
    TERMS,
    POST
}

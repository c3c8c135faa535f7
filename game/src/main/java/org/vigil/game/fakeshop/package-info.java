/**
 * Fake Shop Detective: shop pages, checkout forms, terms and posts from the awareness content, to trust
 * or not, with their signs of a trap flagged. Rules in plain Java ({@link org.vigil.game.fakeshop.ShopRound}),
 * a thin LibGDX screen on top ({@link org.vigil.game.fakeshop.FakeShopGame}).
 */
package org.vigil.game.fakeshop;

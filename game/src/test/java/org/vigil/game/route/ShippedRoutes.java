package org.vigil.game.route;

import java.util.function.Supplier;
import org.vigil.content.route.RouteLibrary;

/** Route Guard's real content, read once for all tests of the package. */
final class ShippedRoutes {

    private static final Supplier<RouteLibrary> SHIPPED = RouteGuardGames.shipped();

    private ShippedRoutes() {}

    static RouteLibrary get() {
        return SHIPPED.get();
    }

    static Supplier<RouteLibrary> supplier() {
        return SHIPPED;
    }
}

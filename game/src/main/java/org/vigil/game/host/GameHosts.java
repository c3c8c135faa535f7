package org.vigil.game.host;

import java.util.Locale;

/**
 * Picks the host for this machine: embedded where a hidden GLFW window can run beside JavaFX (Linux
 * with a display, Windows), a child process elsewhere (macOS, where GLFW and JavaFX both want the
 * first thread). Where the embedded host fails at run time its session's result completes with a
 * {@link GameHostException}: start the same request on {@link #fallback()}.
 */
public final class GameHosts {

    private final GameHost embedded;
    private final GameHost fallback;

    public GameHosts(GameHost embedded, GameHost fallback) {
        this.embedded = embedded;
        this.fallback = fallback;
    }

    public GameHost preferred() {
        return embeddedWorksHere(
                        System.getProperty("os.name", ""), System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"))
                ? embedded
                : fallback;
    }

    public GameHost fallback() {
        return fallback;
    }

    static boolean embeddedWorksHere(String osName, String display, String waylandDisplay) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return false;
        }
        if (os.contains("win")) {
            return true;
        }
        return (display != null && !display.isBlank()) || (waylandDisplay != null && !waylandDisplay.isBlank());
    }
}

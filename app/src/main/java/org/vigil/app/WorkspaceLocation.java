package org.vigil.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the default workspace lives: the platform's per-user data folder (XDG data dir on Linux,
 * %APPDATA% on Windows, Application Support on macOS).
 */
public final class WorkspaceLocation {

    static final String FILE = "workspace.db";

    private WorkspaceLocation() {}

    public static Path defaultWorkspace() {
        return defaultWorkspace(
                System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path defaultWorkspace(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("Vigil").resolve(FILE);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library")
                    .resolve("Application Support")
                    .resolve("Vigil")
                    .resolve(FILE);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share")
                : Path.of(xdg);
        return base.resolve("vigil").resolve(FILE);
    }
}

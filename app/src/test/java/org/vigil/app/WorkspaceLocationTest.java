package org.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesTheXdgDataHome() {
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", home))
                .isEqualTo(Path.of("/data/ana/vigil/workspace.db"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/ana/.local/share/vigil/workspace.db"));
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of("XDG_DATA_HOME", "relative"), "Linux", home))
                .isEqualTo(Path.of("/home/ana/.local/share/vigil/workspace.db"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of("APPDATA", "/appdata"), "Windows 11", home))
                .isEqualTo(Path.of("/appdata/Vigil/workspace.db"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(WorkspaceLocation.defaultWorkspace(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Vigil/workspace.db"));
    }
}

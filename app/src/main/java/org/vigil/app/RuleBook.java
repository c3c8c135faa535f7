package org.vigil.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRuleLoader;
import org.vigil.core.incident.IncidentDetection;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.store.Workspace;

/**
 * The correlation rules a source is judged by: the packs shipped with Vigil plus any folders the
 * user names, loaded as one set; and the incident detection built from them for a workspace.
 */
public final class RuleBook {

    private final Map<Path, String> builtIn;
    private final CorrelatorConfig config;

    public RuleBook(Map<Path, String> builtIn, CorrelatorConfig config) {
        this.builtIn = Map.copyOf(builtIn);
        this.config = config;
    }

    /** The shipped packs and the rules under {@code folders}; bad rules are listed in the result's problems. */
    public LoadedRules load(List<Path> folders) {
        return new SigmaRuleLoader().load(builtIn, folders);
    }

    public IncidentDetection detection(LoadedRules rules, Workspace workspace, Clock clock, IncidentListener listener) {
        return detection(rules, config, workspace, clock, listener);
    }

    /** Detection with other bounds than the default ones (the command line can set them). */
    public IncidentDetection detection(
            LoadedRules rules, CorrelatorConfig bounds, Workspace workspace, Clock clock, IncidentListener listener) {
        return new IncidentDetection(rules, bounds, workspace.incidents(), clock, listener);
    }
}

package org.vigil.core.training;

import java.util.Locale;

/** The serious-game training modules, each with its stable id as stored with a play's result. */
public enum TrainingModule {
    INBOX_TRIAGE,
    FAKE_SHOP_DETECTIVE,
    ROUTE_GUARD,
    RANSOMWARE_TABLETOP,
    SOCIAL_ENGINEERING_CALL;

    /** The id stored with results and used in bundle keys: {@code inbox-triage}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TrainingModule ofId(String id) {
        for (TrainingModule module : values()) {
            if (module.id().equals(id)) {
                return module;
            }
        }
        throw new IllegalArgumentException("unknown training module: " + id);
    }
}

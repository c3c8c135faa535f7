package org.vigil.app.live;

import java.time.Duration;
import org.vigil.core.replay.ReplaySettings;

/**
 * How fast the workstation replays a scenario: its speed, and the longest wait it sits through
 * before jumping to the next event.
 */
public record ReplayPace(double speed, Duration skipGapsOver) {

    /**
     * Full speed, jumping over quiet spells longer than a quarter of an hour of the story: a pilot's
     * two or three days take two to four minutes, and the attack's bursts still unfold as they would.
     */
    public static final ReplayPace DEMO = new ReplayPace(ReplaySettings.MAX_SPEED, Duration.ofMinutes(15));
}

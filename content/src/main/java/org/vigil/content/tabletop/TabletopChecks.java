package org.vigil.content.tabletop;

import static org.vigil.content.json.JsonFields.child;
import static org.vigil.content.json.JsonFields.element;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.content.json.JsonFields;
import org.vigil.core.model.Scenario;
import org.vigil.core.training.Difficulty;

/**
 * Checks that need the whole exercise and its scenario: asset ids exist, the playbook names one
 * answer per stage that honours every cue the stage teaches, options fit the keys, decisions act no
 * earlier than their stage, and every difficulty has a legitimate stage so false positives are
 * measured.
 */
final class TabletopChecks {

    private final JsonFields json;
    private final Scenario scenario;

    TabletopChecks(JsonFields json, Scenario scenario) {
        this.json = json;
        this.scenario = scenario;
    }

    void check(TabletopExercise exercise) {
        List<AttackStep> attack = exercise.attack();
        for (int i = 0; i < attack.size(); i++) {
            asset(attack.get(i).assetId(), child(element("$.attack", i), "asset"));
        }
        List<String> services = exercise.services();
        for (int i = 0; i < services.size(); i++) {
            String at = element("$.services", i);
            if (asset(services.get(i), at)
                    && scenario.asset(services.get(i))
                            .orElseThrow()
                            .continuity()
                            .isEmpty()) {
                json.report(at, "\"" + services.get(i) + "\" has no continuity targets (RTO, MTPD) to chart");
            }
        }
        double previous = -1;
        List<TabletopStage> stages = exercise.stages();
        for (int i = 0; i < stages.size(); i++) {
            String at = element("$.stages", i);
            TabletopStage stage = stages.get(i);
            if (stage.minute() <= previous) {
                json.report(
                        child(at, "minute"), "stages must follow the clock: " + stage.minute() + " after " + previous);
            }
            previous = stage.minute();
            stage(stage, at);
        }
        for (Difficulty difficulty : Difficulty.values()) {
            List<TabletopStage> played = exercise.stagesAt(difficulty);
            if (played.isEmpty()) {
                json.report("$.stages", "no stage is played at " + difficulty);
            } else if (played.stream().allMatch(TabletopStage::malicious)) {
                json.report(
                        "$.stages",
                        "every stage at " + difficulty
                                + " is under attack: add a legitimate one so false positives are measured");
            }
        }
    }

    private void stage(TabletopStage stage, String path) {
        List<TabletopOption> options = stage.options();
        long recommended = options.stream().filter(TabletopOption::recommended).count();
        if (recommended != 1) {
            json.report(child(path, "options"), "exactly one option must be recommended, found " + recommended);
        }
        for (Difficulty level : stage.levels()) {
            int shown = stage.optionsAt(level).size();
            if (shown < 2 || shown > TabletopReader.MAX_OPTIONS) {
                json.report(
                        child(path, "options"),
                        level + " shows " + shown + " options; a decision needs 2 to " + TabletopReader.MAX_OPTIONS);
            }
        }
        Set<String> stageCues = new HashSet<>(stage.cues());
        for (int i = 0; i < options.size(); i++) {
            String at = element(child(path, "options"), i);
            TabletopOption option = options.get(i);
            if (option.recommended() && option.tempting()) {
                json.report(child(at, "tempting"), "the recommended option cannot be a tempting bad one");
            }
            if (option.recommended() && !new HashSet<>(option.cues()).equals(stageCues)) {
                json.report(
                        child(at, "cues"),
                        "the recommended option must honour every cue of its stage: " + stage.cues());
            }
            for (String cue : option.cues()) {
                if (!stageCues.contains(cue)) {
                    json.report(
                            child(at, "cues"), "cue \"" + cue + "\" is not one of the stage's cues " + stage.cues());
                }
            }
            option(stage, option, at);
        }
    }

    private void option(TabletopStage stage, TabletopOption option, String path) {
        List<PlannedMitigation> mitigations = option.mitigations();
        for (int i = 0; i < mitigations.size(); i++) {
            String at = element(child(path, "mitigations"), i);
            PlannedMitigation m = mitigations.get(i);
            asset(m.assetId(), child(at, "asset"));
            m.requiresIntact().ifPresent(id -> asset(id, child(at, "requiresIntact")));
            if (m.minute() < stage.minute()) {
                json.report(child(at, "minute"), "acts at " + m.minute() + ", before its stage at " + stage.minute());
            }
            if (m.kind() == MitigationKind.REDUNDANT_SUPPLIER
                    && asset(m.supplierId(), child(at, "supplier"))
                    && asset(m.alternativeId(), child(at, "alternative"))
                    && scenario.dependenciesInto(m.assetId()).stream()
                            .noneMatch(d -> d.fromId().equals(m.supplierId()))) {
                json.report(
                        child(at, "supplier"),
                        "\"" + m.assetId() + "\" does not depend on \"" + m.supplierId() + "\" in " + scenario.id());
            }
        }
        List<AttackStep> outages = option.outages();
        for (int i = 0; i < outages.size(); i++) {
            String at = element(child(path, "outages"), i);
            asset(outages.get(i).assetId(), child(at, "asset"));
            if (outages.get(i).minute() < stage.minute()) {
                json.report(
                        child(at, "minute"),
                        "starts at " + outages.get(i).minute() + ", before its stage at " + stage.minute());
            }
        }
    }

    private boolean asset(String id, String path) {
        if (scenario.asset(id).isEmpty()) {
            json.report(path, "no asset \"" + id + "\" in scenario " + scenario.id());
            return false;
        }
        return true;
    }
}

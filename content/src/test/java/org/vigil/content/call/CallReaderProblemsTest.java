package org.vigil.content.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.content.awareness.ContentProblem;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.awareness.Language;

/** Bad calls give clear problems: the file, the JSON path and the reason, all of them in one pass. */
class CallReaderProblemsTest {

    /** Files in memory, so each test writes just the content it needs. */
    private static final class Files implements ContentSource {
        private final Map<String, String> files = new HashMap<>();

        Files with(String path, String text) {
            files.put(path, text);
            return this;
        }

        @Override
        public Optional<byte[]> read(String path) {
            return Optional.ofNullable(files.get(path)).map(t -> t.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Optional<List<String>> listAll() {
            return Optional.of(List.copyOf(files.keySet()));
        }
    }

    private static String calls(String call) {
        return "{\"formatVersion\": 1, \"calls\": [" + call + "]}";
    }

    /** A small impostor's call whose nodes the test writes. */
    private static String call(String nodes, String ends) {
        return """
                {"id": "test-call", "difficulty": "EASY", "malicious": true, "time": "09:00",
                 "cues": ["asks-password"], "start": "start",
                 "nodes": [%s],
                 "ends": [%s]}
                """.formatted(nodes, ends);
    }

    private static final String ENDS = """
            {"id": "gave", "outcome": "DISCLOSED", "safe": false, "discloses": "PASSWORD"},
            {"id": "safe", "outcome": "REFUSED", "safe": true}""";

    private static List<ContentProblem> scriptProblems(String callsJson) {
        return new CallReader(new Files().with("calls.json", callsJson))
                .scripts()
                .problems();
    }

    @Test
    void aReplyThatLeadsNowhereIsReportedWithItsPath() {
        // given
        String nodes = """
                {"id": "start", "replies": [
                  {"id": "give", "end": "gave"},
                  {"id": "refuse", "end": "safe", "acts": ["asks-password"]},
                  {"id": "lost"}]}""";

        // when
        List<ContentProblem> problems = scriptProblems(calls(call(nodes, ENDS)));

        // then
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("calls.json");
            assertThat(p.path()).isEqualTo("$.calls[0].nodes[0].replies[2]");
            assertThat(p.message()).contains("must lead somewhere");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void unknownTargetsUnreachableNodesAndLoopsAreAllReportedAtOnce() {
        // given
        String nodes = """
                {"id": "start", "replies": [
                  {"id": "give", "end": "gave"},
                  {"id": "refuse", "end": "safe", "acts": ["asks-password"]},
                  {"id": "ask", "next": "again"}]},
                {"id": "again", "replies": [
                  {"id": "back", "next": "start"},
                  {"id": "nowhere", "next": "missing-node"},
                  {"id": "wrong-end", "end": "no-such-end", "acts": ["urgency-pressure"]}]},
                {"id": "island", "replies": [
                  {"id": "i1", "end": "gave"},
                  {"id": "i2", "end": "safe"}]}""";

        // when
        List<ContentProblem> problems = scriptProblems(calls(call(nodes, ENDS)));

        // then
        assertThat(problems)
                .extracting(ContentProblem::path, ContentProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "$.calls[0].nodes[1].replies[1].next", "no node \"missing-node\""),
                        org.assertj.core.groups.Tuple.tuple(
                                "$.calls[0].nodes[1].replies[2].end", "no end \"no-such-end\""),
                        org.assertj.core.groups.Tuple.tuple(
                                "$.calls[0].nodes[1].replies[2].acts[0]",
                                "\"urgency-pressure\" is not one of this call's cues"),
                        org.assertj.core.groups.Tuple.tuple(
                                "$.calls[0].nodes[2]", "node \"island\" cannot be reached"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("is on a loop"));
    }

    @Test
    void aTurnWithOneReplyAndAnImpostorWithoutUnsafeEndAreReported() {
        // given
        String nodes = """
                {"id": "start", "replies": [{"id": "refuse", "end": "safe", "acts": ["asks-password"]}]}""";
        String ends = """
                {"id": "safe", "outcome": "REFUSED", "safe": true}""";

        // when
        List<ContentProblem> problems = scriptProblems(calls(call(nodes, ends)));

        // then
        assertThat(problems)
                .extracting(ContentProblem::path, ContentProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "$.calls[0].nodes[0].replies", "a turn offers 2 to 4 replies, not 1"),
                        org.assertj.core.groups.Tuple.tuple(
                                "$.calls[0].ends",
                                "an impostor's call needs at least one unsafe end to teach anything"));
    }

    @Test
    void misspeltFieldsAndUnknownValuesAreNamed() {
        // given
        String json = calls("""
                {"id": "Bad Id", "difficulty": "VERY_HARD", "malicious": "yes", "time": "09:00",
                 "cues": [], "start": "start", "nodse": [], "ends": []}""");

        // when
        List<ContentProblem> problems = scriptProblems(json);

        // then
        assertThat(problems)
                .extracting(ContentProblem::path)
                .contains(
                        "$.calls[0].id",
                        "$.calls[0].difficulty",
                        "$.calls[0].malicious",
                        "$.calls[0].nodse",
                        "$.calls[0].nodes");
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("expected one of EASY, MEDIUM, HARD"));
    }

    @Test
    void brokenJsonIsReportedWithItsLine() {
        // when
        List<ContentProblem> problems = scriptProblems("{\n\"formatVersion\": 1,\n\"calls\": [\n}");

        // then
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("calls.json");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void aLanguageFileMissingTextsOrWithStrayOnesIsReported() {
        // given
        String nodes = """
                {"id": "start", "replies": [
                  {"id": "give", "end": "gave"},
                  {"id": "refuse", "end": "safe", "acts": ["asks-password"]}]}""";
        String texts = """
                {"formatVersion": 1, "language": "el", "calls": {"test-call": {
                  "caller": "IT", "number": "210 555 0100",
                  "lines": {"start": "Καλημέρα"},
                  "replies": {"give": "Ορίστε", "refsue": "Όχι"},
                  "ends": {"gave": "Κακό", "safe": "Καλό"},
                  "cues": {"asks-password": "Γιατί"},
                  "safeMove": "Κλείστε"}}}""";
        Files files = new Files().with("calls.json", calls(call(nodes, ENDS))).with("el.json", texts);

        // when
        CallReadResult<PhoneCall> read = new CallReader(files).read(Language.EL);

        // then
        assertThat(read.calls()).isEmpty();
        assertThat(read.problems())
                .extracting(ContentProblem::file, ContentProblem::path, ContentProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "el.json", "$.calls.test-call.replies", "missing the text of \"refuse\""),
                        org.assertj.core.groups.Tuple.tuple(
                                "el.json",
                                "$.calls.test-call.replies.refsue",
                                "\"refsue\" is not in the call's graph; expected [give, refuse]"));
    }

    @Test
    void aMissingLanguageFileIsReported() {
        // given
        String nodes = """
                {"id": "start", "replies": [
                  {"id": "give", "end": "gave"},
                  {"id": "refuse", "end": "safe", "acts": ["asks-password"]}]}""";

        // when
        List<ContentProblem> problems =
                new CallReader(new Files().with("calls.json", calls(call(nodes, ENDS)))).check();

        // then
        assertThat(problems).extracting(ContentProblem::file).contains("en.json", "pl.json", "el.json");
    }
}

package org.vigil.content.call;

import java.util.ArrayList;
import java.util.List;
import org.vigil.content.awareness.ContentProblem;
import org.vigil.content.awareness.ContentSource;
import org.vigil.content.awareness.Language;
import org.vigil.content.json.JsonDocument;
import org.vigil.content.json.JsonFields;
import org.vigil.content.json.ProblemSink;

/**
 * Reads the calls from a content source: the graphs alone (cheap, for what each difficulty teaches),
 * the calls in one language (what a game needs: one texts file, not nine), or everything with every
 * problem of every file (for tests and content writers). A call with a problem is left out; the
 * problems say why.
 */
public final class CallReader {

    private final ContentSource source;

    public CallReader(ContentSource source) {
        this.source = source;
    }

    /** The calls shipped with Vigil. */
    public static CallReader shipped() {
        return new CallReader(ContentSource.classpath(CallReader.class, "/org/vigil/content/call/"));
    }

    /** The checked graphs of every call, without texts. */
    public CallReadResult<CallScript> scripts() {
        List<ContentProblem> problems = new ArrayList<>();
        return new CallReadResult<>(graphs(problems).valid(), problems);
    }

    /** Every call complete in one language. */
    public CallReadResult<PhoneCall> read(Language language) {
        List<ContentProblem> problems = new ArrayList<>();
        Graphs graphs = graphs(problems);
        List<PhoneCall> calls = texts(language, graphs, problems);
        return new CallReadResult<>(calls, problems);
    }

    /** Every problem of the graphs and of each language's texts, all at once. */
    public List<ContentProblem> check() {
        List<ContentProblem> problems = new ArrayList<>();
        Graphs graphs = graphs(problems);
        for (Language language : Language.values()) {
            texts(language, graphs, problems);
        }
        return List.copyOf(problems);
    }

    /**
     * The graphs as read and those that also passed the graph checks: texts are checked against every
     * call read, so a call with a broken graph does not make its texts look like strays.
     */
    private record Graphs(List<CallScript> read, List<CallScript> valid) {}

    private Graphs graphs(List<ContentProblem> problems) {
        return JsonDocument.read(source::read, CallScriptsFile.FILE, "missing file", sink(problems))
                .map(JsonFields::new)
                .map(json -> {
                    CallGraphCheck graph = new CallGraphCheck(json);
                    List<CallScriptsFile.Located> read = new CallScriptsFile(json).read();
                    return new Graphs(
                            read.stream().map(CallScriptsFile.Located::script).toList(),
                            read.stream()
                                    .filter(located -> graph.check(located.script(), located.path()))
                                    .map(CallScriptsFile.Located::script)
                                    .toList());
                })
                .orElseGet(() -> new Graphs(List.of(), List.of()));
    }

    private List<PhoneCall> texts(Language language, Graphs graphs, List<ContentProblem> problems) {
        String missing = "missing file: every language needs its call texts";
        return JsonDocument.read(source::read, CallTextsFile.file(language), missing, sink(problems))
                .map(json -> new CallTextsFile(new JsonFields(json), language).read(graphs.read()))
                .orElse(List.of())
                .stream()
                .filter(call -> graphs.valid().contains(call.script()))
                .toList();
    }

    private static ProblemSink sink(List<ContentProblem> problems) {
        return (file, line, path, message) -> problems.add(new ContentProblem(file, line, path, message));
    }
}

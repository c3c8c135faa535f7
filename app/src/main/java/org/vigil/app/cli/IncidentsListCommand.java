package org.vigil.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.app.RuleBook;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil incidents list [--json] [--state STATE] [--limit N]}: the incidents correlation raised,
 * most recently changed first. The table is for people, in their language and time zone; JSON is for
 * scripts, with English names, ISO-8601 UTC times and every detail (events, entities, notes, trail).
 * The table's titles are translated where the shipped rule packs translate them; JSON keeps the
 * stored English title.
 */
@Command(name = "list", mixinStandardHelpOptions = true)
final class IncidentsListCommand implements Callable<Integer> {

    static final int DEFAULT_LIMIT = 1_000;

    private final CliContext context;
    private final RuleBook ruleBook;
    private final ZoneId zone;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.incidents.list.json")
    private boolean json;

    @Option(names = "--state", paramLabel = "STATE", descriptionKey = "cli.incidents.list.state")
    private String state;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.incidents.list.limit")
    private int limit = DEFAULT_LIMIT;

    IncidentsListCommand(CliContext context, RuleBook ruleBook, ZoneId zone) {
        this.context = context;
        this.ruleBook = ruleBook;
        this.zone = zone;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        IncidentState wanted = state == null ? null : parseState();
        if (limit < 1) {
            throw new ParameterException(
                    spec.commandLine(), context.messages().text("cli.incidents.list.badLimit", limit));
        }
        try (Workspace workspace = context.openWorkspace(spec)) {
            if (workspace == null) {
                return 1;
            }
            List<IncidentSummary> incidents = workspace.incidents().list(Integer.MAX_VALUE).stream()
                    .filter(i -> wanted == null || i.state() == wanted)
                    .limit(limit)
                    .toList();
            PrintWriter out = CliContext.out(spec);
            if (json) {
                out.println(asJson(workspace, incidents));
            } else if (incidents.isEmpty()) {
                out.println(context.messages().text("cli.incidents.list.empty", context.workspaceName()));
            } else {
                printTable(out, incidents);
            }
            out.flush();
            return 0;
        }
    }

    private IncidentState parseState() {
        try {
            return IncidentState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String names = String.join(
                    ", ",
                    Arrays.stream(IncidentState.values())
                            .map(s -> s.name().toLowerCase(Locale.ROOT))
                            .toList());
            throw new ParameterException(
                    spec.commandLine(), context.messages().text("cli.incidents.list.unknownState", state, names));
        }
    }

    private void printTable(PrintWriter out, List<IncidentSummary> incidents) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(context.messages().language().locale())
                .withZone(zone);
        RuleTitles titles = new RuleTitles(ruleBook.load(List.of()));
        String language = context.messages().language().tag();
        List<String[]> rows = new ArrayList<>();
        rows.add(Arrays.stream(
                        context.messages().text("cli.incidents.list.header").split("\\|"))
                .map(String::strip)
                .toArray(String[]::new));
        for (IncidentSummary incident : incidents) {
            rows.add(new String[] {
                incident.id(),
                context.messages().text("eventSeverity." + incident.severity().name()),
                context.messages().text("incidentState." + incident.state().name()),
                Integer.toString(incident.eventCount()),
                time.format(incident.lastEventTime()),
                titles.title(incident.ruleId(), language, incident.title()),
                String.join(" ", incident.assetIds())
            });
        }
        new TextTable(rows).print(out);
    }

    private static String asJson(Workspace workspace, List<IncidentSummary> incidents) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (IncidentSummary summary : incidents) {
            workspace.incidents().find(summary.id()).ifPresent(incident -> array.add(asJson(mapper, incident)));
        }
        return mapper.writeValueAsString(array);
    }

    private static ObjectNode asJson(ObjectMapper mapper, Incident incident) {
        IncidentSummary s = incident.summary();
        ObjectNode node = mapper.createObjectNode()
                .put("id", s.id())
                .put("rule", s.ruleId())
                .put("title", s.title())
                .put("severity", s.severity().name().toLowerCase(Locale.ROOT))
                .put("state", s.state().name().toLowerCase(Locale.ROOT))
                .put("firstEventTime", s.firstEventTime().toString())
                .put("lastEventTime", s.lastEventTime().toString())
                .put("updatedAt", s.updatedAt().toString())
                .put("eventCount", s.eventCount());
        node.set("group", mapper.valueToTree(incident.group()));
        node.set("assets", mapper.valueToTree(s.assetIds()));
        node.set("techniques", mapper.valueToTree(s.techniques()));
        node.set("events", mapper.valueToTree(incident.eventIds()));
        ArrayNode entities = node.putArray("entities");
        incident.entities()
                .forEach(e -> entities.addObject()
                        .put("type", e.type().name().toLowerCase(Locale.ROOT))
                        .put("value", e.value()));
        ArrayNode notes = node.putArray("notes");
        incident.notes()
                .forEach(n -> notes.addObject()
                        .put("writtenAt", n.writtenAt().toString())
                        .put("author", n.author())
                        .put("text", n.text()));
        ArrayNode changes = node.putArray("changes");
        incident.changes()
                .forEach(c -> changes.addObject()
                        .put("changedAt", c.changedAt().toString())
                        .put("author", c.author())
                        .put("kind", c.kind().name().toLowerCase(Locale.ROOT))
                        .put("detail", c.detail()));
        return node;
    }
}

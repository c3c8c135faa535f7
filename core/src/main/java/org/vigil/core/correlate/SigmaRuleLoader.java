package org.vigil.core.correlate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads Sigma detection and correlation rules from {@code .yml}/{@code .yaml} files: a folder (and
 * its sub-folders, in path order; symbolic links are not followed) or a single file. A file may hold several YAML documents
 * separated by {@code ---}. A rule that cannot be used is skipped and reported as a {@link
 * RuleProblem} naming the file, the document's first line and, where known, the YAML path; the
 * other rules still load. A correlation that refers to a rule that did not load is skipped too.
 */
public final class SigmaRuleLoader {

    /** Larger files are not read. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    /** How deep below the folder files are looked for. */
    public static final int MAX_FOLDER_DEPTH = 16;

    /** Loads every rule file under {@code location} (a folder or one file). */
    public LoadedRules load(Path location) {
        return load(Map.of(), List.of(location));
    }

    /**
     * Loads rule texts (the packs shipped with Vigil, named by their resource path) and every rule
     * file under the given locations as one set, so a correlation may refer to a rule in another file.
     */
    public LoadedRules load(Map<Path, String> texts, List<Path> locations) {
        List<RuleProblem> problems = new ArrayList<>();
        ReferenceResolver resolver = new ReferenceResolver(problems);
        new TreeMap<>(texts).forEach((file, text) -> loadText(file, text, resolver, problems));
        for (Path location : locations) {
            for (Path file : ruleFiles(location, problems)) {
                String text = read(file, problems);
                if (text != null) {
                    loadText(file, text, resolver, problems);
                }
            }
        }
        return resolver.resolve();
    }

    private static List<Path> ruleFiles(Path location, List<RuleProblem> problems) {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(location)) {
            files.add(location);
        } else if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location, MAX_FOLDER_DEPTH)) {
                walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                        .filter(SigmaRuleLoader::isRuleFile)
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | RuntimeException e) {
                problems.add(new RuleProblem(location, "cannot list the folder: " + e.getMessage()));
            }
        } else {
            problems.add(new RuleProblem(location, "no such file or folder"));
        }
        return files;
    }

    /** Loads rules from YAML text, as if read from {@code file}. */
    public LoadedRules load(Path file, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        ReferenceResolver resolver = new ReferenceResolver(problems);
        loadText(file, text, resolver, problems);
        return resolver.resolve();
    }

    private static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    private static String read(Path file, List<RuleProblem> problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(new RuleProblem(file, "larger than " + MAX_FILE_BYTES + " bytes"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(new RuleProblem(file, "not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new RuleProblem(file, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    private static void loadText(Path file, String text, ReferenceResolver resolver, List<RuleProblem> problems) {
        YamlDocuments.Result result = YamlDocuments.read(text);
        for (YamlDocuments.Document document : result.documents()) {
            JsonNode root = document.root();
            if (root.isNull() || (root.isTextual() && root.asText().isBlank())) {
                continue;
            }
            try {
                if (!root.isObject()) {
                    throw new RuleException("", "a rule must be a YAML map");
                }
                loadDocument(root, file, document.line(), resolver);
            } catch (RuleException e) {
                problems.add(new RuleProblem(file, where(document.line(), root) + e.describe()));
            }
        }
        if (result.error() != null) {
            problems.add(new RuleProblem(file, result.error()));
        }
    }

    private static void loadDocument(JsonNode root, Path file, int line, ReferenceResolver resolver) {
        if (root.has("action")) {
            throw new RuleException("action", "rule collections (action: global/reset/repeat) are not supported");
        }
        if (root.has("filter")) {
            throw new RuleException("filter", "Sigma filters are not supported");
        }
        RuleMeta meta = RuleMeta.parse(root, file, line);
        if (root.has("correlation")) {
            if (root.has("detection")) {
                throw new RuleException("", "a rule has either detection or correlation, not both");
            }
            resolver.add(CorrelationRule.parse(root, meta));
        } else if (root.has("detection")) {
            resolver.add(SigmaRule.parse(root, meta));
        } else {
            throw new RuleException("", "neither a detection nor a correlation rule");
        }
    }

    /** "line 12 ('Title'): " for problem reasons. */
    static String where(int line, JsonNode root) {
        JsonNode title = root.isObject() ? root.get("title") : null;
        String named = title != null && title.isValueNode() && !title.asText().isBlank()
                ? " ('" + title.asText().strip() + "')"
                : "";
        return "line " + line + named + ": ";
    }
}

package org.vigil.core.correlate;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.core.feed.KnownFieldNames;

/**
 * The raw-record fields a set of rules can ask for, so an event's record is flattened only as far as
 * they look: flattening everything cost more than matching every rule. Names are compared ignoring
 * case, as rules look them up. A rule with a keyword search (which reads every value) demands
 * {@link #everything()}.
 */
public final class FieldDemand {

    private static final FieldDemand EVERYTHING = new FieldDemand(null);

    /** A trie of lower-cased name segments; null when every field is demanded. */
    private final Node root;

    private FieldDemand(Node root) {
        this.root = root;
    }

    public static FieldDemand everything() {
        return EVERYTHING;
    }

    /** The fields with the given dotted names (in any case); an empty name means every field. */
    public static FieldDemand of(Collection<String> names) {
        Node root = new Node();
        for (String name : names) {
            if (name.isEmpty()) {
                return EVERYTHING;
            }
            Node node = root;
            for (String segment : name.toLowerCase(Locale.ROOT).split("\\.", -1)) {
                node = node.children.computeIfAbsent(segment, k -> new Node());
            }
            node.wanted = true;
        }
        root.seal();
        return new FieldDemand(root);
    }

    /** The fields the detection rules can ask for. */
    public static FieldDemand ofRules(Collection<SigmaRule> rules) {
        Set<String> names = new HashSet<>();
        rules.forEach(rule -> rule.addFields(names));
        return of(names);
    }

    /** The fields every rule and correlation of the set can ask for. */
    public static FieldDemand of(LoadedRules rules) {
        Set<String> names = new HashSet<>();
        rules.rules().forEach(rule -> rule.addFields(names));
        for (CorrelationRule correlation : rules.correlations()) {
            for (String key : correlation.rules()) {
                correlation.groupBy().forEach(name -> names.add(correlation.fieldFor(name, key)));
                if (correlation.field() != null) {
                    names.add(correlation.fieldFor(correlation.field(), key));
                }
            }
        }
        return of(names);
    }

    boolean isEverything() {
        return root == null;
    }

    Node root() {
        return root;
    }

    /** One level of dotted names; read-only once built, so threads may share it. */
    static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private boolean wanted;
        /** The children's names, for reading keys without making strings of them; set once built. */
        private KnownFieldNames names;

        private void seal() {
            names = KnownFieldNames.of(children.keySet().toArray(String[]::new));
            children.values().forEach(Node::seal);
        }

        KnownFieldNames names() {
            return names;
        }

        /** The child for a record's key, ignoring case; null when no demanded name goes that way. */
        Node child(String key) {
            Node child = children.get(key);
            if (child == null && hasUpperCase(key)) {
                child = children.get(key.toLowerCase(Locale.ROOT));
            }
            return child;
        }

        boolean wanted() {
            return wanted;
        }

        boolean hasChildren() {
            return !children.isEmpty();
        }

        private static boolean hasUpperCase(String key) {
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (Character.isUpperCase(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}

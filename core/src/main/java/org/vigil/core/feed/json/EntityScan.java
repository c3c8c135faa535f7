package org.vigil.core.feed.json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.feed.AttackTechniques;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.json.JsonWalk.Leaf;

/**
 * The entities and ATT&amp;CK techniques a record names, from every value: users, hosts, device
 * and vehicle ids and domains by the name of their key ({@link EntityKeys}); IP addresses, URLs (and their hosts),
 * email addresses and file hashes by their shape, anywhere in a text. In document order, each
 * once, at most {@value #MAX_ENTITIES} entities and {@value #MAX_TECHNIQUES} techniques; only the
 * first {@value #SCAN_LENGTH} characters of a value are scanned.
 */
final class EntityScan {

    static final int MAX_ENTITIES = 200;
    static final int MAX_TECHNIQUES = 32;
    static final int SCAN_LENGTH = 4096;

    /** Words of a key that say a hex value under an {@code …Id} key is a file hash after all (a threat id is one). */
    private static final Set<String> HASH_WORDS = Set.of("sha256", "sha1", "md5", "hash", "checksum", "threat", "file");

    private EntityScan() {}

    record Found(List<Entity> entities, List<String> techniques) {}

    static Found of(List<Leaf> leaves) {
        Set<Entity> entities = new LinkedHashSet<>();
        List<String> techniques = new ArrayList<>();
        for (Leaf leaf : leaves) {
            if (entities.size() >= MAX_ENTITIES) {
                break;
            }
            EntityKeys.add(leaf, entities);
            if (leaf.isText()) {
                String text = leaf.text();
                String scanned = text.length() > SCAN_LENGTH ? text.substring(0, SCAN_LENGTH) : text;
                byShape(leaf.key(), scanned, entities);
                if (techniques.size() < MAX_TECHNIQUES) {
                    AttackTechniques.scan(scanned, techniques);
                }
            }
        }
        List<Entity> list = new ArrayList<>(entities);
        return new Found(
                list.size() > MAX_ENTITIES ? list.subList(0, MAX_ENTITIES) : list,
                techniques.size() > MAX_TECHNIQUES ? techniques.subList(0, MAX_TECHNIQUES) : techniques);
    }

    private static void byShape(String key, String text, Set<Entity> entities) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || isSeparator(text.charAt(i));
            if (separator && start >= 0) {
                token(key, text, start, i, entities);
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || ",;\"'<>()[]{}|`".indexOf(c) >= 0;
    }

    private static void token(String key, String text, int from, int to, Set<Entity> entities) {
        String token = trimEnd(text.substring(from, to));
        if (token.length() < 3) {
            return;
        }
        String host = ValueShapes.urlHost(token);
        if (host != null) {
            entities.add(new Entity(EntityType.URL, token));
            addHost(host, entities);
            return;
        }
        boolean messageId = lastWordIsId(key) && text.startsWith("<") && text.endsWith(">");
        for (String part : token.split("=")) {
            String value = trimEnd(part.toLowerCase(Locale.ROOT).startsWith("mailto:") ? part.substring(7) : part);
            if (ValueShapes.isIp(value)) {
                entities.add(new Entity(EntityType.IP, value));
            } else if (isIpv4WithPort(value)) {
                entities.add(new Entity(EntityType.IP, value.substring(0, value.indexOf(':'))));
            } else if (ValueShapes.isEmail(value)) {
                // A Message-ID (<…@host> under a key such as messageId) looks like an address but names a message.
                if (!messageId) {
                    entities.add(new Entity(EntityType.EMAIL, value));
                }
            } else if (ValueShapes.isHash(value) && mayBeHash(key)) {
                entities.add(new Entity(EntityType.FILE_HASH, value));
            }
        }
    }

    private static void addHost(String host, Set<Entity> entities) {
        if (ValueShapes.isIp(host)) {
            entities.add(new Entity(EntityType.IP, host));
        } else if (ValueShapes.isDomain(host)) {
            entities.add(new Entity(EntityType.DOMAIN, host));
        } else if (host.indexOf('.') < 0) {
            entities.add(new Entity(EntityType.HOST, host));
        }
    }

    /** Sentence punctuation after a value ("… from 10.0.0.1.") is not part of it. */
    private static String trimEnd(String token) {
        int end = token.length();
        while (end > 0 && ".:!?".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(0, end);
    }

    private static boolean isIpv4WithPort(String value) {
        int colon = value.indexOf(':');
        if (colon < 7 || colon != value.lastIndexOf(':') || colon == value.length() - 1) {
            return false;
        }
        for (int i = colon + 1; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return ValueShapes.isIpv4(value, 0, colon);
    }

    /**
     * Hex under an identifier key (server_id, SessionId) is an identifier, unless the key also says
     * hash, file or threat.
     */
    private static boolean mayBeHash(String key) {
        List<String> words = KeyWords.words(key);
        return !lastWordIsId(key) || words.stream().anyMatch(HASH_WORDS::contains);
    }

    private static boolean lastWordIsId(String key) {
        List<String> words = KeyWords.words(key);
        return !words.isEmpty() && words.get(words.size() - 1).equals("id");
    }
}

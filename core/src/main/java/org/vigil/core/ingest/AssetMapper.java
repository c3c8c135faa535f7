package org.vigil.core.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.core.correlate.EventFields;
import org.vigil.core.correlate.FieldDemand;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.Event;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetIdentifier;
import org.vigil.core.model.Scenario;

/**
 * Finds the assets an event concerns from the entities it names and the assets' identifiers: IP
 * addresses exactly or within a CIDR network (the most specific network wins), host names with or
 * without their domain, domains and URLs by host, user names with or without a domain part, email
 * addresses, device and vehicle ids. Assets are named {@code scenario/asset}. Built once, then
 * read by any number of threads.
 */
public final class AssetMapper {

    private final Map<String, List<String>> exact = new HashMap<>();
    /** IPv6 networks; IPv4 addresses and networks are in {@link #ipv4}. */
    private final List<Network> networks = new ArrayList<>();

    private final Ipv4Assets ipv4;
    private final List<TaggedAssets> tagged = new ArrayList<>();
    private final FieldDemand taggedDemand;

    private record Network(IpNetwork network, String asset) {}

    /** A tag rule with the assets it maps matching events to. */
    private record TaggedAssets(TagRule rule, List<String> assets) {}

    public AssetMapper(List<Scenario> scenarios) {
        this(scenarios, List.of());
    }

    public AssetMapper(List<Scenario> scenarios, List<TagRule> tagRules) {
        Ipv4Assets.Builder ipv4Assets = new Ipv4Assets.Builder();
        for (Scenario scenario : scenarios) {
            for (Asset asset : scenario.assets()) {
                String ref = scenario.id() + "/" + asset.id();
                for (AssetIdentifier identifier : asset.identifiers()) {
                    index(identifier, ref, ipv4Assets);
                }
            }
        }
        ipv4 = ipv4Assets.build();
        for (TagRule rule : tagRules) {
            List<String> assets = scenarios.stream()
                    .filter(s -> rule.scenarioId().map(s.id()::equals).orElse(true))
                    .flatMap(s -> s.assets().stream()
                            .filter(a -> a.tags().contains(rule.assetTag()))
                            .map(a -> s.id() + "/" + a.id()))
                    .toList();
            if (!assets.isEmpty()) {
                tagged.add(new TaggedAssets(rule, assets));
            }
        }
        taggedDemand =
                FieldDemand.ofRules(tagged.stream().map(t -> t.rule().rule()).toList());
        // Most specific first, so that a host inside a /24 inside a /16 maps to the /24's asset.
        networks.sort((a, b) ->
                Integer.compare(b.network().prefixLength(), a.network().prefixLength()));
    }

    private void index(AssetIdentifier identifier, String ref, Ipv4Assets.Builder ipv4Assets) {
        String value = identifier.value().strip();
        switch (identifier.type()) {
            case IP ->
                IpNetwork.parseAddress(value).ifPresent(bytes -> {
                    if (bytes.length == 4) {
                        ipv4Assets.address(Ipv4Assets.address(bytes), ref);
                    } else {
                        add("ip:" + IpNetwork.key(bytes), ref);
                    }
                });
            case CIDR ->
                IpNetwork.parse(value).ifPresent(n -> {
                    if (n.address().length == 4) {
                        ipv4Assets.network(Ipv4Assets.address(n.address()), n.prefixLength(), ref);
                    } else {
                        networks.add(new Network(n, ref));
                    }
                });
            case HOSTNAME -> {
                String host = lower(value);
                add("host:" + host, ref);
                add("short:" + shortName(host), ref);
            }
            case USER_NAME -> add("user:" + userKey(value), ref);
            case EMAIL -> {
                add("email:" + lower(value), ref);
                add("user:" + userKey(value), ref);
            }
            case DEVICE_ID -> add("device:" + lower(value), ref);
            case VEHICLE_ID -> add("vehicle:" + lower(value), ref);
        }
    }

    private void add(String key, String ref) {
        List<String> refs = exact.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!refs.contains(ref)) {
            refs.add(ref);
        }
    }

    /**
     * The event with the assets it concerns: those it already names (a scripted event knows its
     * asset), then those its entities name, then those of the tags its tag rules match, in that order.
     */
    public Event map(Event event) {
        List<String> given = event.assetIds();
        List<List<String>> found = null;
        for (Entity entity : event.entities()) {
            List<String> refs = assetsOf(entity);
            if (!refs.isEmpty()) {
                if (found == null) {
                    found = new ArrayList<>(event.entities().size());
                }
                found.add(refs);
            }
        }
        List<String> byTags = tagged.isEmpty() ? List.of() : byTags(event);
        if (found == null && byTags.isEmpty() && given.size() <= 1) {
            return event; // names nothing modelled: no sets to build
        }
        Set<String> assets = new LinkedHashSet<>(given);
        if (found != null) {
            addResolvingNamesakes(found, assets);
        }
        assets.addAll(byTags);
        return assets.size() == given.size() ? event : event.withAssets(List.copyOf(assets));
    }

    /** The assets of the tags whose tag rules the event matches, in the rules' order. */
    private List<String> byTags(Event event) {
        EventFields fields = EventFields.of(event, taggedDemand);
        List<String> assets = List.of();
        for (TaggedAssets rule : tagged) {
            if (rule.rule().rule().matches(fields)) {
                if (assets.isEmpty()) {
                    assets = new ArrayList<>();
                }
                assets.addAll(rule.assets());
            }
        }
        return assets;
    }

    /**
     * Adds every entity's assets (each list not empty), except that a name found in several scenarios (two firms' {@code
     * m.ferreira}, a shared {@code admin}) keeps only the scenarios the rest of the event points at,
     * when something in it points at one: the workstation it ran on tells whose account it was.
     */
    private static void addResolvingNamesakes(List<List<String>> found, Set<String> assets) {
        // One asset of each scenario the event points at; few, so a list and no scenario strings.
        List<String> anchors = new ArrayList<>(assets);
        for (List<String> refs : found) {
            if (spansOneScenario(refs)) {
                anchors.add(refs.get(0));
            }
        }
        for (List<String> refs : found) {
            if (anchors.isEmpty() || spansOneScenario(refs)) {
                assets.addAll(refs);
                continue;
            }
            boolean anyAnchored = false;
            for (String ref : refs) {
                if (inScenarioOfAny(ref, anchors)) {
                    assets.add(ref);
                    anyAnchored = true;
                }
            }
            if (!anyAnchored) {
                assets.addAll(refs);
            }
        }
    }

    private static boolean spansOneScenario(List<String> refs) {
        String first = refs.get(0);
        for (int i = 1; i < refs.size(); i++) {
            if (!sameScenario(refs.get(i), first)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inScenarioOfAny(String ref, List<String> others) {
        for (String other : others) {
            if (sameScenario(ref, other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two {@code scenario/asset} names share their scenario. */
    private static boolean sameScenario(String ref, String other) {
        int length = other.indexOf('/') + 1; // the scenario and its slash
        return ref.regionMatches(0, other, 0, length);
    }

    List<String> assetsOf(Entity entity) {
        String value = entity.value().strip();
        return switch (entity.type()) {
            case IP -> byIp(value);
            case HOST, DOMAIN -> byHost(lower(value));
            case URL -> byHost(hostOfUrl(value));
            case USER, EMAIL -> byUser(value);
            case DEVICE_ID -> lookup("device:" + lower(value));
            case VEHICLE_ID -> lookup("vehicle:" + lower(value));
            case FILE_HASH -> List.of();
        };
    }

    /**
     * An address names one mailbox: the assets with exactly that address, if any. Only failing that
     * does its bare user name count, which would otherwise also match namesakes in other
     * organisations (two firms' {@code m.ferreira} are different people).
     */
    private List<String> byUser(String value) {
        if (value.indexOf('@') > 0) {
            List<String> exactAddress = lookup("email:" + lower(value));
            if (!exactAddress.isEmpty()) {
                return exactAddress;
            }
        }
        return lookup("user:" + userKey(value));
    }

    private List<String> byIp(String value) {
        long plain = IpNetwork.plainIpv4Address(value);
        if (plain >= 0) {
            return ipv4.find((int) plain);
        }
        var parsed = IpNetwork.parseAddress(value);
        if (parsed.isEmpty()) {
            return List.of();
        }
        byte[] bytes = parsed.get();
        if (bytes.length == 4) {
            return ipv4.find(Ipv4Assets.address(bytes));
        }
        List<String> found = lookup("ip:" + IpNetwork.key(bytes));
        if (!found.isEmpty()) {
            return found;
        }
        for (Network network : networks) {
            if (network.network().contains(bytes)) {
                int prefix = network.network().prefixLength();
                // every asset on the most specific matching network
                return networks.stream()
                        .filter(n -> n.network().prefixLength() == prefix
                                && n.network().contains(bytes))
                        .map(Network::asset)
                        .distinct()
                        .toList();
            }
        }
        return List.of();
    }

    private List<String> byHost(String host) {
        if (host.isEmpty()) {
            return List.of();
        }
        List<String> found = lookup("host:" + host);
        if (!found.isEmpty()) {
            return found;
        }
        // "web01" in a log may name "web01.shop.example" in the model, and the other way round
        List<String> byShort = lookup("short:" + host);
        if (!byShort.isEmpty()) {
            return byShort;
        }
        return host.contains(".") ? lookup("host:" + shortName(host)) : List.of();
    }

    private List<String> lookup(String key) {
        return exact.getOrDefault(key, List.of());
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static String shortName(String host) {
        int dot = host.indexOf('.');
        return dot > 0 ? host.substring(0, dot) : host;
    }

    /** {@code CORP\ana}, {@code ana@corp.example} and {@code Ana} are one user. */
    private static String userKey(String user) {
        String value = lower(user);
        int backslash = value.lastIndexOf('\\');
        if (backslash >= 0) {
            value = value.substring(backslash + 1);
        }
        int at = value.indexOf('@');
        return at > 0 ? value.substring(0, at) : value;
    }

    private static String hostOfUrl(String url) {
        String value = lower(url);
        int scheme = value.indexOf("://");
        int start = scheme >= 0 ? scheme + 3 : 0;
        int end = start;
        while (end < value.length() && "/?#:".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        String host = value.substring(start, end);
        int at = host.lastIndexOf('@');
        return at >= 0 ? host.substring(at + 1) : host;
    }
}

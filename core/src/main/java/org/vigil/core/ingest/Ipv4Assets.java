package org.vigil.core.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assets IPv4 addresses and networks identify, found from an address as an {@code int}: every
 * address of every event is looked up here, and keys built as strings or byte arrays cost more than
 * the search. An exact address wins; else every asset on the most specific network holding it.
 * Immutable once built, so any number of threads may read it.
 */
final class Ipv4Assets {

    private final Map<Integer, List<String>> exact;
    /** Networks, most specific first: base addresses, their masks and prefix lengths, and assets. */
    private final int[] bases;

    private final int[] masks;
    private final int[] prefixes;
    private final String[] assets;

    private Ipv4Assets(Map<Integer, List<String>> exact, List<Network> networks) {
        this.exact = exact;
        int n = networks.size();
        bases = new int[n];
        masks = new int[n];
        prefixes = new int[n];
        assets = new String[n];
        for (int i = 0; i < n; i++) {
            Network network = networks.get(i);
            masks[i] = mask(network.prefix());
            bases[i] = network.address() & masks[i];
            prefixes[i] = network.prefix();
            assets[i] = network.asset();
        }
    }

    /** The assets at {@code address}, or an empty list. */
    List<String> find(int address) {
        List<String> found = exact.get(address);
        if (found != null) {
            return found;
        }
        for (int i = 0; i < bases.length; i++) {
            if ((address & masks[i]) == bases[i]) {
                return onMostSpecific(address, i);
            }
        }
        return List.of();
    }

    /** Every asset on a network as specific as the {@code first} that holds the address. */
    private List<String> onMostSpecific(int address, int first) {
        int end = first + 1;
        while (end < bases.length && prefixes[end] == prefixes[first]) {
            end++;
        }
        if (end == first + 1) {
            return List.of(assets[first]);
        }
        Set<String> found = new LinkedHashSet<>();
        for (int i = first; i < end; i++) {
            if ((address & masks[i]) == bases[i]) {
                found.add(assets[i]);
            }
        }
        return List.copyOf(found);
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    /** An address as an {@code int}, from its four bytes. */
    static int address(byte[] bytes) {
        return (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | (bytes[3] & 0xFF);
    }

    /** Collects addresses and networks, then builds the index. */
    static final class Builder {
        private final Map<Integer, List<String>> exact = new HashMap<>();
        private final List<Network> networks = new ArrayList<>();

        void address(int address, String asset) {
            List<String> refs = exact.computeIfAbsent(address, k -> new ArrayList<>(1));
            if (!refs.contains(asset)) {
                refs.add(asset);
            }
        }

        void network(int address, int prefix, String asset) {
            networks.add(new Network(address, prefix, asset));
        }

        Ipv4Assets build() {
            Map<Integer, List<String>> frozen = new HashMap<>();
            exact.forEach((address, refs) -> frozen.put(address, List.copyOf(refs)));
            List<Network> ordered = new ArrayList<>(networks);
            // Stable: networks of one prefix keep the order they were given in.
            ordered.sort(Comparator.comparingInt(Network::prefix).reversed());
            return new Ipv4Assets(frozen, ordered);
        }
    }

    private record Network(int address, int prefix, String asset) {}
}

package org.vigil.bench.nab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vigil.core.anomaly.DetectorKind;

/**
 * What {@link NabBenchmark} is asked to do.
 *
 * @param nab the NAB folder (data/, labels/, config/, results/)
 * @param detectors the detectors to run, the default one first
 * @param results where to write NAB results files, or null for nowhere
 * @param perSeries whether to print each series' standard-profile score
 */
record NabOptions(Path nab, List<DetectorKind> detectors, Path results, boolean perSeries) {

    static final String USAGE = "usage: NabBenchmark NAB_FOLDER [--detectors all|KIND,KIND...] [--results DIR]"
            + " [--per-series]\n  kinds: "
            + String.join(
                    ", ", Arrays.stream(DetectorKind.values()).map(Enum::name).toList());

    static NabOptions parse(String[] args) {
        Path nab = null;
        List<DetectorKind> detectors = List.of(DetectorKind.standard());
        Path results = null;
        boolean perSeries = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--per-series" -> perSeries = true;
                case "--detectors" -> detectors = kinds(value(args, ++i, arg));
                case "--results" -> results = Path.of(value(args, ++i, arg));
                case "--nab" -> nab = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--") || nab != null) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    nab = Path.of(arg);
                }
            }
        }
        if (nab == null) {
            throw new IllegalArgumentException("the NAB folder is missing");
        }
        if (!Files.isDirectory(nab)) {
            throw new IllegalArgumentException("not a folder: " + nab);
        }
        return new NabOptions(nab, detectors, results, perSeries);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException("missing value for " + name);
        }
        return args[i];
    }

    private static List<DetectorKind> kinds(String list) {
        if (list.equalsIgnoreCase("all")) {
            List<DetectorKind> all = new ArrayList<>(List.of(DetectorKind.values()));
            all.remove(DetectorKind.standard());
            all.add(0, DetectorKind.standard());
            return List.copyOf(all);
        }
        List<DetectorKind> kinds = new ArrayList<>();
        for (String name : list.split(",")) {
            try {
                kinds.add(DetectorKind.valueOf(
                        name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown detector " + name);
            }
        }
        return List.copyOf(kinds);
    }
}

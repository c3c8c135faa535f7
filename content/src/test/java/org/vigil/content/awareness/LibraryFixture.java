package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A copy of the shipped seed items in a temporary folder, to break one thing at a time and see
 * what the reader says: {@code LibraryFixture.copyOfSeed(dir).replace(file, from, to).problems()}.
 */
final class LibraryFixture {

    private final Path root;

    private LibraryFixture(Path root) {
        this.root = root;
    }

    /**
     * The seed items of the shipped library, which these tests break on purpose, with index files
     * listing only them: the tests then stay fast and unchanged however much content is added.
     */
    static final Map<ItemType, List<String>> SEED = Map.of(
            ItemType.ILLUSTRATION, List.of("mock-email-red-flags", "phone-social-giveaway", "office-worker-laptop"),
            ItemType.EMAIL, List.of("parcel-redelivery-fee", "parcel-delivery-notice"),
            ItemType.LANDING_PAGE, List.of("parcel-fee-payment"),
            ItemType.TERMS, List.of("parcel-locker-terms", "bargain-shop-terms"),
            ItemType.POST, List.of("parcel-giveaway", "trainers-clearance-ad"),
            ItemType.LESSON, List.of("sme-parcel-and-payment-lures"));

    static LibraryFixture copyOfSeed(Path folder) {
        try {
            // Found through a file only the shipped library has: test resources share the package folder.
            Path shipped = Path.of(Objects.requireNonNull(
                                    ShippedAwareness.class.getResource("/org/vigil/content/awareness/emails/index.txt"))
                            .toURI())
                    .getParent()
                    .getParent();
            for (Map.Entry<ItemType, List<String>> type : SEED.entrySet()) {
                String index = String.join("\n", type.getValue()) + "\n";
                Files.createDirectories(folder.resolve(type.getKey().folder()));
                Files.writeString(folder.resolve(type.getKey().folder()).resolve("index.txt"), index);
                for (String id : type.getValue()) {
                    Path item = shipped.resolve(type.getKey().folder()).resolve(id);
                    try (Stream<Path> files = Files.list(item)) {
                        Path target = Files.createDirectories(
                                folder.resolve(type.getKey().folder()).resolve(id));
                        for (Path file : files.toList()) {
                            Files.copy(file, target.resolve(file.getFileName().toString()));
                        }
                    }
                }
            }
            return new LibraryFixture(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces every occurrence of {@code from}, which must occur, in a library file. */
    LibraryFixture replace(String file, String from, String to) {
        String text = read(file);
        assertThat(text).as("fixture file " + file).contains(from);
        return write(file, text.replace(from, to));
    }

    LibraryFixture write(String file, String content) {
        try {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LibraryFixture delete(String file) {
        try {
            Files.delete(root.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a sample from the test resources in place of a library file. */
    LibraryFixture sample(String sample, String file) {
        return write(file, LibraryFixture.sampleText(sample));
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line on which {@code text} first occurs in a library file. */
    int lineOf(String file, String text) {
        String content = read(file);
        int at = content.indexOf(text);
        assertThat(at).as(text + " in " + file).isNotNegative();
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    AwarenessReadResult read() {
        return new AwarenessReader().read(ContentSource.directory(root));
    }

    List<ContentProblem> problems() {
        return read().problems();
    }

    /** A file from {@code src/test/resources/org/vigil/content/awareness/samples/}. */
    static String sampleText(String name) {
        return new String(sampleBytes(name), StandardCharsets.UTF_8);
    }

    static byte[] sampleBytes(String name) {
        try (InputStream in = Objects.requireNonNull(
                LibraryFixture.class.getResourceAsStream("/org/vigil/content/awareness/samples/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

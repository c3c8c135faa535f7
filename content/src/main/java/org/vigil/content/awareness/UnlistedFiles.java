package org.vigil.content.awareness;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports files in the item folders that no index reaches, where the source can list its files (a
 * working copy): a forgotten index line would otherwise leave a finished item silently unused.
 * Files outside the six item folders are not the library's business.
 */
final class UnlistedFiles {

    private UnlistedFiles() {}

    static void check(ContentSource source, Map<ItemType, List<String>> index, Problems problems) {
        source.listAll().ifPresent(files -> {
            Set<String> expected = expectedFiles(index);
            for (String file : files) {
                String[] parts = file.split("/");
                if (expected.contains(file) || ItemType.ofFolder(parts[0]).isEmpty() || parts.length == 1) {
                    continue;
                }
                boolean listedItem = parts.length == 3
                        && ItemType.ofFolder(parts[0])
                                .map(type -> index.get(type).contains(parts[1]))
                                .orElse(false);
                problems.add(
                        file,
                        0,
                        "",
                        listedItem
                                ? "is not a file of this item's format (see docs/content-format.md); remove or rename it"
                                : "is not part of any item: list the item in its folder's index.txt, or remove the file");
            }
        });
    }

    private static Set<String> expectedFiles(Map<ItemType, List<String>> index) {
        Set<String> expected = new HashSet<>();
        index.forEach((type, ids) -> {
            expected.add(type.folder() + "/index.txt");
            for (String id : ids) {
                String folder = type.folder() + "/" + id + "/";
                expected.add(folder + "item.json");
                switch (type) {
                    case ILLUSTRATION -> expected.add(folder + "image.svg");
                    case EMAIL -> perLanguage(expected, folder, ".eml");
                    case LANDING_PAGE, TERMS -> perLanguage(expected, folder, ".html");
                    default -> {}
                }
            }
        });
        return expected;
    }

    private static void perLanguage(Set<String> expected, String folder, String extension) {
        for (Language language : Language.values()) {
            expected.add(folder + language.tag() + extension);
        }
    }
}

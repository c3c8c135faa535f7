package org.vigil.core.topology;

/**
 * What an import made of a topology file.
 *
 * @param nodes nodes read, each now an asset
 * @param edges links read, self-loops and duplicates included
 * @param dependencies dependencies made from them
 * @param selfLoopsSkipped links from a node to itself, left out
 * @param duplicatesSkipped dependencies left out because an earlier link already gave the same
 *     pair in the same direction (the first one's parameters win)
 * @param renamedIds node ids that had to change to become Vigil ids (see {@link IdRule})
 */
public record ImportReport(
        int nodes, int edges, int dependencies, int selfLoopsSkipped, int duplicatesSkipped, int renamedIds) {}

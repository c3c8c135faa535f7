/**
 * Reading hand-written content files so that one pass finds every problem: {@link
 * org.vigil.content.json.JsonDocument} parses a JSON file and reports problems with their line and
 * JSON path, {@link org.vigil.content.json.JsonFields} reads typed fields from it, and {@link
 * org.vigil.content.json.IdIndex} reads an {@code index.txt} of ids. The awareness library, Route
 * Guard, Ransomware Tabletop and Social Engineering Call content readers all use them.
 */
package org.vigil.content.json;

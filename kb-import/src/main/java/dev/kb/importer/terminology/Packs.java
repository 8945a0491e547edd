package dev.kb.importer.terminology;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the pack parsers share: building a filtered concept and splitting delimited lines. */
final class Packs {

  private Packs() {}

  /**
   * A concept of the names that pass the filter, the first passing one as its name; null when none
   * passes. Synonyms that normalise alike are kept once.
   */
  static @Nullable Concept concept(
      String id,
      ConceptKind kind,
      String name,
      List<String> synonyms,
      List<String> codes,
      TermFilter filter) {
    List<String> names = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    addName(name, filter, names, keys);
    for (String synonym : synonyms) {
      addName(synonym, filter, names, keys);
    }
    if (names.isEmpty()) {
      return null;
    }
    return new Concept(id, kind, names.get(0), names.subList(1, names.size()), codes);
  }

  private static void addName(String raw, TermFilter filter, List<String> names, Set<String> keys) {
    String name = filter.clean(raw);
    if (name != null && keys.add(Lexicon.key(name))) {
      names.add(name);
    }
  }

  /** The fields of one line of quoted, delimited text ({@code "a","b"} or {@code "a"\t"b"}). */
  static List<String> fields(String line, char delimiter) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** Lines of a file without a byte-order mark, a header or blank lines. */
  static List<String> rows(String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    List<String> rows = new ArrayList<>(text.lines().toList());
    if (!rows.isEmpty()) {
      rows.remove(0);
    }
    rows.removeIf(String::isBlank);
    return rows;
  }
}

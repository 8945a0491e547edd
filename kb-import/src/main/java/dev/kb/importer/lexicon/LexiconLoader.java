package dev.kb.importer.lexicon;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one lexicon file: {@code id<TAB>name<TAB>codes<TAB>synonyms}, codes and synonyms separated
 * by {@code |}, a header line starting with {@code id} and {@code #} comments allowed. Errors name
 * the file and line, since the files are edited by hand.
 */
final class LexiconLoader {

  private LexiconLoader() {}

  static List<Concept> parse(String fileName, String content, ConceptKind kind) {
    List<Concept> concepts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNumber = i + 1;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 4) {
        throw error(
            fileName, lineNumber, "expected 4 tab-separated columns, found " + columns.length);
      }
      String id = columns[0].strip();
      String name = columns[1].strip();
      if (id.isEmpty() || name.isEmpty()) {
        throw error(fileName, lineNumber, "id and name must not be empty");
      }
      if (!id.contains(":")) {
        throw error(fileName, lineNumber, "id '" + id + "' is not a CURIE such as HP:0002380");
      }
      if (!ids.add(id)) {
        throw error(fileName, lineNumber, "duplicate id " + id);
      }
      List<String> codes = split(columns[2]);
      for (String code : codes) {
        if (!code.contains(":") || code.contains(" ")) {
          throw error(fileName, lineNumber, "code '" + code + "' is not a CURIE");
        }
      }
      concepts.add(new Concept(id, kind, name, split(columns[3]), codes));
    }
    return concepts;
  }

  private static List<String> split(String column) {
    return Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static IllegalArgumentException error(String fileName, int line, String message) {
    return new IllegalArgumentException(fileName + ":" + line + ": " + message);
  }
}

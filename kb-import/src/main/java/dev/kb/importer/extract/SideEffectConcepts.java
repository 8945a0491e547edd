package dev.kb.importer.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Concepts the side-effect rules treat apart, parsed from {@code set<TAB>id} lines (bundled as
 * {@code kb/relations/side-effect-concepts.tsv}).
 *
 * @param drugClasses drugs that name a class, blamed for a finding only when harm is stated
 */
record SideEffectConcepts(Set<String> drugClasses) {

  SideEffectConcepts {
    drugClasses = Set.copyOf(drugClasses);
  }

  /** Parses the file; errors name the file and line. */
  static SideEffectConcepts parse(String fileName, String content) {
    Set<String> classes = new HashSet<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#") || line.equals("set\tid")) {
        continue;
      }
      String where = fileName + ":" + (i + 1) + ": ";
      String[] columns = line.split("\t", -1);
      if (columns.length != 2 || columns[1].isBlank()) {
        throw new IllegalArgumentException(where + "expected set<TAB>id");
      }
      if (!columns[0].strip().equals("drug-class")) {
        throw new IllegalArgumentException(
            where + "unknown set '" + columns[0].strip() + "', expected drug-class");
      }
      classes.add(columns[1].strip());
    }
    return new SideEffectConcepts(classes);
  }
}

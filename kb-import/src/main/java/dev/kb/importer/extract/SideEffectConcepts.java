package dev.kb.importer.extract;

import dev.kb.importer.text.DataFile;
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
    for (DataFile.Row row : DataFile.rows(fileName, content, "set\tid")) {
      if (row.column(1).isEmpty()) {
        throw row.error("expected set<TAB>id");
      }
      if (!row.column(0).equals("drug-class")) {
        throw row.error("unknown set '" + row.column(0) + "', expected drug-class");
      }
      classes.add(row.column(1));
    }
    return new SideEffectConcepts(classes);
  }
}

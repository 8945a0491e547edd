package dev.kb.importer.lexicon;

import dev.kb.importer.text.DataFile;
import java.util.HashSet;
import java.util.Set;

/**
 * Concepts that name a whole class of finding or drug, not one: "complications", "adverse events",
 * "symptoms", "abnormalities", "medication". A report states them mostly to rule them out or to say
 * they went away, which is a fact worth keeping; but no particular finding is a drug's side effect
 * or a diagnosis' presentation through them, and no knowledge edge links them. Parsed from {@code
 * id<TAB>name} lines (bundled as {@code kb/lexicon/generic-concepts.tsv}); the name only documents
 * the id.
 */
public final class GenericConcepts {

  /** The bundled file. */
  public static final String FILE = "kb/lexicon/generic-concepts.tsv";

  private static final class Bundled {
    static final GenericConcepts INSTANCE = parse(FILE, DataFile.bundled(FILE));
  }

  private final Set<String> ids;

  private GenericConcepts(Set<String> ids) {
    this.ids = Set.copyOf(ids);
  }

  /** The bundled file, read once. */
  public static GenericConcepts bundled() {
    return Bundled.INSTANCE;
  }

  /** Parses the file; errors name the file and line. */
  public static GenericConcepts parse(String fileName, String content) {
    Set<String> ids = new HashSet<>();
    for (DataFile.Row row : DataFile.rows(fileName, content, "id\tname")) {
      if (!row.column(0).contains(":") || row.column(1).isEmpty()) {
        throw row.error("expected id<TAB>name, the id a CURIE such as KB:complication");
      }
      ids.add(row.column(0));
    }
    return new GenericConcepts(ids);
  }

  /** Whether the concept {@code id} names a class of outcome. */
  public boolean contains(String id) {
    return ids.contains(id);
  }
}

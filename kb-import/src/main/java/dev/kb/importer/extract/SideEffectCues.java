package dev.kb.importer.extract;

import dev.kb.importer.text.DataFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue phrases and words of the side-effect rules, parsed from {@code set<TAB>phrase} lines
 * (bundled as {@code kb/relations/side-effect-cues.tsv}). A set the rules ask for must be there,
 * with at least one phrase.
 */
final class SideEffectCues {

  static final String FILE = "kb/relations/side-effect-cues.tsv";

  private final String fileName;
  private final Map<String, List<String>> sets;

  private SideEffectCues(String fileName, Map<String, List<String>> sets) {
    this.fileName = fileName;
    this.sets = sets;
  }

  /** The bundled file, read once. */
  static SideEffectCues bundled() {
    return parse(FILE, DataFile.bundled(FILE));
  }

  /** Parses a cues file; errors name the file and line. */
  static SideEffectCues parse(String fileName, String content) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    for (DataFile.Row row : DataFile.rows(fileName, content, "set\tphrase")) {
      if (row.column(0).isEmpty() || row.column(1).isEmpty()) {
        throw row.error("expected set<TAB>phrase");
      }
      sets.computeIfAbsent(row.column(0), set -> new ArrayList<>()).add(row.column(1));
    }
    return new SideEffectCues(fileName, sets);
  }

  /** The phrases of these sets together, to match in text. */
  Cues cues(String... names) {
    List<String> phrases = new ArrayList<>();
    for (String name : names) {
      phrases.addAll(phrases(name));
    }
    return new Cues(phrases);
  }

  /** The words of a set, to compare with single normalised tokens. */
  Set<String> words(String name) {
    return Set.copyOf(phrases(name));
  }

  private List<String> phrases(String name) {
    List<String> phrases = sets.get(name);
    if (phrases == null) {
      throw new IllegalStateException(
          fileName + ": no phrase for set '" + name + "', which the side-effect rules read");
    }
    return phrases;
  }
}

package dev.kb.importer.extract;

import dev.kb.importer.text.DataFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cue phrases the relation rules read, parsed from {@code set<TAB>phrase} lines (bundled as
 * {@code kb/relations/cues.tsv}). Every set the rules need must be present.
 */
record RelationCues(
    Cues treatment,
    Cues indication,
    Cues reporting,
    Cues seenOn,
    Cues resultNormal,
    Cues resultAbnormal,
    Cues resultEnd,
    Cues outcomeImproved,
    Cues outcomeNoEffect,
    Cues outcomeStopped,
    Cues outcomeReplaced) {

  static final List<String> SETS =
      List.of(
          "treatment",
          "indication",
          "reporting",
          "seen-on",
          "result-normal",
          "result-abnormal",
          "result-end",
          "outcome-improved",
          "outcome-no-effect",
          "outcome-stopped",
          "outcome-replaced");

  /** Parses a cues file; errors name the file and line. */
  static RelationCues parse(String fileName, String content) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    SETS.forEach(set -> phrases.put(set, new ArrayList<>()));
    for (DataFile.Row row : DataFile.rows(fileName, content, "set\tphrase")) {
      if (row.column(1).isEmpty()) {
        throw row.error("expected set<TAB>phrase");
      }
      List<String> set = phrases.get(row.column(0));
      if (set == null) {
        throw row.error("unknown set '" + row.column(0) + "', expected one of " + SETS);
      }
      set.add(row.column(1));
    }
    phrases.forEach(
        (set, list) -> {
          if (list.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": no phrase for set '" + set + "'");
          }
        });
    List<Cues> cues =
        SETS.stream()
            .map(set -> new Cues(Objects.requireNonNull(phrases.get(set), "every set has a list")))
            .toList();
    return new RelationCues(
        cues.get(0),
        cues.get(1),
        cues.get(2),
        cues.get(3),
        cues.get(4),
        cues.get(5),
        cues.get(6),
        cues.get(7),
        cues.get(8),
        cues.get(9),
        cues.get(10));
  }
}

package dev.kb.importer.terminology;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import java.util.ArrayList;
import java.util.List;

/**
 * MONDO disease labels ({@code id<TAB>label}) as diagnoses; obsolete and animal terms are dropped.
 */
final class MondoPack {

  private MondoPack() {}

  static List<Concept> parse(String labels, TermFilter filter) {
    List<Concept> concepts = new ArrayList<>();
    for (String row : Packs.rows(labels)) {
      List<String> fields = Packs.fields(row, '\t');
      if (fields.size() < 2 || !fields.get(0).startsWith("MONDO:")) {
        continue;
      }
      String id = fields.get(0).strip();
      Concept concept =
          Packs.concept(id, ConceptKind.DIAGNOSIS, fields.get(1), List.of(), List.of(id), filter);
      if (concept != null) {
        concepts.add(concept);
      }
    }
    return concepts;
  }
}

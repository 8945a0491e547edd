package dev.kb.importer.terminology;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The DrugBank open vocabulary CSV ({@code DrugBank ID, Accession Numbers, Common name, CAS, UNII,
 * Synonyms, Standard InChI Key}, synonyms separated by {@code " | "}) as drugs. Synonyms in other
 * languages ("Cétuximab", "Cetuximabum" stays) are dropped with everything non-ASCII.
 */
final class DrugBankPack {

  private DrugBankPack() {}

  static List<Concept> parse(String csv, TermFilter filter) {
    List<Concept> concepts = new ArrayList<>();
    for (String row : Packs.rows(csv)) {
      List<String> fields = Packs.fields(row, ',');
      if (fields.size() < 6 || !fields.get(0).startsWith("DB")) {
        continue;
      }
      String id = "DRUGBANK:" + fields.get(0).strip();
      if (isExtract(fields)) {
        continue;
      }
      List<String> synonyms =
          Arrays.stream(fields.get(5).split("\\|"))
              .map(String::strip)
              .filter(s -> !s.isEmpty() && s.chars().allMatch(c -> c < 128))
              .toList();
      Concept concept =
          Packs.concept(id, ConceptKind.DRUG, fields.get(2), synonyms, List.of(id), filter);
      if (concept != null) {
        concepts.add(concept);
      }
    }
    return concepts;
  }

  /**
   * An allergenic extract or a food named like its source ("Candida albicans", "Onion", "Date",
   * "Cotton", "Scallop"): no CAS number, no synonym, a name of plain words. In a case report such a
   * name is the organism, the food or the word, not a drug given.
   */
  static boolean isExtract(List<String> fields) {
    String name = fields.get(2).strip();
    return fields.get(3).isBlank()
        && fields.get(5).isBlank()
        && !name.isEmpty()
        && name.chars().allMatch(c -> Character.isLetter(c) || c == ' ');
  }
}

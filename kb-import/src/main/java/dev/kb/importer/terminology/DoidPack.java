package dev.kb.importer.terminology;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Human Disease Ontology as diagnoses: labels from {@code HumanDO.tsv} ({@code id, label,
 * subClassOf}, one row per parent) and MeSH and ICD-10 cross-references from the {@code id, label,
 * xrefs} tables, which let a DOID term merge with the authored or MeSH concept it names.
 */
final class DoidPack {

  private DoidPack() {}

  static List<Concept> parse(String labels, List<String> xrefTables, TermFilter filter) {
    return parse(labels, xrefTables, filter, new CodeHierarchy.Builder());
  }

  /**
   * The concepts, as {@link #parse(String, List, TermFilter)}; each term's parents (named by label
   * in {@code subClassOf}) and every code of its cross-references go into {@code hierarchy}.
   */
  static List<Concept> parse(
      String labels, List<String> xrefTables, TermFilter filter, CodeHierarchy.Builder hierarchy) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<String>> parents = new LinkedHashMap<>();
    for (String row : Packs.rows(labels)) {
      List<String> fields = Packs.fields(row, '\t');
      if (fields.size() >= 2 && fields.get(0).startsWith("DOID:")) {
        names.putIfAbsent(fields.get(0), fields.get(1));
        if (fields.size() >= 3 && !fields.get(2).isBlank()) {
          parents.computeIfAbsent(fields.get(0), k -> new ArrayList<>()).add(fields.get(2));
        }
      }
    }
    Map<String, String> ids = new HashMap<>();
    names.forEach((id, name) -> ids.putIfAbsent(name, id));
    parents.forEach(
        (id, labelsAbove) -> {
          for (String label : labelsAbove) {
            String parent = ids.get(label);
            if (parent != null) {
              hierarchy.add(id, parent);
            }
          }
        });
    Map<String, List<String>> codes = new LinkedHashMap<>();
    for (String table : xrefTables) {
      for (String row : Packs.rows(table)) {
        List<String> fields = Packs.fields(row, '\t');
        if (fields.size() >= 3) {
          String code = code(fields.get(2));
          if (code != null) {
            codes.computeIfAbsent(fields.get(0), k -> new ArrayList<>()).add(code);
          }
          // A cell may hold several codes ("ICD10CM:C34.1, ICD10CM:C34.2"); each is a code of
          // the term in the hierarchy. (The concept keeps the cell as one code, as before.)
          for (String one : fields.get(2).split(",")) {
            String each = code(one);
            if (each != null) {
              hierarchy.add(fields.get(0), each);
            }
          }
        }
      }
    }
    List<Concept> concepts = new ArrayList<>();
    names.forEach(
        (id, name) -> {
          List<String> all = new ArrayList<>();
          all.add(id);
          all.addAll(codes.getOrDefault(id, List.of()));
          Concept concept = Packs.concept(id, ConceptKind.DIAGNOSIS, name, List.of(), all, filter);
          if (concept != null) {
            concepts.add(concept);
          }
        });
    return concepts;
  }

  // The authored lexicon writes ICD10:G71.8; DOID writes ICD10CM:G71.8 for the same code.
  private static @Nullable String code(String xref) {
    String x = xref.strip();
    if (x.startsWith("MESH:")) {
      return x;
    }
    if (x.startsWith("ICD10CM:")) {
      return "ICD10:" + x.substring("ICD10CM:".length());
    }
    return null;
  }
}

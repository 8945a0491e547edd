package dev.kb.importer.terminology;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Human Phenotype Ontology as symptoms: the terms under "Phenotypic abnormality" of an OBO
 * file, with their exact synonyms and MeSH cross-references, plus current labels from the {@code
 * id<TAB>predicate<TAB>english} table where the term was renamed since.
 */
final class HpoPack {

  // Modes of inheritance, onset and clinical modifiers ("Mild", "Progressive") sit outside this.
  private static final String PHENOTYPIC_ABNORMALITY = "HP:0000118";
  private static final Pattern SYNONYM =
      Pattern.compile("^synonym: \"(.*)\" (EXACT|RELATED|BROAD|NARROW)");
  private static final Pattern MESH_XREF = Pattern.compile("^xref: MeSH:(D\\d+)");

  private record Term(String id, String name, List<String> synonyms, List<String> codes) {}

  private HpoPack() {}

  static List<Concept> parse(String obo, String currentLabels, TermFilter filter) {
    return parse(obo, currentLabels, filter, new CodeHierarchy.Builder());
  }

  /**
   * The concepts, as {@link #parse(String, String, TermFilter)}; each term's {@code is_a} parents
   * and MeSH cross-references go into {@code hierarchy}.
   */
  static List<Concept> parse(
      String obo, String currentLabels, TermFilter filter, CodeHierarchy.Builder hierarchy) {
    Map<String, String> current = currentLabels(currentLabels);
    Map<String, List<String>> parents = new HashMap<>();
    List<Term> terms = new ArrayList<>();
    for (String stanza : obo.split("\n\\[")) {
      if (!stanza.startsWith("Term]")) {
        continue;
      }
      String id = null;
      String name = null;
      boolean obsolete = false;
      List<String> synonyms = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      List<String> isA = new ArrayList<>();
      for (String line : stanza.split("\n")) {
        if (line.startsWith("id: ")) {
          id = line.substring(4).strip();
        } else if (line.startsWith("name: ")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("is_obsolete: true")) {
          obsolete = true;
        } else if (line.startsWith("is_a: ")) {
          isA.add(line.substring(6).split(" ")[0]);
        } else if (line.startsWith("synonym: ")) {
          Matcher m = SYNONYM.matcher(line);
          // Related, broad and narrow synonyms name other things ("AUTOSOMAL DOMINANT FORM").
          if (m.find() && m.group(2).equals("EXACT")) {
            synonyms.add(m.group(1));
          }
        } else if (line.startsWith("xref: ")) {
          Matcher m = MESH_XREF.matcher(line);
          if (m.find()) {
            codes.add("MESH:" + m.group(1));
          }
        }
      }
      if (id == null || name == null || obsolete) {
        continue;
      }
      parents.put(id, isA);
      for (String parent : isA) {
        hierarchy.add(id, parent);
      }
      for (String code : codes) {
        hierarchy.add(id, code);
      }
      String label = current.get(id);
      if (label != null && !label.equalsIgnoreCase(name)) {
        synonyms.add(0, label);
      }
      terms.add(new Term(id, name, synonyms, codes));
    }
    List<Concept> concepts = new ArrayList<>();
    for (Term term : terms) {
      if (!descendsFrom(term.id(), PHENOTYPIC_ABNORMALITY, parents)) {
        continue;
      }
      List<String> codes = new ArrayList<>();
      codes.add(term.id());
      codes.addAll(term.codes());
      Concept concept =
          Packs.concept(
              term.id(), ConceptKind.SYMPTOM, term.name(), term.synonyms(), codes, filter);
      if (concept != null) {
        concepts.add(concept);
      }
    }
    return concepts;
  }

  private static boolean descendsFrom(String id, String root, Map<String, List<String>> parents) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (next.equals(root)) {
        return !id.equals(root);
      }
      if (seen.add(next)) {
        todo.addAll(parents.getOrDefault(next, List.of()));
      }
    }
    return false;
  }

  private static Map<String, String> currentLabels(String table) {
    Map<String, String> labels = new HashMap<>();
    for (String line : table.split("\r?\n")) {
      String[] columns = line.split("\t");
      if (columns.length >= 3 && columns[1].equals("rdfs:label")) {
        labels.put(columns[0], columns[2]);
      }
    }
    return labels;
  }
}

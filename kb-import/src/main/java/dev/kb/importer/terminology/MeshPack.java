package dev.kb.importer.terminology;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The MeSH tree ({@code tree number<TAB>descriptor<TAB>name}, with a byte-order mark). The branch
 * gives the kind: C23 signs and symptoms are symptoms, the rest of C diseases, E01 diagnostic
 * procedures investigations, and D chemicals drugs. Inverted names ("Leukemia, Myeloid, Acute") are
 * turned into the order authors write ("Acute Myeloid Leukemia").
 */
final class MeshPack {

  private MeshPack() {}

  static List<Concept> parse(String tree, TermFilter filter) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<String>> trees = new LinkedHashMap<>();
    Set<String> parents = new HashSet<>();
    for (String row : Packs.rows(tree)) {
      String[] fields = row.split("\t");
      if (fields.length < 3) {
        continue;
      }
      String number = fields[0].strip();
      names.putIfAbsent(fields[1].strip(), fields[2].strip());
      trees.computeIfAbsent(fields[1].strip(), k -> new ArrayList<>()).add(number);
      for (int dot = number.indexOf('.'); dot > 0; dot = number.indexOf('.', dot + 1)) {
        parents.add(number.substring(0, dot));
      }
    }
    List<Concept> concepts = new ArrayList<>();
    names.forEach(
        (descriptor, name) -> {
          ConceptKind kind = kind(trees.get(descriptor), parents);
          if (kind != null) {
            String id = "MESH:" + descriptor;
            Concept concept =
                Packs.concept(id, kind, uninvert(name), List.of(), List.of(id), filter);
            if (concept != null) {
              concepts.add(concept);
            }
          }
        });
    return concepts;
  }

  static @Nullable ConceptKind kind(List<String> numbers, Set<String> parents) {
    if (numbers.stream().anyMatch(n -> n.startsWith("C23"))) {
      return ConceptKind.SYMPTOM;
    }
    if (numbers.stream().anyMatch(n -> n.startsWith("C"))) {
      return ConceptKind.DIAGNOSIS;
    }
    if (numbers.stream().anyMatch(n -> n.startsWith("E01"))) {
      return ConceptKind.INVESTIGATION;
    }
    // Inner nodes of D are classes ("Acids", "Anti-Bacterial Agents", "Proteins") that authors use
    // loosely; only leaves name one substance. D27 is wholly about uses, not substances.
    boolean chemical = numbers.stream().anyMatch(n -> n.startsWith("D"));
    boolean classNode = numbers.stream().anyMatch(n -> parents.contains(n) || n.startsWith("D27"));
    return chemical && !classNode ? ConceptKind.DRUG : null;
  }

  static String uninvert(String name) {
    String[] parts = name.split(", ");
    if (parts.length == 1) {
      return name;
    }
    StringBuilder written = new StringBuilder();
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!written.isEmpty()) {
        written.append(' ');
      }
      written.append(parts[i].strip());
    }
    return written.toString();
  }
}

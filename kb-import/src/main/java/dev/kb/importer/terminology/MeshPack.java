package dev.kb.importer.terminology;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The MeSH tree ({@code tree number<TAB>descriptor<TAB>name}, with a byte-order mark). The branch
 * gives the kind: C23 signs and symptoms are symptoms, the rest of C diseases, E01 diagnostic
 * procedures investigations, and D chemicals drugs, except proteins and enzymes, which are
 * investigations (what was measured or stained for), and dosage forms, which are skipped. Inverted
 * names ("Leukemia, Myeloid, Acute") are turned into the order authors write ("Acute Myeloid
 * Leukemia").
 */
final class MeshPack {

  // The shallowest level at which a class of chemicals is specific enough to match.
  private static final int MIN_CLASS_DEPTH = 3;

  // Branches of small molecules (inorganic, organic, heterocyclic, polycyclic chemicals,
  // carbohydrates, lipids), where a class is a chemical family. Elsewhere a class is a kind of
  // protein, enzyme or dosage form ("Antibodies", "Tablets"), not a substance given.
  private static final String SMALL_MOLECULES = "D0[1-49]\\..*|D10\\..*";

  // Enzymes and proteins. Outside the small molecules, a report names one as what was measured
  // or stained for ("positive for vimentin", "haptoglobin was low"), not as what was given.
  private static final String PROTEINS = "D08\\.811\\..*|D12\\.776\\..*";

  // Proteins that are given as drugs under their MeSH names: peptides, immune globulins and
  // antibodies, cytokines and growth factors ("interferon alpha", "erythropoietin"), toxins
  // ("botulinum toxin").
  private static final String THERAPEUTIC_PROTEINS =
      "D12\\.644\\..*|D12\\.776\\.124\\.486\\..*|D12\\.776\\.124\\.790\\..*"
          + "|D12\\.776\\.377\\.715\\.548\\..*|D12\\.776\\.467\\..*|D23\\.529\\..*|D23\\.946\\..*";

  private static final List<String> MARKER_HEADS =
      List.of("Antigens", "Antigen", "Proteins", "Protein");
  // A code name: letters then digits, maybe a hyphen between and a letter after ("CD34", "Ki-67",
  // "CD11b").
  private static final String MARKER_CODE = "[A-Za-z]{1,4}-?[0-9]{1,4}[a-z]?";

  // Dosage forms and preparations ("Capsules", "Powders", "Placebos"): how a drug is given, not a
  // substance.
  private static final String DOSAGE_FORMS = "D26(\\..*)?";

  private MeshPack() {}

  static List<Concept> parse(String tree, TermFilter filter) {
    return parse(tree, filter, new CodeHierarchy.Builder());
  }

  /**
   * The concepts, as {@link #parse(String, TermFilter)}; into {@code hierarchy} go each
   * descriptor's tree numbers, each tree number's parent and the descriptor at each tree number, so
   * a descriptor lies under every branch it is filed in.
   */
  static List<Concept> parse(String tree, TermFilter filter, CodeHierarchy.Builder hierarchy) {
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
      String descriptor = "MESH:" + fields[1].strip();
      String position = CodeHierarchy.MESH_TREE + number;
      hierarchy.add(descriptor, position);
      hierarchy.add(position, descriptor);
      int last = number.lastIndexOf('.');
      if (last > 0) {
        hierarchy.add(position, CodeHierarchy.MESH_TREE + number.substring(0, last));
      }
    }
    List<Concept> concepts = new ArrayList<>();
    names.forEach(
        (descriptor, name) -> {
          ConceptKind kind =
              kind(
                  Objects.requireNonNull(trees.get(descriptor), "a named descriptor has a tree"),
                  parents);
          if (kind != null) {
            String id = "MESH:" + descriptor;
            String shortName = kind == ConceptKind.INVESTIGATION ? markerName(name) : null;
            Concept concept =
                Packs.concept(
                    id,
                    kind,
                    uninvert(name),
                    shortName == null ? List.of() : List.of(shortName),
                    List.of(id),
                    filter);
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
    // Inner nodes near the top of D are broad classes ("Acids", "Amines") that authors use
    // loosely; deeper ones among small molecules name a family of substances as precisely as a
    // drug name ("Anthracyclines", "Macrolides", "Barbiturates"), and reports cite them as such.
    // D27 is
    // wholly about uses, not substances.
    boolean chemical = numbers.stream().anyMatch(n -> n.startsWith("D"));
    boolean uses = numbers.stream().anyMatch(n -> n.startsWith("D27"));
    boolean broadClass =
        numbers.stream()
            .anyMatch(
                n ->
                    parents.contains(n)
                        && (depth(n) < MIN_CLASS_DEPTH || !n.matches(SMALL_MOLECULES)));
    if (!chemical || uses || broadClass) {
      return null;
    }
    List<String> chemicals = numbers.stream().filter(n -> n.startsWith("D")).toList();
    if (chemicals.stream().allMatch(n -> n.matches(DOSAGE_FORMS))) {
      return null;
    }
    if (chemicals.stream().anyMatch(n -> n.matches(PROTEINS))
        && chemicals.stream()
            .noneMatch(n -> n.matches(SMALL_MOLECULES) || n.matches(THERAPEUTIC_PROTEINS))) {
      return ConceptKind.INVESTIGATION;
    }
    return ConceptKind.DRUG;
  }

  // Levels of a tree number: "D02.540.505" has three.
  private static int depth(String number) {
    return number.split("\\.").length;
  }

  /**
   * The name a report writes for a marker that MeSH files under a generic head: "CD34" for
   * "Antigens, CD34", "Ki-67" for "Ki-67 Antigen", "S100" for "S100 Proteins"; null when the name
   * is not of that shape.
   */
  static @Nullable String markerName(String name) {
    String rest = null;
    for (String head : MARKER_HEADS) {
      if (name.startsWith(head + ", ")) {
        rest = name.substring(head.length() + 2);
      } else if (name.endsWith(" " + head)) {
        rest = name.substring(0, name.length() - head.length() - 1);
      }
    }
    return rest != null && rest.matches(MARKER_CODE) ? rest : null;
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

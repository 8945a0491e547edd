package dev.kb.importer.terminology;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which codes lie above which, as the terminology packs say: a Disease Ontology term's {@code
 * subClassOf} parents and its MeSH and ICD-10 cross-references, an HPO term's {@code is_a} parents
 * and MeSH cross-references, a MeSH descriptor's tree numbers ({@code MESHTREE:C04.588.894}) and
 * the descriptors at the tree numbers above them, and an ICD-10 code's category and subcategories
 * ({@code ICD10:C34.12} lies under {@code ICD10:C34.1} and {@code ICD10:C34}).
 *
 * <p>The loader writes {@link #ancestors} on each concept node (ADR 013), so that a search for the
 * cases under "C34", a MeSH branch or a Disease Ontology term finds the concepts below it by one
 * index look-up. Immutable once built; the packs' files are read, never rewritten (ADR 007).
 */
public final class CodeHierarchy {

  /** The prefix of a MeSH tree number written as a code: {@code MESHTREE:C04.588}. */
  public static final String MESH_TREE = "MESHTREE:";

  private static final String ICD10 = "ICD10:";
  private static final CodeHierarchy EMPTY = new CodeHierarchy(Map.of());

  private final Map<String, List<String>> broader;

  private CodeHierarchy(Map<String, List<String>> broader) {
    this.broader = broader;
  }

  /** No hierarchy but ICD-10's, which the codes themselves spell. */
  public static CodeHierarchy empty() {
    return EMPTY;
  }

  /**
   * Every code above the given ones, upper case and sorted, the given codes left out: their
   * parents, the parents' parents and so on, with the cross-references of each and the ICD-10
   * categories of every ICD-10 code met.
   */
  public List<String> ancestors(Collection<String> codes) {
    Set<String> own = new LinkedHashSet<>();
    for (String code : codes) {
      own.add(normalise(code));
    }
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(own);
    while (!todo.isEmpty()) {
      String code = todo.pop();
      for (String up : broader.getOrDefault(code, List.of())) {
        if (seen.add(up)) {
          todo.push(up);
        }
      }
      for (String up : icd10Above(code)) {
        if (seen.add(up)) {
          todo.push(up);
        }
      }
    }
    seen.removeAll(own);
    return List.copyOf(seen);
  }

  /** How many codes have a broader code in the packs; 0 for {@link #empty()}. */
  public int size() {
    return broader.size();
  }

  /**
   * The ICD-10 codes a code lies under: {@code ICD10:C34.12} → {@code ICD10:C34.1}, {@code
   * ICD10:C34}.
   */
  static List<String> icd10Above(String code) {
    if (!code.startsWith(ICD10)) {
      return List.of();
    }
    int dot = code.indexOf('.');
    if (dot < 0) {
      return List.of();
    }
    String category = code.substring(0, dot);
    String sub = code.substring(dot + 1);
    List<String> above = new java.util.ArrayList<>();
    above.add(category);
    for (int length = 1; length < sub.length(); length++) {
      above.add(category + "." + sub.substring(0, length));
    }
    return above;
  }

  static String normalise(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  /** Collects the broader codes the packs give, then {@link #build()}s the hierarchy. */
  static final class Builder {
    private final Map<String, Set<String>> broader = new HashMap<>();

    /**
     * Records that {@code code} lies under {@code up}, or is the same as it (a cross-reference).
     */
    Builder add(String code, String up) {
      String from = normalise(code);
      String to = normalise(up);
      if (!from.isEmpty() && !to.isEmpty() && !from.equals(to)) {
        broader.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
      }
      return this;
    }

    CodeHierarchy build() {
      Map<String, List<String>> frozen = new HashMap<>(broader.size() * 2);
      broader.forEach((code, ups) -> frozen.put(code, List.copyOf(ups)));
      return new CodeHierarchy(Map.copyOf(frozen));
    }
  }
}

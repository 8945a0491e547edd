package dev.kb.core.concept;

import java.util.Locale;

/**
 * The five kinds of concept a case report is reduced to. Each kind is a node label in the graph and
 * an entity type in brat output, both spelled by {@link #label()}.
 */
public enum ConceptKind {
  SYMPTOM("Symptom"),
  INVESTIGATION("Investigation"),
  DIAGNOSIS("Diagnosis"),
  DRUG("Drug"),
  SIDE_EFFECT("SideEffect");

  private final String label;

  ConceptKind(String label) {
    this.label = label;
  }

  /** The graph label and brat entity type, e.g. {@code SideEffect}. */
  public String label() {
    return label;
  }

  /** The kind whose label or enum name is {@code text}, ignoring case. */
  public static ConceptKind parse(String text) {
    String wanted = text.trim().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    for (ConceptKind kind : values()) {
      if (kind.label.toLowerCase(Locale.ROOT).equals(wanted)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown concept kind: " + text);
  }
}

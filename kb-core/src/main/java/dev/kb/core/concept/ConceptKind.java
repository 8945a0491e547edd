package dev.kb.core.concept;

import java.util.Locale;

/**
 * The kinds of fact a case report is reduced to, and of the concepts facts are about. Each kind is
 * a fact's {@code kind}, an entity type in brat output and, but for {@link #SIDE_EFFECT}, a concept
 * node label, all spelled by {@link #label()}.
 */
public enum ConceptKind {
  SYMPTOM("Symptom"),
  INVESTIGATION("Investigation"),
  DIAGNOSIS("Diagnosis"),
  DRUG("Drug"),
  /**
   * A finding a drug of the case is held responsible for. A kind of fact only: the fact is about
   * the finding's own symptom or diagnosis concept, which other cases share (ADR 006).
   */
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

package dev.kb.importer.context;

/** The context of one concept mention. All false means: affirmed, certain, current, the patient. */
public record ContextFlags(
    boolean negated, boolean possible, boolean historical, boolean hypothetical, boolean family) {

  static final ContextFlags NONE = new ContextFlags(false, false, false, false, false);

  ContextFlags with(Category category) {
    return switch (category) {
      case NEGATED -> new ContextFlags(true, possible, historical, hypothetical, family);
      case POSSIBLE -> new ContextFlags(negated, true, historical, hypothetical, family);
      case HISTORICAL -> new ContextFlags(negated, possible, true, hypothetical, family);
      case HYPOTHETICAL -> new ContextFlags(negated, possible, historical, true, family);
      case FAMILY -> new ContextFlags(negated, possible, historical, hypothetical, true);
      case PSEUDO, TERMINATE -> this;
    };
  }
}

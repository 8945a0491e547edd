package dev.kb.importer.context;

/**
 * The context of one concept mention. All false means: affirmed, certain, current, the patient.
 * {@code ended} marks a finding that resolved or a drug that was stopped: no longer present, though
 * it was.
 */
public record ContextFlags(
    boolean negated,
    boolean possible,
    boolean historical,
    boolean hypothetical,
    boolean family,
    boolean ended) {

  static final ContextFlags NONE = new ContextFlags(false, false, false, false, false, false);

  ContextFlags with(Category category) {
    return switch (category) {
      case NEGATED, ABSENT ->
          new ContextFlags(true, possible, historical, hypothetical, family, ended);
      case ENDED, STOPPED ->
          new ContextFlags(negated, possible, historical, hypothetical, family, true);
      case POSSIBLE -> new ContextFlags(negated, true, historical, hypothetical, family, ended);
      case HISTORICAL -> new ContextFlags(negated, possible, true, hypothetical, family, ended);
      case HYPOTHETICAL -> new ContextFlags(negated, possible, historical, true, family, ended);
      case FAMILY -> new ContextFlags(negated, possible, historical, hypothetical, true, ended);
      case PSEUDO, TERMINATE -> this;
    };
  }
}

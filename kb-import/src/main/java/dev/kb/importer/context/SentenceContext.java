package dev.kb.importer.context;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The context triggers of one sentence. A trigger reaches the mentions within its window on its
 * side, up to the nearest terminator: a {@link Category#TERMINATE} trigger ends every scope, a
 * {@link Direction#TERMINATE} one the scopes of its own category. Pseudo-triggers were already
 * consumed as longer matches, so "no increase" never negates.
 */
public final class SentenceContext {

  record Trigger(ContextRule rule, int start, int end) {}

  // How many words may stand between a forward negation and the investigation it negates.
  private static final int PROCEDURE_REACH = 5;

  // Words after which an investigation is where something was looked for, not what was missing:
  // "no focal findings on neurological examination", "no reports of cyclin D1".
  private static final Set<String> PLACES = Set.of("on", "in", "at", "by", "of", "during", "from");

  private final List<Trigger> triggers;
  private final List<Token> tokens;

  SentenceContext(List<Trigger> triggers, List<Token> tokens) {
    this.triggers = List.copyOf(triggers);
    this.tokens = tokens;
  }

  /**
   * The context of a mention of this {@code kind} spanning tokens {@code first} (inclusive) to
   * {@code end}. For an investigation a negative result is not a negation: {@link Category#ABSENT}
   * triggers pass it by, and a forward negation reaches it only when it stands right before it ("no
   * biopsy", "did not perform a CT"), since in "no focal findings on neurological examination" the
   * examination was done. Only drugs are {@link Category#STOPPED}; drugs are never {@link
   * Category#ENDED}.
   */
  public ContextFlags flagsFor(int first, int end, ConceptKind kind) {
    boolean procedure = kind == ConceptKind.INVESTIGATION;
    boolean drug = kind == ConceptKind.DRUG;
    ContextFlags flags = ContextFlags.NONE;
    for (Trigger trigger : triggers) {
      Category category = trigger.rule().category();
      if (category == Category.PSEUDO
          || category == Category.TERMINATE
          || trigger.rule().direction() == Direction.TERMINATE) {
        continue;
      }
      if ((category == Category.STOPPED && !drug) || (category == Category.ENDED && drug)) {
        continue;
      }
      if (procedure && category == Category.ABSENT) {
        continue;
      }
      if (procedure
          && category == Category.NEGATED
          && trigger.end() <= first
          && (first - trigger.end() >= PROCEDURE_REACH || placeBetween(trigger.end(), first))) {
        continue;
      }
      if (reaches(trigger, first, end)) {
        flags = flags.with(category);
      }
    }
    return flags;
  }

  private boolean reaches(Trigger trigger, int first, int end) {
    Direction direction = trigger.rule().direction();
    int window = trigger.rule().window();
    boolean forward = direction != Direction.BACKWARD;
    boolean backward = direction != Direction.FORWARD;
    Category category = trigger.rule().category();
    if (forward && trigger.end() <= first && first - trigger.end() < window) {
      return !terminatedBetween(trigger.end(), first, category);
    }
    if (backward && trigger.start() >= end && trigger.start() - end < window) {
      return !terminatedBetween(end, trigger.start(), category);
    }
    return false;
  }

  private boolean placeBetween(int from, int to) {
    for (int t = from; t < to; t++) {
      if (PLACES.contains(tokens.get(t).norm())) {
        return true;
      }
    }
    return false;
  }

  private boolean terminatedBetween(int from, int to, Category scope) {
    for (Trigger trigger : triggers) {
      ContextRule rule = trigger.rule();
      boolean terminates =
          rule.category() == Category.TERMINATE
              || (rule.direction() == Direction.TERMINATE && rule.category() == scope);
      if (terminates && trigger.start() >= from && trigger.end() <= to) {
        return true;
      }
    }
    return false;
  }
}

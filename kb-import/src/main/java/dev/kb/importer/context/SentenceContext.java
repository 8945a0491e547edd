package dev.kb.importer.context;

import java.util.List;

/**
 * The context triggers of one sentence. A trigger reaches the mentions within its window on its
 * side, up to the nearest terminator. Pseudo-triggers were already consumed as longer matches, so
 * "no increase" never negates.
 */
public final class SentenceContext {

  record Trigger(ContextRule rule, int start, int end) {}

  private final List<Trigger> triggers;

  SentenceContext(List<Trigger> triggers) {
    this.triggers = List.copyOf(triggers);
  }

  /** The context of a mention spanning tokens {@code first} (inclusive) to {@code end}. */
  public ContextFlags flagsFor(int first, int end) {
    ContextFlags flags = ContextFlags.NONE;
    for (Trigger trigger : triggers) {
      Category category = trigger.rule().category();
      if (category == Category.PSEUDO || category == Category.TERMINATE) {
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
    if (forward && trigger.end() <= first && first - trigger.end() < window) {
      return !terminatedBetween(trigger.end(), first);
    }
    if (backward && trigger.start() >= end && trigger.start() - end < window) {
      return !terminatedBetween(end, trigger.start());
    }
    return false;
  }

  private boolean terminatedBetween(int from, int to) {
    for (Trigger trigger : triggers) {
      if (trigger.rule().category() == Category.TERMINATE
          && trigger.start() >= from
          && trigger.end() <= to) {
        return true;
      }
    }
    return false;
  }
}

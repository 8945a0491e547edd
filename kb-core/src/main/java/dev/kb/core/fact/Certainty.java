package dev.kb.core.fact;

/** Whether the text states a fact as certain or as possible ("likely", "suspected"). */
public enum Certainty {
  CERTAIN,
  POSSIBLE
}

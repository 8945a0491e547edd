package dev.kb.core.fact;

/** Whether the text affirms a fact or explicitly rules it out ("no muscle wasting"). */
public enum Polarity {
  AFFIRMED,
  NEGATED
}

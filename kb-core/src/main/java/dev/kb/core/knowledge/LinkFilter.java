package dev.kb.core.knowledge;

/**
 * Which links between facts a statistic counts. Every link is stored with its confidence, and each
 * case with the minimum confidence its links were counted with (ADR 006).
 */
public enum LinkFilter {
  /** The links at least as confident as their case's minimum: what statistics count by default. */
  CONFIDENT,
  /** Every link, however weak: to see what the minimum leaves out. */
  ALL
}

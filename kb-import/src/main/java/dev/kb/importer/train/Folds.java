package dev.kb.importer.train;

import dev.kb.importer.corpus.GoldDocument;

/**
 * Which fold of a k-fold cross-validation a document belongs to: by its corpus and group (the
 * abstract or case report), so that no document is ever scored by a model that read it, nor by one
 * that read another sentence of its abstract. Deterministic: the same document is always in the
 * same fold.
 */
public record Folds(int k) {

  public Folds {
    if (k < 2) {
      throw new IllegalArgumentException("Cross-validation needs at least 2 folds, not " + k);
    }
  }

  /** The fold of a document, from 0 to k - 1. */
  public int of(GoldDocument document) {
    // String.hashCode is specified by the language, so folds do not change between JVMs; the
    // mixing spreads ids that differ in their last digits.
    int h = (document.corpus() + ":" + document.group()).hashCode();
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    h ^= h >>> 16;
    return Math.floorMod(h, k);
  }
}

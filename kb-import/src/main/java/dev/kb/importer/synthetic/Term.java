package dev.kb.importer.synthetic;

import dev.kb.core.concept.Concept;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A concept with the names the generator may write for it.
 *
 * @param concept the lexicon concept
 * @param names the writable names, the preferred name first when it is writable
 */
record Term(Concept concept, List<String> names) {

  Term {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("A term needs a name: " + concept.id());
    }
  }

  String id() {
    return concept.id();
  }

  /** The first name: the preferred one where it could be written. */
  String preferred() {
    return names.getFirst();
  }

  /**
   * A name for one mention. The preferred name half of the time, a synonym otherwise: reports mix
   * the two, and the lexicon's synonyms are where lay terms, abbreviations and UK spellings live.
   */
  String pick(SplittableRandom random) {
    if (names.size() == 1 || random.nextBoolean()) {
      return names.getFirst();
    }
    return names.get(1 + random.nextInt(names.size() - 1));
  }
}

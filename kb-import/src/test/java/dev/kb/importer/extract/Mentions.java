package dev.kb.importer.extract;

/** Finding a mention of an extraction by its words, for tests. */
final class Mentions {

  private Mentions() {}

  /** The first mention whose matched text is {@code matched}; fails listing what was found. */
  static Mention byText(Extraction extraction, String matched) {
    return extraction.mentions().stream()
        .filter(m -> m.evidence().matchedText().equals(matched))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "No mention '"
                        + matched
                        + "' among "
                        + extraction.mentions().stream()
                            .map(m -> m.evidence().matchedText())
                            .toList()));
  }
}

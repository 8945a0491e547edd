package dev.kb.importer.extract;

import dev.kb.core.concept.Concept;
import dev.kb.importer.text.TextSpan;
import java.util.List;

/**
 * One (drug exposure, finding) pair the link classifier decides on, as {@code kb-import train}
 * learns from it: where the drug and the finding are in the text, the features that hold, and the
 * probability the current model gives.
 *
 * @param drug the drug's concept
 * @param drugSpans every place the text names the drug by name (not by reference), as character
 *     offsets
 * @param finding the finding's concept
 * @param findingSpan the finding mention, as character offsets
 * @param sentenceDistance how many sentences lie between the finding and the drug's nearest name or
 *     reference (0: the same sentence)
 * @param features the names of the features that hold
 * @param probability what the extractor's current model gives the pair
 */
public record LinkExample(
    Concept drug,
    List<TextSpan> drugSpans,
    Concept finding,
    TextSpan findingSpan,
    int sentenceDistance,
    List<String> features,
    double probability) {

  public LinkExample {
    drugSpans = List.copyOf(drugSpans);
    features = List.copyOf(features);
  }
}

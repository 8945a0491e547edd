package dev.kb.importer.train;

import dev.kb.importer.corpus.GoldDocument;
import dev.kb.importer.corpus.GoldDocument.Gold;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.extract.LinkExample;
import dev.kb.importer.text.TextSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A pair the extractor would decide on, labelled from a gold corpus: the drug caused the finding
 * when some gold mention overlapping the drug's names and some gold mention overlapping the finding
 * form a gold pair. A corpus that marks pairs for the whole document (BC5CDR) teaches from mentions
 * far apart only when no mentions of the pair stand close.
 *
 * @param document the document it was read from
 * @param example the pair, its features and the extractor's current probability
 * @param cause the gold label
 * @param aligned whether both ends overlap some gold mention (a pair between entities the corpus
 *     does not mark is a negative by construction)
 */
public record Labelled(GoldDocument document, LinkExample example, boolean cause, boolean aligned) {

  /** The pairs of every document, labelled, in document order. */
  public static List<Labelled> of(LexiconExtractor extractor, List<GoldDocument> documents) {
    List<Labelled> labelled = new ArrayList<>();
    for (GoldDocument document : documents) {
      List<LinkExample> examples = extractor.linkExamples(document.text());
      List<Set<String>> causedPairs = new ArrayList<>();
      Set<String> saidClose = new HashSet<>();
      for (LinkExample example : examples) {
        Set<String> drugIds = new HashSet<>();
        for (TextSpan span : example.drugSpans()) {
          drugIds.addAll(ids(document.drugs(), span));
        }
        Set<String> findingIds = ids(document.findings(), example.findingSpan());
        Set<String> caused = new HashSet<>();
        for (String d : drugIds) {
          for (String f : findingIds) {
            if (document.causes().contains(GoldDocument.pair(d, f))) {
              caused.add(GoldDocument.pair(d, f));
            }
          }
        }
        causedPairs.add(caused);
        if (example.sentenceDistance() <= 1) {
          saidClose.addAll(caused);
        }
        labelled.add(
            new Labelled(
                document, example, !caused.isEmpty(), !drugIds.isEmpty() && !findingIds.isEmpty()));
      }
      if (!document.mentionLevel()) {
        // BC5CDR says which drug caused which disease in the abstract, not where. Where some
        // mentions of the pair stand close, those carry the statement and the pairs far apart
        // teach nothing; where none do, the far pairs are how the abstract says it.
        for (int i = examples.size() - 1; i >= 0; i--) {
          int at = labelled.size() - examples.size() + i;
          if (examples.get(i).sentenceDistance() > 1
              && !causedPairs.get(i).isEmpty()
              && saidClose.containsAll(causedPairs.get(i))) {
            labelled.remove(at);
          }
        }
      }
    }
    return labelled;
  }

  private static Set<String> ids(List<Gold> gold, TextSpan span) {
    Set<String> ids = new HashSet<>();
    for (Gold g : gold) {
      if (g.overlaps(span.start(), span.end())) {
        ids.addAll(g.ids());
      }
    }
    return ids;
  }
}

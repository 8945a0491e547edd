package dev.kb.importer.train;

import dev.kb.importer.corpus.GoldDocument;
import dev.kb.importer.corpus.GoldDocument.Gold;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.extract.LinkExample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A pair the extractor would decide on, labelled from a gold corpus: the drug caused the finding
 * when some gold mention overlapping the drug's names and some gold mention overlapping the finding
 * form a gold pair. Corpora that mark pairs for the whole document (BC5CDR, MACCROBAT) teach only
 * from mentions in the same or the next sentence.
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
      for (LinkExample example : extractor.linkExamples(document.text())) {
        Set<String> drugIds = new HashSet<>();
        for (LinkExample.Span span : example.drugSpans()) {
          drugIds.addAll(ids(document.drugs(), span));
        }
        Set<String> findingIds = ids(document.findings(), example.findingSpan());
        boolean cause = false;
        for (String d : drugIds) {
          for (String f : findingIds) {
            cause |= document.causes().contains(GoldDocument.pair(d, f));
          }
        }
        if (cause && !document.corpus().equals("ade") && example.sentenceDistance() > 1) {
          // BC5CDR and MACCROBAT say which drug caused which finding in the document, not where:
          // two mentions far apart rarely carry the statement, so such a pair teaches nothing.
          continue;
        }
        labelled.add(
            new Labelled(document, example, cause, !drugIds.isEmpty() && !findingIds.isEmpty()));
      }
    }
    return labelled;
  }

  private static Set<String> ids(List<Gold> gold, LinkExample.Span span) {
    Set<String> ids = new HashSet<>();
    for (Gold g : gold) {
      if (g.overlaps(span.start(), span.end())) {
        ids.addAll(g.ids());
      }
    }
    return ids;
  }
}

package dev.kb.importer.corpus;

import java.util.List;
import java.util.Set;

/**
 * One document of a gold corpus as the link trainer and the relation evaluation read it: its text,
 * the drugs and findings the annotators marked, and which drug caused which finding.
 *
 * @param corpus the corpus it comes from: {@code ade}, {@code bc5cdr} or {@code maccrobat}
 * @param group the unit kept whole in one fold of cross-validation (the PubMed id: ADE's sentences
 *     of one abstract stay together)
 * @param text the text the extractor reads
 * @param drugs the gold drug (chemical) mentions
 * @param findings the gold finding (disease, symptom, adverse effect) mentions
 * @param investigations the gold investigation mentions, where the corpus marks them (MACCROBAT)
 * @param causes gold pairs, as {@code drugId + "|" + findingId}
 */
public record GoldDocument(
    String corpus,
    String group,
    String text,
    List<Gold> drugs,
    List<Gold> findings,
    List<Gold> investigations,
    Set<String> causes) {

  public GoldDocument {
    drugs = List.copyOf(drugs);
    findings = List.copyOf(findings);
    investigations = List.copyOf(investigations);
    causes = Set.copyOf(causes);
  }

  /** Whether the corpus marks investigations at all. */
  public boolean marksInvestigations() {
    return corpus.equals("maccrobat");
  }

  /**
   * A gold mention: its character span and the ids it stands for (a MeSH id, an entity id, or for
   * ADE its normalised words).
   */
  public record Gold(int start, int end, Set<String> ids) {
    public Gold {
      ids = Set.copyOf(ids);
    }

    public boolean overlaps(int otherStart, int otherEnd) {
      return start < otherEnd && otherStart < end;
    }
  }

  /**
   * Whether the gold pairs say which mentions they join (ADE's sentences, MACCROBAT's relations)
   * rather than only which entities of the document (BC5CDR's chemical-induced diseases).
   */
  public boolean mentionLevel() {
    return !corpus.equals("bc5cdr");
  }

  /** The key of a gold cause pair. */
  public static String pair(String drugId, String findingId) {
    return drugId + "|" + findingId;
  }
}

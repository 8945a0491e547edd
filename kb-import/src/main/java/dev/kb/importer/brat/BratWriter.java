package dev.kb.importer.brat;

import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.InvestigationResult;
import dev.kb.core.fact.Polarity;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import dev.kb.importer.extract.RelationType;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an {@link Extraction} as brat standoff text: one {@code T} line per mention (typed by the
 * concept kind's label), {@code A} lines for negated and uncertain mentions and for investigation
 * results ({@code Result T4 Normal}), {@code N} lines normalising each mention to its concept's
 * first code, {@code R} lines for relations, and a note on each treatment with a stated outcome
 * ({@code #1 AnnotatorNotes R2 outcome: IMPROVED}), since brat relations carry no attributes.
 */
public final class BratWriter {

  private BratWriter() {}

  /** The {@code .ann} content for {@code extraction}; its {@code .txt} is the extraction's text. */
  public static String write(Extraction extraction) {
    StringBuilder ann = new StringBuilder();
    List<Mention> mentions = extraction.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention mention = mentions.get(i);
      ann.append('T')
          .append(i + 1)
          .append('\t')
          .append(mention.kind().label())
          .append(' ')
          .append(offsets(extraction.text(), mention))
          .append('\t')
          .append(oneLine(mention.evidence().matchedText()))
          .append('\n');
    }
    int attribute = 0;
    for (int i = 0; i < mentions.size(); i++) {
      Mention mention = mentions.get(i);
      if (mention.polarity() == Polarity.NEGATED) {
        ann.append("A").append(++attribute).append("\tNegated T").append(i + 1).append('\n');
      }
      if (mention.certainty() == Certainty.POSSIBLE) {
        ann.append("A").append(++attribute).append("\tUncertain T").append(i + 1).append('\n');
      }
      if (mention.result() != null) {
        ann.append("A")
            .append(++attribute)
            .append("\tResult T")
            .append(i + 1)
            .append(' ')
            .append(mention.result() == InvestigationResult.NORMAL ? "Normal" : "Abnormal")
            .append('\n');
      }
    }
    int normalisation = 0;
    for (int i = 0; i < mentions.size(); i++) {
      var concept = mentions.get(i).concept();
      if (!concept.codes().isEmpty()) {
        ann.append("N")
            .append(++normalisation)
            .append("\tReference T")
            .append(i + 1)
            .append(' ')
            .append(concept.codes().getFirst())
            .append('\t')
            .append(oneLine(concept.name()))
            .append('\n');
      }
    }
    int relation = 0;
    for (Relation r : extraction.relations()) {
      ann.append("R")
          .append(++relation)
          .append('\t')
          .append(relationName(r.type()))
          .append(" Arg1:T")
          .append(r.from() + 1)
          .append(" Arg2:T")
          .append(r.to() + 1)
          .append('\n');
    }
    int note = 0;
    relation = 0;
    for (Relation r : extraction.relations()) {
      relation++;
      if (r.outcome() != null) {
        ann.append('#')
            .append(++note)
            .append("\tAnnotatorNotes R")
            .append(relation)
            .append("\toutcome: ")
            .append(r.outcome().name())
            .append('\n');
      }
    }
    return ann.toString();
  }

  private static String relationName(RelationType type) {
    return switch (type) {
      case TREATS -> "Treats";
      case CAUSES -> "Causes";
      case REVEALS -> "Reveals";
    };
  }

  // brat spans cannot cross a line break: such a mention becomes fragments "s1 e1;s2 e2".
  private static String offsets(String text, Mention mention) {
    int start = mention.evidence().start();
    int end = mention.evidence().end();
    List<String> fragments = new ArrayList<>();
    int fragmentStart = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (i > fragmentStart) {
          fragments.add(fragmentStart + " " + i);
        }
        fragmentStart = i + 1;
      }
    }
    if (end > fragmentStart) {
      fragments.add(fragmentStart + " " + end);
    }
    return String.join(";", fragments);
  }

  private static String oneLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }
}

package dev.kb.importer.brat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.Evidence;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import dev.kb.importer.extract.RelationType;
import dev.kb.importer.extract.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class BratWriterTest {

  @Test
  void shouldWriteEntitiesAttributesNormalisationsAndRelations() {
    String text = "No fasciculations. Maybe X.\nCarbamazepine caused drowsiness.";
    Concept fasc =
        new Concept(
            "HP:0002380", ConceptKind.SYMPTOM, "Fasciculations", List.of(), List.of("HP:0002380"));
    Concept x = new Concept("LOCAL:x", ConceptKind.DIAGNOSIS, "X", List.of(), List.of());
    Concept cbz =
        new Concept(
            "DRUGBANK:DB00564",
            ConceptKind.DRUG,
            "Carbamazepine",
            List.of(),
            List.of("DRUGBANK:DB00564", "ATC:N03AF01"));
    Concept drowsy =
        new Concept(
            "HP:0001262", ConceptKind.SIDE_EFFECT, "Somnolence", List.of(), List.of("HP:0001262"));
    List<Mention> mentions =
        List.of(
            mention(text, fasc, 0, "fasciculations", Polarity.NEGATED, Certainty.CERTAIN),
            mention(text, x, 0, "X", Polarity.AFFIRMED, Certainty.POSSIBLE),
            mention(text, cbz, 1, "Carbamazepine", Polarity.AFFIRMED, Certainty.CERTAIN),
            mention(text, drowsy, 1, "drowsiness", Polarity.AFFIRMED, Certainty.CERTAIN));
    Extraction extraction =
        new Extraction(
            null,
            text,
            List.of(new Sentence(0, 0, 27), new Sentence(1, 28, text.length())),
            mentions,
            List.of(new Relation(RelationType.CAUSES, 2, 3)),
            null,
            null,
            "test");

    assertThat(BratWriter.write(extraction))
        .isEqualTo(
            """
            T1\tSymptom 3 17\tfasciculations
            T2\tDiagnosis 25 26\tX
            T3\tDrug 28 41\tCarbamazepine
            T4\tSideEffect 49 59\tdrowsiness
            A1\tNegated T1
            A2\tUncertain T2
            N1\tReference T1 HP:0002380\tFasciculations
            N2\tReference T3 DRUGBANK:DB00564\tCarbamazepine
            N3\tReference T4 HP:0001262\tSomnolence
            R1\tCauses Arg1:T3 Arg2:T4
            """);
  }

  @Test
  void shouldSplitSpansAtLineBreaks() {
    String text = "She had chest\npain.";
    Extraction extraction = LexiconExtractor.standard().extract(text);
    assertThat(BratWriter.write(extraction)).startsWith("T1\tSymptom 8 13;14 18\tchest pain\n");
  }

  @Test
  void shouldWriteTreatsAndRevealsRelations() {
    Extraction extraction =
        LexiconExtractor.standard()
            .extract("CT showed pneumonia. He was treated with ceftriaxone for pneumonia.");
    assertThat(BratWriter.write(extraction))
        .contains("\tReveals Arg1:T1 Arg2:T2\n")
        .contains("\tTreats Arg1:T3 Arg2:T4\n");
  }

  private static Mention mention(
      String text, Concept concept, int sentence, String words, Polarity p, Certainty c) {
    int start = text.indexOf(words);
    return new Mention(
        concept,
        new Evidence(sentence, start, start + words.length(), words),
        p,
        c,
        Temporality.CURRENT,
        Experiencer.PATIENT);
  }
}

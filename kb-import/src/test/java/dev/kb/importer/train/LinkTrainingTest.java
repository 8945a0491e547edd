package dev.kb.importer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.importer.corpus.GoldCorpora;
import dev.kb.importer.corpus.GoldDocument;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.extract.LinkModel;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on a small corpus written for this test (ADE's format): deterministic files, folds by
 * document, and a cross-validated extractor that only scores what it held out.
 */
class LinkTrainingTest {

  private static final LexiconExtractor EXTRACTOR = LexiconExtractor.standard();
  private static final LinkTrainer.Settings SETTINGS = LinkTrainer.Settings.defaults();
  private static Path corpora;

  @BeforeAll
  static void corpora() throws URISyntaxException {
    corpora = Path.of(LinkTrainingTest.class.getResource("/train/corpus").toURI());
  }

  @Test
  void shouldTrainTheSameFilesTwice(@TempDir Path first, @TempDir Path second) throws Exception {
    LinkTraining.write(LinkTraining.run(EXTRACTOR, corpora, 2, SETTINGS), first);
    LinkTraining.write(LinkTraining.run(EXTRACTOR, corpora, 2, SETTINGS), second);
    for (String file :
        List.of(
            "links/" + LinkModel.WEIGHTS,
            "links/" + LinkModel.KNOWN_PAIRS,
            "links/" + LinkModel.MANIFEST,
            "mentions/confidence.tsv")) {
      assertThat(Files.readString(second.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(first.resolve(file)));
    }
    String manifest = Files.readString(first.resolve("links/" + LinkModel.MANIFEST));
    assertThat(manifest)
        .contains("\"featureSet\" : \"" + LinkModel.currentFeatureSet() + "\"")
        .contains("\"file\" : \"ade-dev/DRUG-AE.rel\"")
        .contains("\"library\" : \"tribuo-classification-liblinear");
    LinkModel model = LinkModel.read(first.resolve("links"));
    assertThat(model.weights()).isNotEmpty();
    assertThat(model.known()).isNotEmpty();
  }

  @Test
  void shouldKeepTheSentencesOfOneAbstractInOneFold() {
    Folds folds = new Folds(3);
    List<GoldDocument> documents = GoldCorpora.all(corpora);
    for (GoldDocument a : documents) {
      for (GoldDocument b : documents) {
        if (a.group().equals(b.group())) {
          assertThat(folds.of(a)).isEqualTo(folds.of(b));
        }
      }
    }
    assertThat(documents.stream().map(folds::of).distinct()).hasSizeGreaterThan(1);
  }

  @Test
  void shouldScoreEachDocumentOnlyWithAModelThatDidNotReadIt() {
    List<GoldDocument> documents = GoldCorpora.all(corpora);
    CrossValidation.Result cv =
        CrossValidation.run(EXTRACTOR, documents, new Folds(2), SETTINGS, 0.5);
    assertThat(cv.foldOfText()).hasSize(documents.size());
    assertThat(cv.models()).hasSize(2);
    assertThat(cv.models().get(0).hash()).isNotEqualTo(cv.models().get(1).hash());
    FoldedExtractor folded = cv.extractor(EXTRACTOR);
    GoldDocument one = documents.getFirst();
    assertThat(folded.extract(one.text()).linkMinimum()).isEqualTo(cv.minimum());
    assertThatThrownBy(() -> folded.extract("A text no fold has seen: rash after amoxicillin."))
        .hasMessageContaining("Not a document of the training corpora");
  }

  @Test
  void shouldRefuseAFolderWithoutCorpora(@TempDir Path empty) {
    assertThatThrownBy(() -> GoldCorpora.all(empty)).hasMessageContaining("No corpus under");
  }
}

package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link model as data: its formula, its files, and the feature set it must match. */
class LinkModelTest {

  private static final LinkModel MODEL =
      new LinkModel(
          Map.of("sd=0", 1.5, "fw=after", 2.0, "known", 1.0, "known&sd=1", 0.5),
          -2.0,
          0.7,
          Set.of(LinkModel.pair("DRUGBANK:DB00555", "HP:0000988")));

  @Test
  void shouldGiveTheLogisticOfTheBiasAndTheWeightsOfTheFeaturesThatHold() {
    assertThat(MODEL.probability(List.of())).isCloseTo(1 / (1 + Math.exp(2.0)), within(1e-12));
    assertThat(MODEL.probability(List.of("sd=0", "fw=after", "unknown-feature")))
        .isCloseTo(1 / (1 + Math.exp(-1.5)), within(1e-12));
  }

  @Test
  void shouldAddTheKnownPairFeaturesOnlyForAPairTheCorporaReport() {
    assertThat(MODEL.withPrior(List.of("sd=1"), "DRUGBANK:DB00555", "HP:0000988"))
        .containsExactly("sd=1", "known", "known&sd=1");
    assertThat(MODEL.withPrior(List.of("sd=1"), "DRUGBANK:DB00555", "HP:0001250"))
        .containsExactly("sd=1");
  }

  @Test
  void shouldWriteAndReadTheSameModelByteForByte(@TempDir Path dir) throws Exception {
    MODEL.write(dir);
    LinkModel read = LinkModel.read(dir);
    assertThat(read.hash()).isEqualTo(MODEL.hash());
    assertThat(read.minimum()).isEqualTo(0.7);
    assertThat(read.known()).isEqualTo(MODEL.known());
    assertThat(read.probability(List.of("sd=0", "fw=after")))
        .isCloseTo(MODEL.probability(List.of("sd=0", "fw=after")), within(1e-6));
    String weights = Files.readString(dir.resolve(LinkModel.WEIGHTS));
    read.write(dir);
    assertThat(Files.readString(dir.resolve(LinkModel.WEIGHTS))).isEqualTo(weights);
  }

  @Test
  void shouldRefuseAModelTrainedOnAnotherFeatureSet(@TempDir Path dir) throws Exception {
    MODEL.write(dir);
    Path weights = dir.resolve(LinkModel.WEIGHTS);
    Files.writeString(
        weights,
        Files.readString(weights)
            .replace("@features\t" + LinkModel.currentFeatureSet(), "@features\tlinks-0"));
    assertThatThrownBy(() -> LinkModel.read(dir))
        .hasMessageContaining("links-0")
        .hasMessageContaining("train it again");
  }

  @Test
  void shouldRefuseAMinimumOutsideZeroToOne() {
    assertThatThrownBy(() -> MODEL.withMinimum(1.5)).hasMessageContaining("between 0 and 1");
  }

  @Test
  void shouldBundleAModelForTheCurrentFeatures() {
    assertThat(LinkModel.isBundled())
        .as("kb/models/links must hold a model trained on %s", LinkModel.currentFeatureSet())
        .isTrue();
    LinkModel bundled = LinkModel.bundled();
    assertThat(bundled.featureSet()).isEqualTo(LinkModel.currentFeatureSet());
    assertThat(bundled.minimum()).isBetween(0.0, 1.0);
    assertThat(bundled.known()).isNotEmpty();
    assertThat(LexiconExtractor.standard().version()).contains("+links-" + bundled.hash());
  }

  @Test
  void shouldBundleAManifestThatNamesTheCurrentFeaturesAndTheBundledWeights() throws Exception {
    String manifest =
        new String(
            getClass()
                .getClassLoader()
                .getResourceAsStream(LinkModel.BUNDLED_DIR + LinkModel.MANIFEST)
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    LinkModel bundled = LinkModel.bundled();
    assertThat(manifest)
        .contains("\"featureSet\" : \"" + LinkModel.currentFeatureSet() + "\"")
        .contains("\"weightsSha256\" : \"" + bundled.weightsSha256() + "\"")
        .contains("\"knownPairsSha256\" : \"" + bundled.knownPairsSha256() + "\"")
        .contains("\"minimum\" : " + bundled.minimum());
  }
}

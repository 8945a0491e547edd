package dev.kb.importer.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.extract.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real packs: those bundled, which every extraction reads with by default, against the bundled
 * lexicon alone; and the same release read from the shared folder, skipped where it is absent.
 */
class SharedTerminologyTest {

  private static final LexiconExtractor bundled = LexiconExtractor.withBundledData();
  private static final LexiconExtractor withPacks = LexiconExtractor.standard();

  @Test
  void shouldReadTheSharedReleaseFromItsFolderAsTheBundledOne() {
    Path terminology = sharedDir().resolve("terminology");
    Assumptions.assumeTrue(
        Files.isDirectory(terminology),
        "Shared terminology absent at " + terminology + "; folder test skipped");
    // The hash covers every byte read: the same hash is the same release, read alike.
    TerminologyPacks.Loaded shared = TerminologyPacks.load(terminology);
    assertThat(withPacks.version()).contains("+packs-" + shared.hash() + "+");
    assertThat(bundled.version()).doesNotContain("packs");
  }

  @Test
  void shouldFindAnHpoSynonymThatOnlyThePackKnows() {
    String text = "She had long slender fingers and a high arched palate.";
    assertThat(bundled.extract(text).mentions())
        .noneMatch(m -> m.concept().id().equals("HP:0001166"));
    Mention mention = only(withPacks.extract(text), "long slender fingers");
    assertThat(mention.concept().id()).isEqualTo("HP:0001166");
    assertThat(mention.kind()).isEqualTo(ConceptKind.SYMPTOM);
  }

  @Test
  void shouldNotMatchStopListedWords() {
    Extraction extraction = withPacks.extract("He drank water and was all right.");
    assertThat(extraction.mentions())
        .extracting(m -> m.evidence().matchedText())
        .doesNotContain("water", "all");
  }

  @Test
  void shouldMergeAPackSynonymIntoTheAuthoredEntryWithTheSameCode() {
    Mention mention = only(withPacks.extract("Carbamazepina was started."), "Carbamazepina");
    assertThat(mention.concept().id()).isEqualTo("DRUGBANK:DB00564");
    assertThat(mention.concept().name()).isEqualTo("Carbamazepine");
    assertThat(mention.concept().synonyms()).contains("Tegretol", "Carbamazepina");
  }

  @Test
  void shouldKeepAuthoredEntriesFirst() {
    assertThat(withPacks.extract("Muscle twitching.").mentions())
        .singleElement()
        .satisfies(m -> assertThat(m.concept().id()).isEqualTo("HP:0002380"));
  }

  private static Mention only(Extraction extraction, String text) {
    return extraction.mentions().stream()
        .filter(m -> m.evidence().matchedText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text + " not found in " + extraction.mentions()));
  }

  static Path sharedDir() {
    String configured = System.getProperty("kb.shared.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    Path besideModule = Path.of("../shared");
    return Files.isDirectory(besideModule) ? besideModule : Path.of("../../shared");
  }
}

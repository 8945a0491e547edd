package dev.kb.importer.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vocabularies bundled in the jar: published bytes, named in NOTICE, read like a folder. */
class BundledPacksTest {

  private static final TerminologyPacks.Loaded BUNDLED = TerminologyPacks.bundled();
  private static final Map<String, Concept> BY_ID =
      BUNDLED.concepts().stream().collect(Collectors.toMap(Concept::id, Function.identity()));

  @TempDir Path dir;

  @Test
  void shouldBundleEveryFileUnmodifiedAsItsManifestRecords() throws IOException {
    // HPO's licence forbids redistributing modified copies: what gunzips must be what was
    // published.
    Map<String, String> manifest = PackSource.Bundled.manifest();
    assertThat(manifest.keySet())
        .containsExactly(
            "doid/HumanDO.tsv",
            "doid/ICD10inDO.tsv",
            "doid/MESHinDO.tsv",
            "drugbank/drugbank-vocabulary.csv",
            "hpo/hp-2014.obo",
            "hpo/hpo-current-english.tsv",
            "mesh/2017MeshTree.txt",
            "mondo/mondo-labels.tsv");
    manifest.forEach(
        (file, sha256) ->
            assertThat(sha256(PackSource.bundled().read(file))).as(file).isEqualTo(sha256));
    for (String file : manifest.keySet()) {
      try (InputStream gz = resource(file + ".gz")) {
        // The repository keeps no file over 8 MiB.
        assertThat(gz.readAllBytes().length).as(file).isLessThan(8 << 20);
      }
    }
  }

  @Test
  void shouldNameEveryBundledFileAndItsLicenceInTheNotice() throws IOException {
    Path notice = Path.of("../NOTICE");
    String text = Files.readString(notice);
    assertThat(text).contains(PackSource.Bundled.manifest().keySet());
    assertThat(text)
        .contains("Human Phenotype Ontology", "CC0", "CC BY 4.0", "MeSH", "DrugBank")
        .contains("MACCROBAT");
  }

  @Test
  void shouldLoadEveryBundledPackAndNameKnownConcepts() {
    assertThat(BUNDLED.sizes()).containsOnlyKeys("doid", "mondo", "hpo", "drugbank", "mesh");
    assertThat(BUNDLED.sizes().values()).allSatisfy(size -> assertThat(size).isGreaterThan(1000));

    assertThat(BY_ID.get("HP:0001166").synonyms()).contains("Long slender fingers");
    assertThat(BY_ID.get("HP:0001166").kind()).isEqualTo(ConceptKind.SYMPTOM);
    assertThat(BY_ID.get("DOID:10763").codes()).contains("ICD10:I10");
    assertThat(BY_ID.get("MONDO:0035586").name()).isEqualTo("Cramp-fasciculation syndrome");
    assertThat(BY_ID.get("DRUGBANK:DB00564").name()).isEqualTo("Carbamazepine");
    assertThat(BY_ID.get("DRUGBANK:DB00564").kind()).isEqualTo(ConceptKind.DRUG);
    assertThat(BY_ID.get("MESH:D004562").kind()).isEqualTo(ConceptKind.INVESTIGATION);
  }

  @Test
  void shouldReadAFolderOfGzippedFilesAsTheSameFilesPlain() throws Exception {
    Path plain = Path.of(BundledPacksTest.class.getResource("/terminology").toURI());
    try (Stream<Path> files = Files.walk(plain)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path gz = dir.resolve(plain.relativize(file) + ".gz");
        Files.createDirectories(gz.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
          Files.copy(file, out);
        }
      }
    }

    TerminologyPacks.Loaded fromPlain = TerminologyPacks.load(plain);
    TerminologyPacks.Loaded fromGzipped = TerminologyPacks.load(dir);

    assertThat(fromGzipped.concepts()).isNotEmpty().isEqualTo(fromPlain.concepts());
    assertThat(fromGzipped.sizes()).isEqualTo(fromPlain.sizes());
    assertThat(fromGzipped.hash()).isEqualTo(fromPlain.hash());
  }

  @Test
  void shouldNameTheFolderThatIsMissing() {
    Path missing = dir.resolve("no-such-release");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TerminologyPacks.load(missing))
        .withMessageContaining(missing.toString());
  }

  private static InputStream resource(String file) {
    InputStream in =
        BundledPacksTest.class.getClassLoader().getResourceAsStream(PackSource.Bundled.ROOT + file);
    assertThat(in).as(file).isNotNull();
    return in;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

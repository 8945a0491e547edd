package dev.kb.importer.evaluate;

import dev.kb.importer.corpus.GoldCorpora;
import dev.kb.importer.extract.Extractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Entry points of the evaluation: one method per gold corpus format. */
public final class Evaluations {

  private Evaluations() {}

  /** Scores a folder of brat {@code NAME.txt} + {@code NAME.ann} pairs with the MACCROBAT types. */
  public static Report maccrobat(Extractor extractor, Path folder) {
    return MaccrobatEvaluation.run(extractor, folder);
  }

  /**
   * Scores drug → effect pairs against ADE-Corpus-V2: {@code DRUG-AE.rel} and {@code ADE-NEG.txt}
   * in {@code folder}.
   */
  public static Report ade(Extractor extractor, Path folder) {
    return AdeEvaluation.run(extractor, folder);
  }

  /**
   * Scores chemical and disease mentions against a BC5CDR PubTator file, or against the file named
   * {@code *Development*} in a folder.
   */
  public static Report bc5cdr(Extractor extractor, Path fileOrFolder) {
    Path file = fileOrFolder;
    if (Files.isDirectory(fileOrFolder)) {
      try (Stream<Path> files = Files.list(fileOrFolder)) {
        List<Path> development =
            files.filter(p -> p.getFileName().toString().contains("Development")).toList();
        if (development.size() != 1) {
          throw new IllegalArgumentException(
              "Expected one *Development* PubTator file in " + fileOrFolder);
        }
        file = development.get(0);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + fileOrFolder, e);
      }
    }
    return Bc5cdrEvaluation.run(extractor, List.of(file));
  }

  /**
   * Scores every abstract of every PubTator file in {@code folder} (training and development sets):
   * for an extractor whose link model never read the abstract it scores (cross-validation).
   */
  public static Report bc5cdrAll(Extractor extractor, Path folder) {
    return Bc5cdrEvaluation.run(extractor, GoldCorpora.pubTatorFiles(folder));
  }
}

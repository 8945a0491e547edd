package dev.kb.importer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's files and folders into the text files to read, in a stable order. */
final class Inputs {

  private Inputs() {}

  /** Files as given; folders walked for {@code *.txt}, sorted by path. Missing paths fail. */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".txt"))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot list " + path, e);
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new IllegalArgumentException("No such file or folder: " + path);
      }
    }
    return files;
  }
}

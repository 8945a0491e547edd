package dev.kb.importer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's files and folders into the files to read, in a stable order. Public
 * for kb-bench's import benchmark, which takes its inputs alike.
 */
public final class Inputs {

  private Inputs() {}

  /**
   * Files as given, whatever their name; folders walked for files ending with one of {@code
   * extensions}, sorted by path. A missing path fails.
   */
  public static List<Path> expand(List<Path> paths, String... extensions) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> hasExtension(p, extensions))
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

  private static boolean hasExtension(Path file, String... extensions) {
    String name = file.getFileName().toString();
    for (String extension : extensions) {
      if (name.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }
}

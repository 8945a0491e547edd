package dev.kb.importer.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Where the pack files come from: a folder (a newer release, its files plain or gzip-compressed) or
 * the release bundled in the jar. Files are named relative to the packs' root, such as {@code
 * hpo/hp-2014.obo}, always without {@code .gz}; reads return the uncompressed bytes, so a pack and
 * its hash are the same whichever way its files are stored.
 */
sealed interface PackSource {

  /** The bundled release, listed in {@value Bundled#MANIFEST}. */
  static PackSource bundled() {
    return Bundled.INSTANCE;
  }

  /** A folder laid out like the bundled release. */
  static PackSource folder(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("No terminology folder at " + dir);
    }
    return new Folder(dir);
  }

  /** The names of the files in one pack's folder ({@code hpo}), sorted, without {@code .gz}. */
  List<String> list(String pack);

  /** The uncompressed bytes of a listed file ({@code hpo/hp-2014.obo}). */
  byte[] read(String file);

  /** Files in a folder, read as they are or gunzipped when their name ends in {@code .gz}. */
  record Folder(Path dir) implements PackSource {

    @Override
    public List<String> list(String pack) {
      Path folder = dir.resolve(pack);
      if (!Files.isDirectory(folder)) {
        return List.of();
      }
      try (Stream<Path> files = Files.list(folder)) {
        TreeSet<String> names = new TreeSet<>();
        files
            .filter(Files::isRegularFile)
            .map(p -> p.getFileName().toString())
            .forEach(name -> names.add(name.endsWith(".gz") ? stripGz(name) : name));
        return List.copyOf(names);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + folder, e);
      }
    }

    @Override
    public byte[] read(String file) {
      Path plain = dir.resolve(file);
      Path gz = dir.resolve(file + ".gz");
      // A plain file wins over a compressed one of the same name.
      Path path = Files.isRegularFile(plain) ? plain : gz;
      try {
        if (path == plain) {
          return Files.readAllBytes(path);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 1 << 16)) {
          return in.readAllBytes();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + path, e);
      }
    }

    private static String stripGz(String name) {
      return name.substring(0, name.length() - ".gz".length());
    }
  }

  /**
   * The gzip-compressed files under {@code kb/terminology/packs/} on the class path. A jar's
   * folders cannot be listed, so {@value #MANIFEST} names them, each with the SHA-256 of its
   * uncompressed bytes, in the format of {@code sha256sum}.
   */
  final class Bundled implements PackSource {

    static final String ROOT = "kb/terminology/packs/";
    static final String MANIFEST = ROOT + "SHA256SUMS";
    static final Bundled INSTANCE = new Bundled();

    private Bundled() {}

    /** The bundled files and the SHA-256 of each one's uncompressed bytes, by file. */
    static Map<String, String> manifest() {
      Map<String, String> files = new TreeMap<>();
      String content = new String(resource(MANIFEST), StandardCharsets.UTF_8);
      for (String line : content.lines().toList()) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.strip().split(" [ *]", 2);
        if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
          throw new IllegalStateException(MANIFEST + ": not a sha256sum line: " + line);
        }
        files.put(parts[1], parts[0]);
      }
      return files;
    }

    @Override
    public List<String> list(String pack) {
      List<String> names = new ArrayList<>();
      for (String file : manifest().keySet()) {
        if (file.startsWith(pack + "/")) {
          names.add(file.substring(pack.length() + 1));
        }
      }
      return names;
    }

    @Override
    public byte[] read(String file) {
      String name = ROOT + file + ".gz";
      try (InputStream in = stream(name);
          InputStream gunzipped = new GZIPInputStream(in, 1 << 16)) {
        return gunzipped.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the bundled " + name, e);
      }
    }

    private static byte[] resource(String name) {
      try (InputStream in = stream(name)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the bundled " + name, e);
      }
    }

    private static InputStream stream(String name) {
      InputStream in = Bundled.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("Missing bundled terminology file " + name);
      }
      return in;
    }
  }
}

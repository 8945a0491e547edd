package dev.kb.graphql.playground;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Reads the playground's lessons from {@code classpath:lessons/*.graphql}, in file-name order. */
public final class Lessons {

  /** Where the lessons lie on the classpath. */
  public static final String LOCATION = "classpath*:lessons/";

  private Lessons() {}

  /**
   * All lessons, ordered by file name.
   *
   * @return the lessons; empty when there are none
   */
  public static List<Lesson> load() {
    ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    try {
      Resource[] files = resolver.getResources(LOCATION + "*.graphql");
      List<Lesson> lessons = new ArrayList<>();
      for (Resource file : sortedByName(files)) {
        String fileName = file.getFilename();
        if (fileName == null) {
          continue;
        }
        String name = fileName.substring(0, fileName.length() - ".graphql".length());
        Resource variablesFile = file.createRelative(name + ".variables.json");
        String variables = variablesFile.exists() ? read(variablesFile).strip() : "";
        lessons.add(parse(name, read(file), variables));
      }
      return List.copyOf(lessons);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the playground lessons", e);
    }
  }

  static Lesson parse(String name, String query, String variables) {
    List<String> comments = new ArrayList<>();
    for (String line : query.strip().split("\\R")) {
      String trimmed = line.strip();
      if (!trimmed.startsWith("#")) {
        break;
      }
      comments.add(trimmed.substring(1).strip());
    }
    String title = comments.isEmpty() ? name : comments.getFirst();
    String description =
        String.join(" ", comments.subList(Math.min(1, comments.size()), comments.size()));
    return new Lesson(name, title, description, query, variables);
  }

  private static List<Resource> sortedByName(Resource[] files) {
    return Arrays.stream(files)
        .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
        .toList();
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compares the patient's age and sex the extractor reads in each MACCROBAT development report with
 * the first {@code Age} and {@code Sex} entities of its gold annotations (skipped where the shared
 * folder is absent). A wrong age or sex is a false fact about the patient, worse than none: none is
 * allowed; a few missing are.
 */
class MaccrobatDemographicsTest {

  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("(\\d{1,3})\\s*[-–\\s]*(year|yr|month|week|day)?");
  private static final Pattern MALE = Pattern.compile("\\b(man|male|boy|gentleman|mr)\\b");
  private static final Pattern FEMALE =
      Pattern.compile("\\b(woman|female|girl|lady|mrs|ms|primipara|primigravida)\\b");

  private record Entity(int start, String type, String text) {}

  private record Tally(int agree, int wrong, int missing) {
    Tally add(@Nullable Object gold, @Nullable Object predicted) {
      if (gold == null) {
        return this;
      }
      if (predicted == null) {
        return new Tally(agree, wrong, missing + 1);
      }
      return Objects.equals(gold, predicted)
          ? new Tally(agree + 1, wrong, missing)
          : new Tally(agree, wrong + 1, missing);
    }

    int total() {
      return agree + wrong + missing;
    }
  }

  @Test
  void shouldReadThePatientsAgeAndSexAsTheGoldAnnotationsDo() throws IOException {
    Path corpus = MaccrobatSmokeTest.sharedDir().resolve("corpus/maccrobat-dev");
    Assumptions.assumeTrue(
        Files.isDirectory(corpus), "MACCROBAT dev corpus not found at " + corpus + "; skipped");
    Extractor extractor = LexiconExtractor.withBundledData();
    List<Path> texts;
    try (Stream<Path> files = Files.list(corpus)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Tally ages = new Tally(0, 0, 0);
    Tally sexes = new Tally(0, 0, 0);
    List<String> wrong = new ArrayList<>();
    for (Path file : texts) {
      Path ann = Path.of(file.toString().replaceAll("\\.txt$", ".ann"));
      if (!Files.exists(ann)) {
        continue;
      }
      List<Entity> gold = entities(ann);
      Integer goldAge =
          gold.stream()
              .filter(e -> e.type().equals("Age"))
              .findFirst()
              .map(e -> years(e.text()))
              .orElse(null);
      String goldSex =
          gold.stream()
              .filter(e -> e.type().equals("Sex"))
              .findFirst()
              .map(e -> sex(e.text()))
              .orElse(null);
      Extraction extraction = extractor.extract(Files.readString(file, StandardCharsets.UTF_8));
      ages = ages.add(goldAge, extraction.patientAge());
      sexes = sexes.add(goldSex, extraction.patientSex());
      if (disagree(goldAge, extraction.patientAge())
          || disagree(goldSex, extraction.patientSex())) {
        wrong.add(
            file.getFileName()
                + ": age "
                + extraction.patientAge()
                + " (gold "
                + goldAge
                + "), sex "
                + extraction.patientSex()
                + " (gold "
                + goldSex
                + ")");
      }
    }
    System.out.printf(
        "MACCROBAT dev patient age: %d of %d agree, %d wrong, %d missing; sex: %d of %d agree,"
            + " %d wrong, %d missing%n",
        ages.agree(),
        ages.total(),
        ages.wrong(),
        ages.missing(),
        sexes.agree(),
        sexes.total(),
        sexes.wrong(),
        sexes.missing());
    assertThat(wrong).as("reports whose age or sex is not the patient's").isEmpty();
    assertThat(ages.agree()).isGreaterThanOrEqualTo(ages.total() * 95 / 100);
    assertThat(sexes.agree()).isGreaterThanOrEqualTo(sexes.total() * 95 / 100);
  }

  private static boolean disagree(@Nullable Object gold, @Nullable Object predicted) {
    return gold != null && predicted != null && !gold.equals(predicted);
  }

  // "28-year-old", "75–year–old", "65 years of age", "3-month-old", "13 months", "newborn".
  private static @Nullable Integer years(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("newborn") || lower.contains("neonat")) {
      return 0;
    }
    Matcher m = NUMBER_AND_UNIT.matcher(lower);
    if (!m.find()) {
      return null;
    }
    int n = Integer.parseInt(m.group(1));
    String unit = m.group(2) == null ? "year" : m.group(2);
    return switch (unit) {
      case "month" -> n / 12;
      case "week" -> n / 52;
      case "day" -> 0;
      default -> n;
    };
  }

  private static @Nullable String sex(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (MALE.matcher(lower).find()) {
      return "male";
    }
    return FEMALE.matcher(lower).find() ? "female" : null;
  }

  private static List<Entity> entities(Path ann) throws IOException {
    List<Entity> entities = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t");
      if (!line.startsWith("T") || columns.length < 3) {
        continue;
      }
      String[] typeAndOffsets = columns[1].split(" ");
      entities.add(
          new Entity(
              Integer.parseInt(typeAndOffsets[1].split(";")[0]), typeAndOffsets[0], columns[2]));
    }
    entities.sort(Comparator.comparingInt(Entity::start));
    return entities;
  }
}

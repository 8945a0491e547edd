package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.ConceptKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the drug → finding linker on hand-written case reports that no trainer has seen ({@code
 * cases/links/}, expectations in {@code expected.tsv}): for each row, whether a counted {@code
 * CAUSES} relation links the drug to the finding. Prints recall by the shape of the link, and
 * guards two things: a drug is never linked to what it was given for, and recall does not fall
 * below what the linker reached when the floor was set.
 */
class CaseReportLinksTest {

  private static final String FOLDER = "/cases/links/";

  /**
   * Overall CAUSES recall of counted links, less a small margin. When the set was written the
   * sentence rules alone decided, every link counted, and they found 5 of 72. The learned model
   * counts a link only at the confidence cross-validated for a precision of 0.9 (ADR 008), and
   * counts 2 of 72 with the default extractor: the floor was lowered to that, knowingly, and says
   * so in the issue's closing note; the weaker links are stored and shown in the table. Raise it
   * when the linker improves; never edit the texts to pass it.
   */
  private static final double RECALL_FLOOR = 0.02;

  private static final Set<String> CAUSES_SHAPES =
      Set.of("same-sentence", "reference", "class-word", "next-step", "earlier-sentence");
  private static final Set<String> NOT_CAUSES_SHAPES = Set.of("given-for", "before-drug", "other");

  private static final LexiconExtractor EXTRACTOR = LexiconExtractor.standard();

  private static List<Result> results;

  record Row(String file, String drug, String finding, boolean causes, String shape) {
    @Override
    public String toString() {
      return file
          + ": "
          + drug
          + " -> "
          + finding
          + " ("
          + (causes ? "CAUSES" : "NOT_CAUSES")
          + ", "
          + shape
          + ")";
    }
  }

  enum Status {
    LINKED,
    STORED_BELOW_MINIMUM,
    NOT_LINKED,
    DRUG_NOT_FOUND,
    FINDING_NOT_FOUND
  }

  record Result(Row row, Status status) {}

  @BeforeAll
  static void extractEveryText() {
    Map<String, Extraction> byFile = new LinkedHashMap<>();
    results = new ArrayList<>();
    for (Row row : rows()) {
      Extraction extraction = byFile.computeIfAbsent(row.file(), f -> EXTRACTOR.extract(read(f)));
      results.add(new Result(row, judge(extraction, row)));
    }
  }

  @Test
  void shouldKeepTheExpectationsWellFormed() {
    assertThat(results).isNotEmpty();
    for (Result r : results) {
      Row row = r.row();
      assertThat(row.causes() ? CAUSES_SHAPES : NOT_CAUSES_SHAPES)
          .as("shape of %s", row)
          .contains(row.shape());
      String text = read(row.file());
      assertThat(text)
          .as("%s: a title, a blank line, then the report", row.file())
          .contains("\n\n");
      String body = body(text).toLowerCase(Locale.ROOT);
      assertThat(body).as("%s names the drug", row).contains(row.drug().toLowerCase(Locale.ROOT));
      assertThat(body)
          .as("%s names the finding", row)
          .contains(row.finding().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void shouldNeverLinkADrugToWhatItWasGivenFor() {
    // Not even a weak link below the minimum: the text says what the drug was for.
    assertThat(results)
        .filteredOn(r -> r.row().shape().equals("given-for") && r.status() != Status.NOT_LINKED)
        .extracting(r -> r.row().toString())
        .as("given-for rows the linker blamed on their drug")
        .isEmpty();
  }

  @Test
  void shouldFindCausesAtLeastAsWellAsBefore() {
    System.out.println(report());
    List<Result> causes = results.stream().filter(r -> r.row().causes()).toList();
    long linked = causes.stream().filter(r -> r.status() == Status.LINKED).count();
    double recall = (double) linked / causes.size();
    assertThat(recall)
        .as(
            "CAUSES recall on the unseen case reports (%d of %d); misses:%n%s",
            linked, causes.size(), misses(causes))
        .isGreaterThanOrEqualTo(RECALL_FLOOR);
  }

  /** The table: rows by shape, with what was linked and what was not found at all. */
  static String report() {
    StringBuilder out = new StringBuilder();
    out.append("\nCase-report links (unseen set, ")
        .append(results.size())
        .append(" rows; decided by ")
        .append(LinkModel.isBundled() ? "the bundled trained model" : "the sentence rules alone")
        .append(String.format(Locale.ROOT, ", minimum %.2f)%n", EXTRACTOR.linkModel().minimum()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-11s %-17s %5s %7s %7s %9s %9s %11s%n",
            "expect",
            "shape",
            "rows",
            "linked",
            "recall",
            "weak link",
            "not found",
            "not linked"));
    List<String> shapes =
        List.of(
            "same-sentence",
            "reference",
            "class-word",
            "next-step",
            "earlier-sentence",
            "given-for",
            "before-drug",
            "other");
    for (String shape : shapes) {
      List<Result> rows = results.stream().filter(r -> r.row().shape().equals(shape)).toList();
      if (rows.isEmpty()) {
        continue;
      }
      boolean causes = rows.get(0).row().causes();
      out.append(line(causes ? "CAUSES" : "NOT_CAUSES", shape, rows, causes));
    }
    List<Result> causes = results.stream().filter(r -> r.row().causes()).toList();
    List<Result> notCauses = results.stream().filter(r -> !r.row().causes()).toList();
    out.append(line("CAUSES", "all", causes, true));
    out.append(line("NOT_CAUSES", "all", notCauses, false));
    out.append(
        "(linked: a link at the minimum, counted; weak link: stored below it, not counted;"
            + " NOT_CAUSES rows: linked = wrongly linked)\n");
    out.append(
        String.format(
            Locale.ROOT,
            "not found: drug %d, finding %d (counted as misses)%n",
            count(Status.DRUG_NOT_FOUND),
            count(Status.FINDING_NOT_FOUND)));
    out.append("CAUSES missed:\n").append(misses(causes));
    out.append("NOT_CAUSES wrongly linked:\n");
    notCauses.stream()
        .filter(r -> r.status() == Status.LINKED)
        .forEach(r -> out.append("  ").append(r.row()).append('\n'));
    return out.toString();
  }

  private static String line(String expect, String shape, List<Result> rows, boolean causes) {
    long linked = rows.stream().filter(r -> r.status() == Status.LINKED).count();
    long notFound =
        rows.stream()
            .filter(
                r -> r.status() == Status.DRUG_NOT_FOUND || r.status() == Status.FINDING_NOT_FOUND)
            .count();
    long notLinked = rows.stream().filter(r -> r.status() == Status.NOT_LINKED).count();
    long weak = rows.stream().filter(r -> r.status() == Status.STORED_BELOW_MINIMUM).count();
    // For NOT_CAUSES rows "linked" is the count wrongly linked; recall applies to CAUSES only.
    String recall =
        causes ? String.format(Locale.ROOT, "%.2f", (double) linked / rows.size()) : "-";
    return String.format(
        Locale.ROOT,
        "%-11s %-17s %5d %7d %7s %9d %9d %11d%n",
        expect,
        shape,
        rows.size(),
        linked,
        recall,
        weak,
        notFound,
        notLinked);
  }

  private static long count(Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  private static String misses(List<Result> rows) {
    StringBuilder out = new StringBuilder();
    for (Result r : rows) {
      if (r.status() != Status.LINKED) {
        out.append("  ")
            .append(r.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(": ")
            .append(r.row())
            .append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Whether a counted CAUSES relation runs from a mention of the row's drug (by concept: any
   * mention of the drug whose words the row gives) to a finding mention overlapping the row's
   * finding words (their first occurrence after the title).
   */
  static Status judge(Extraction extraction, Row row) {
    List<Mention> mentions = extraction.mentions();
    Set<String> drugConcepts = new HashSet<>();
    for (Mention m : mentions) {
      if (m.concept().kind() == ConceptKind.DRUG
          && m.evidence().matchedText().equalsIgnoreCase(row.drug())) {
        drugConcepts.add(m.concept().id());
      }
    }
    if (drugConcepts.isEmpty()) {
      return Status.DRUG_NOT_FOUND;
    }
    String text = extraction.text();
    int bodyStart = text.length() - body(text).length();
    int start =
        text.toLowerCase(Locale.ROOT).indexOf(row.finding().toLowerCase(Locale.ROOT), bodyStart);
    if (start < 0) {
      return Status.FINDING_NOT_FOUND;
    }
    int end = start + row.finding().length();
    Set<Integer> findings = new HashSet<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.kind() != ConceptKind.DRUG
          && m.kind() != ConceptKind.INVESTIGATION
          && m.evidence().start() < end
          && m.evidence().end() > start) {
        findings.add(i);
      }
    }
    if (findings.isEmpty()) {
      return Status.FINDING_NOT_FOUND;
    }
    Status status = Status.NOT_LINKED;
    for (Relation r : extraction.relations()) {
      if (r.type() == RelationType.CAUSES
          && findings.contains(r.to())
          && drugConcepts.contains(mentions.get(r.from()).concept().id())) {
        if (r.confidence() >= extraction.linkMinimum()) {
          return Status.LINKED;
        }
        status = Status.STORED_BELOW_MINIMUM;
      }
    }
    return status;
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (String line : read("expected.tsv").lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length != 5 || !(c[3].equals("CAUSES") || c[3].equals("NOT_CAUSES"))) {
        throw new IllegalArgumentException("expected.tsv: bad row '" + line + "'");
      }
      rows.add(new Row(c[0], c[1], c[2], c[3].equals("CAUSES"), c[4]));
    }
    return rows;
  }

  /** The report after its title line and the blank line that follows it. */
  private static String body(String text) {
    int blank = text.indexOf("\n\n");
    return blank < 0 ? text : text.substring(blank + 2);
  }

  private static String read(String file) {
    try (InputStream in = CaseReportLinksTest.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalArgumentException("No case report " + FOLDER + file + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

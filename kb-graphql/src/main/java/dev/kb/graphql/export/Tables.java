package dev.kb.graphql.export;

import dev.kb.core.casereport.CaseFact;
import dev.kb.core.casereport.CaseReport;
import dev.kb.core.knowledge.SideEffectSignal;
import dev.kb.core.knowledge.SideEffectSignal.Interval;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of each export, named as the GraphQL fields they come from; docs/api.md lists them. A
 * value that is null in the API is an empty cell.
 */
final class Tables {

  private Tables() {}

  /** One row per case; its text is left out (it is the case's, at {@code case(id)}). */
  static final CsvTable<CaseReport> CASES =
      new CsvTable<>(
          List.of(
              "id",
              "name",
              "title",
              "source",
              "importedAt",
              "patientAge",
              "patientSex",
              "extractorVersion",
              "minConfidence"),
          c ->
              row(
                  c.id(),
                  c.name(),
                  c.title(),
                  c.source(),
                  c.importedAt().toString(),
                  c.patientAge(),
                  c.patientSex(),
                  c.extractorVersion(),
                  c.minConfidence()));

  /** One row per fact, with its concept and its evidence. */
  static final CsvTable<CaseFact> FACTS =
      new CsvTable<>(
          List.of(
              "caseId",
              "factId",
              "kind",
              "conceptKind",
              "conceptId",
              "conceptName",
              "polarity",
              "certainty",
              "temporality",
              "experiencer",
              "result",
              "confidence",
              "sentenceIndex",
              "start",
              "end",
              "matchedText",
              "sentence"),
          f ->
              row(
                  f.caseId(),
                  f.id(),
                  f.kind().name(),
                  f.concept().kind().name(),
                  f.concept().id(),
                  f.concept().name(),
                  f.polarity().name(),
                  f.certainty().name(),
                  f.temporality().name(),
                  f.experiencer().name(),
                  f.result() == null ? null : f.result().name(),
                  f.confidence(),
                  f.evidence().sentenceIndex(),
                  f.evidence().start(),
                  f.evidence().end(),
                  f.evidence().matchedText(),
                  f.sentence()));

  /** One row per drug → finding signal, with its 2×2 table, measures and their intervals. */
  static final CsvTable<SideEffectSignal> SIGNALS =
      new CsvTable<>(
          List.of(
              "drugId",
              "drugName",
              "sideEffectKind",
              "sideEffectId",
              "sideEffectName",
              "a",
              "b",
              "c",
              "d",
              "prr",
              "prrLower",
              "prrUpper",
              "ror",
              "rorLower",
              "rorUpper"),
          s -> {
            Interval prr = s.prrInterval();
            Interval ror = s.rorInterval();
            return row(
                s.drug().id(),
                s.drug().name(),
                s.sideEffect().kind().name(),
                s.sideEffect().id(),
                s.sideEffect().name(),
                s.a(),
                s.b(),
                s.c(),
                s.d(),
                s.prr(),
                prr == null ? null : prr.lower(),
                prr == null ? null : prr.upper(),
                s.ror(),
                ror == null ? null : ror.lower(),
                ror == null ? null : ror.upper());
          });

  /** A row; unlike {@code List.of}, it holds nulls (empty cells). */
  private static List<@Nullable Object> row(@Nullable Object... values) {
    return Arrays.asList(values);
  }
}

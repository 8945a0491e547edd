package dev.kb.core.casereport;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A case report as stored: its text and what was read from it as a whole.
 *
 * @param id stable id, derived from the content hash: the same text always gets the same id
 * @param title the report's title, when it has one
 * @param source where the text came from (a file name, a DOI), when known
 * @param text the full text; evidence offsets point into it
 * @param contentHash SHA-256 of the text, hex
 * @param importedAt when the case was first imported
 * @param extractorVersion the extractor (code and data) that produced its facts
 * @param patientAge the patient's age in years, when stated
 * @param patientSex {@code male} or {@code female}, when stated
 * @param minConfidence the least confidence of a link of this case that counts in the statistics,
 *     as it was imported (0 for cases imported before links had confidences: every link counted)
 * @param mainDiagnosis the name of the diagnosis the report is mostly about, as read at import
 *     (null when none was read, or for cases imported before kb kept it)
 *     <p>A {@code :Case} node for Spring Data Neo4j's mapping, read by {@link CaseRepository}; the
 *     loader writes cases with its own batched query (ADR 011).
 */
@Node("Case")
public record CaseReport(
    @Id String id,
    @Nullable String title,
    @Nullable String source,
    String text,
    String contentHash,
    OffsetDateTime importedAt,
    String extractorVersion,
    @Nullable Integer patientAge,
    @Nullable String patientSex,
    double minConfidence,
    @Nullable String mainDiagnosis) {

  /** The case's readable name: its title, or a label from what was read ({@link CaseNames}). */
  public String name() {
    return CaseNames.of(this);
  }
}

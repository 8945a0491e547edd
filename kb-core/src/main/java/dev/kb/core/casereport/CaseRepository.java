package dev.kb.core.casereport;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/**
 * A case by its id, read by Spring Data Neo4j: the natural reader of one aggregate by its key,
 * where no paging, confidence or batching is involved. Lists, filters and facts stay with {@link
 * CaseReports}, whose single queries a repository would split (ADR 011). Read-only: cases are
 * written by the importer, in batches.
 */
public interface CaseRepository extends Repository<CaseReport, String> {

  Optional<CaseReport> findById(String id);
}

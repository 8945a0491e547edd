package dev.kb.graphql.casereport;

import dev.kb.core.casereport.CaseReport;
import dev.kb.core.casereport.CaseReports;
import dev.kb.graphql.error.InvalidArgumentException;
import dev.kb.graphql.limits.QueryLimitsInstrumentation;
import dev.kb.importer.load.CaseDocument;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.ImportOutcome;
import dev.kb.importer.load.RejectedDocumentException;
import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Curators' writes: import and delete cases. */
@Controller
class CaseMutationController {

  private final CaseLoader loader;
  private final CaseImports imports;
  private final CaseReports cases;
  private final Documents documents = new Documents();

  CaseMutationController(CaseLoader loader, CaseImports imports, CaseReports cases) {
    this.loader = loader;
    this.imports = imports;
    this.cases = cases;
  }

  /** The {@code ImportCaseInput} type. */
  record ImportCaseInput(String text, @Nullable String title, @Nullable String source) {}

  /** The {@code ImportCasePayload} type. */
  record ImportCasePayload(ImportOutcome.Status status, CaseReport kase) {
    public CaseReport getCase() {
      return kase;
    }
  }

  /** The {@code DeleteCasePayload} type. */
  record DeleteCasePayload(String id, boolean deleted) {}

  @MutationMapping
  @PreAuthorize("hasRole('CURATOR')")
  ImportCasePayload importCase(@Argument ImportCaseInput input, GraphQLContext context) {
    CaseDocument document;
    try {
      document = documents.fromString(input.text(), input.source(), input.title());
    } catch (RejectedDocumentException e) {
      throw new InvalidArgumentException("input.text", "was refused: " + e.getMessage());
    }
    // On the import threads, within what is left of the request's time.
    ImportOutcome outcome = imports.load(document, QueryLimitsInstrumentation.timeLeft(context));
    if (outcome.status() == ImportOutcome.Status.REJECTED || outcome.caseId() == null) {
      throw new InvalidArgumentException("input.text", "was refused: " + outcome.detail());
    }
    CaseReport report =
        cases
            .findById(outcome.caseId())
            .orElseThrow(() -> new IllegalStateException("Imported case not found"));
    return new ImportCasePayload(outcome.status(), report);
  }

  @MutationMapping
  @PreAuthorize("hasRole('CURATOR')")
  DeleteCasePayload deleteCase(@Argument String id) {
    return new DeleteCasePayload(id, loader.delete(id));
  }
}

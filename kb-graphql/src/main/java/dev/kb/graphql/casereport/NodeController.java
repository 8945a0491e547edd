package dev.kb.graphql.casereport;

import dev.kb.core.casereport.CaseFact;
import dev.kb.core.casereport.CaseReport;
import dev.kb.core.casereport.CaseReports;
import dev.kb.core.casereport.CaseRepository;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Relay object identification: {@code node(id)} for cases ({@code case-<16 hex>}) and their facts
 * ({@code case-<16 hex>-f<n>}). The id's shape says which it is, so no look-up is wasted.
 */
@Controller
class NodeController {

  private static final Pattern CASE_ID = Pattern.compile("case-[0-9a-f]{16}");
  private static final Pattern FACT_ID = Pattern.compile("case-[0-9a-f]{16}-f[0-9]{1,9}");

  private final CaseRepository caseRepository;
  private final CaseReports cases;

  NodeController(CaseRepository caseRepository, CaseReports cases) {
    this.caseRepository = caseRepository;
    this.cases = cases;
  }

  @QueryMapping
  @Nullable Object node(@Argument String id) {
    if (CASE_ID.matcher(id).matches()) {
      return caseRepository.findById(id).orElse(null);
    }
    if (FACT_ID.matcher(id).matches()) {
      return cases.findFact(id).orElse(null);
    }
    return null;
  }

  /** Which GraphQL type a {@code Node} value is. */
  @Bean
  static RuntimeWiringConfigurer nodeTypeResolver() {
    return wiring ->
        wiring.type(
            "Node",
            type ->
                type.typeResolver(
                    env ->
                        env.getSchema()
                            .getObjectType(
                                switch (env.getObject()) {
                                  case CaseReport report -> "Case";
                                  case CaseFact fact -> "Fact";
                                  default ->
                                      throw new IllegalStateException(
                                          "Not a node: " + env.getObject().getClass());
                                })));
  }
}

package dev.kb.graphql.statistics;

import dev.kb.core.casereport.CaseCounts;
import dev.kb.core.casereport.CaseFilter;
import dev.kb.core.casereport.CaseStatistics;
import dev.kb.graphql.error.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Counts of the cases a filter matches by sex and age band: a question that otherwise takes one
 * aliased {@code cases} query per sex or band, each listing cases only to read their {@code
 * totalCount}.
 */
@Controller
class CaseStatisticsController {

  private final CaseCounts counts;

  CaseStatisticsController(CaseCounts counts) {
    this.counts = counts;
  }

  @QueryMapping
  CaseStatistics caseStatistics(@Argument @Nullable CaseFilter filter) {
    try {
      return counts.statistics(filter);
    } catch (IllegalArgumentException e) {
      throw new InvalidArgumentException("filter", String.valueOf(e.getMessage()));
    }
  }

  @SchemaMapping(typeName = "AgeBandCount")
  String band(CaseStatistics.AgeBandCount count) {
    return count.band().label();
  }

  @SchemaMapping(typeName = "AgeBandCount")
  @Nullable Integer from(CaseStatistics.AgeBandCount count) {
    return count.band().from();
  }

  @SchemaMapping(typeName = "AgeBandCount")
  @Nullable Integer to(CaseStatistics.AgeBandCount count) {
    return count.band().to();
  }
}

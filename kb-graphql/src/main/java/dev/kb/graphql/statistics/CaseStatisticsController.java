package dev.kb.graphql.statistics;

import dev.kb.core.casereport.CaseCounts;
import dev.kb.core.casereport.CaseFilter;
import dev.kb.core.casereport.CaseStatistics;
import dev.kb.core.casereport.CaseStatistics.SexCount;
import dev.kb.graphql.error.InvalidArgumentException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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

  /** The {@code CaseStatistics} type: its lists are plain values, read without fetchers. */
  record StatisticsView(long total, List<SexCount> bySex, List<AgeBandView> byAgeBand) {}

  /** The {@code AgeBandCount} type. */
  record AgeBandView(String band, @Nullable Integer from, @Nullable Integer to, long cases) {}

  @QueryMapping
  StatisticsView caseStatistics(@Argument @Nullable CaseFilter filter) {
    CaseStatistics statistics;
    try {
      statistics = counts.statistics(filter);
    } catch (IllegalArgumentException e) {
      throw new InvalidArgumentException("filter", String.valueOf(e.getMessage()));
    }
    return new StatisticsView(
        statistics.total(),
        statistics.bySex(),
        statistics.byAgeBand().stream()
            .map(
                count ->
                    new AgeBandView(
                        count.band().label(),
                        count.band().from(),
                        count.band().to(),
                        count.cases()))
            .toList());
  }
}

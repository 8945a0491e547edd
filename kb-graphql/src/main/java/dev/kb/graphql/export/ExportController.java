package dev.kb.graphql.export;

import dev.kb.core.casereport.CaseCounts;
import dev.kb.core.casereport.CaseFact;
import dev.kb.core.casereport.CaseFilter;
import dev.kb.core.casereport.CaseReport;
import dev.kb.core.casereport.CaseReports;
import dev.kb.core.casereport.CaseSort;
import dev.kb.core.graph.Page;
import dev.kb.core.knowledge.LinkFilter;
import dev.kb.core.knowledge.SideEffectSignal;
import dev.kb.core.knowledge.SideEffectSignals;
import dev.kb.core.knowledge.SignalRanking;
import dev.kb.graphql.paging.SortDirection;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV downloads of cases, facts and side-effect signals, with the filters of the GraphQL fields
 * they mirror ({@code cases}, {@code Case.facts}, {@code sideEffectSignals}). Public reads, as the
 * GraphQL API's. A download is written while it is read, a page of rows at a time, so memory does
 * not grow with it; it holds at most {@code kb.export.max-rows} rows, and a request matching more
 * is refused before anything is written unless it asks for the first rows with {@code limit}. Every
 * refusal is a 400 with a problem detail saying what to change.
 */
@RestController
@RequestMapping("/export")
class ExportController {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** Rows read per query while a download is written. */
  private static final int PAGE = 500;

  /** The most cases {@code facts.csv?case=…} takes: a page of the case list. */
  private static final int MAX_CASE_IDS = 100;

  /** Filters are read strictly: a misspelt condition must not widen an export to every case. */
  private static final JsonMapper FILTERS =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final CaseReports cases;
  private final CaseCounts counts;
  private final SideEffectSignals signals;
  private final ExportProperties properties;

  ExportController(
      CaseReports cases,
      CaseCounts counts,
      SideEffectSignals signals,
      ExportProperties properties) {
    this.cases = cases;
    this.counts = counts;
    this.signals = signals;
    this.properties = properties;
  }

  /** The cases the filter matches, newest first, as the {@code cases} query lists them. */
  @GetMapping("/cases.csv")
  void cases(
      @RequestParam(required = false) @Nullable String filter,
      @RequestParam(required = false) @Nullable Integer limit,
      HttpServletResponse response)
      throws IOException {
    CaseFilter parsed = filter(filter);
    LongFunction<Page<CaseReport>> page =
        offset -> cases.page(parsed, CaseSort.NEWEST_FIRST, offset, PAGE);
    Page<CaseReport> first = checked(() -> page.apply(0));
    long rows = rows(first.totalCount(), limit);
    try (var out = start(response, "cases.csv", first.totalCount());
        var csv = Tables.CASES.open(out)) {
      Pages.each(first, page, rows, csv::write);
    }
  }

  /**
   * The facts of some cases, in case order (newest first) and text order: of the cases named by
   * {@code case} (repeatable, up to 100), or of those a filter matches.
   */
  @GetMapping("/facts.csv")
  void facts(
      @RequestParam(name = "case", required = false) @Nullable List<String> caseIds,
      @RequestParam(required = false) @Nullable String filter,
      @RequestParam(required = false) @Nullable Integer limit,
      HttpServletResponse response)
      throws IOException {
    if (caseIds != null && filter != null) {
      throw new BadExport("Give either 'case' or 'filter', not both");
    }
    if (caseIds != null) {
      if (caseIds.size() > MAX_CASE_IDS) {
        throw new BadExport(
            "Parameter 'case' names %d cases, over %d: use 'filter'"
                .formatted(caseIds.size(), MAX_CASE_IDS));
      }
      Map<String, List<CaseFact>> facts = cases.factsByCase(caseIds);
      List<CaseFact> all = facts.values().stream().flatMap(List::stream).toList();
      long rows = rows(all.size(), limit);
      try (var out = start(response, "facts.csv", all.size());
          var csv = Tables.FACTS.open(out)) {
        all.stream().limit(rows).forEach(csv::write);
      }
      return;
    }
    CaseFilter parsed = filter(filter);
    long total = checked(() -> counts.facts(parsed));
    long rows = rows(total, limit);
    LongFunction<Page<CaseReport>> page =
        offset -> cases.page(parsed, CaseSort.NEWEST_FIRST, offset, PAGE);
    try (var out = start(response, "facts.csv", total);
        var csv = Tables.FACTS.open(out)) {
      long[] written = {0};
      Pages.each(
          page.apply(0),
          page,
          Long.MAX_VALUE,
          batch -> {
            List<String> ids = batch.stream().map(CaseReport::id).toList();
            for (List<CaseFact> ofCase : cases.factsByCase(ids).values()) {
              for (CaseFact fact : ofCase) {
                if (written[0]++ >= rows) {
                  return false;
                }
                csv.write(fact);
              }
            }
            return true;
          });
    }
  }

  /** Signals across all drugs, ranked as {@code sideEffectSignals} ranks them. */
  @GetMapping("/signals.csv")
  void signals(
      @RequestParam(defaultValue = "PRR") String orderBy,
      @RequestParam(defaultValue = "DESC") String direction,
      @RequestParam(defaultValue = "1") int minCases,
      @RequestParam(defaultValue = "CONFIDENT") String confidence,
      @RequestParam(required = false) @Nullable Integer limit,
      HttpServletResponse response)
      throws IOException {
    if (minCases < 1) {
      throw new BadExport("Parameter 'minCases' must be 1 or more, was " + minCases);
    }
    SignalRanking ranking =
        new SignalRanking(
            choice("orderBy", orderBy, SignalRanking.Order.class),
            choice("direction", direction, SortDirection.class) == SortDirection.DESC,
            choice("confidence", confidence, LinkFilter.class),
            minCases);
    LongFunction<Page<SideEffectSignal>> page = offset -> signals.ranked(ranking, offset, PAGE);
    Page<SideEffectSignal> first = page.apply(0);
    long rows = rows(first.totalCount(), limit);
    try (var out = start(response, "signals.csv", first.totalCount());
        var csv = Tables.SIGNALS.open(out)) {
      Pages.each(first, page, rows, csv::write);
    }
  }

  private static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    throw new BadExport(
        "Parameter '%s' must be one of %s, was '%s'"
            .formatted(parameter, List.of(type.getEnumConstants()), value));
  }

  private static @Nullable CaseFilter filter(@Nullable String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return FILTERS.readValue(json, CaseFilter.class);
    } catch (JacksonException e) {
      throw new BadExport(
          "Parameter 'filter' is not a CaseFilter as JSON (the `cases` query's filter): "
              + e.getOriginalMessage());
    }
  }

  /** Runs a read whose filter kb-core may refuse (too deep, too many values). */
  private static <T> T checked(Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      throw new BadExport("Parameter 'filter' " + e.getMessage());
    }
  }

  /** How many rows to write of {@code total}; refuses an export over the limit. */
  private long rows(long total, @Nullable Integer limit) {
    int max = properties.maxRows();
    if (limit != null) {
      if (limit < 1 || limit > max) {
        throw new BadExport(
            "Parameter 'limit' must be between 1 and %,d (kb.export.max-rows), was %d"
                .formatted(max, limit));
      }
      return Math.min(total, limit);
    }
    if (total > max) {
      throw new BadExport(
          ("The export would hold %,d rows, over the limit of %,d (kb.export.max-rows):"
                  + " narrow the filter, or pass limit=%d for the first %,d rows")
              .formatted(total, max, max, max));
    }
    return total;
  }

  /** Sets the headers of a download and opens its body. */
  private static java.io.OutputStream start(HttpServletResponse response, String file, long total)
      throws IOException {
    response.setContentType(TEXT_CSV.toString());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(file).build().toString());
    response.setHeader("X-Total-Count", Long.toString(total));
    return response.getOutputStream();
  }

  /** A request this API cannot honour as asked: a 400 saying why. */
  static final class BadExport extends RuntimeException {
    BadExport(String message) {
      super(message);
    }
  }

  @ExceptionHandler(BadExport.class)
  ProblemDetail badExport(BadExport e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.BAD_REQUEST,
        "Parameter '%s' must be a whole number, was '%s'".formatted(e.getName(), e.getValue()));
  }
}

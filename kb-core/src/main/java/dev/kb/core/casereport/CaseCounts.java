package dev.kb.core.casereport;

import static dev.kb.core.casereport.CaseConditions.CASE;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kb.core.casereport.CaseFilter.FactFilter;
import dev.kb.core.casereport.CaseStatistics.AgeBand;
import dev.kb.core.casereport.CaseStatistics.AgeBandCount;
import dev.kb.core.casereport.CaseStatistics.SexCount;
import dev.kb.core.concept.ConceptCodes;
import dev.kb.core.graph.Reads;
import dev.kb.core.graph.Values;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder.OngoingReading;

/**
 * Counts over the cases a {@link CaseFilter} matches, with every condition the case list takes
 * ({@link CaseConditions}): how they divide by sex and age band, how many facts they hold. One
 * query each, which reads the matching cases once and returns a few rows of counts; a filter that
 * requires a fact about a concept starts from that concept, as the case list does.
 */
public final class CaseCounts {

  /** The sexes the loader writes, in the order they are listed; cases stating none come last. */
  private static final List<String> SEXES = List.of("male", "female");

  /** The rendered text of each kind of count and filter shape (see {@link Shape}). */
  private static final Cache<CountShape, String> RENDERED =
      Caffeine.newBuilder().maximumSize(1_000).executor(Runnable::run).build();

  private record CountShape(boolean facts, @Nullable CaseFilter filter) {}

  private final Reads reads;

  public CaseCounts(Reads reads) {
    this.reads = reads;
  }

  /**
   * The cases matching the filter (all for null), by sex and by age band, in one query.
   *
   * @throws IllegalArgumentException when the filter nests too deep or holds too many values
   */
  public CaseStatistics statistics(@Nullable CaseFilter filter) {
    Map<String, Long> bySex = new LinkedHashMap<>();
    Map<AgeBand, Long> byBand = new EnumMap<>(AgeBand.class);
    long[] total = {0};
    run(false, filter)
        .forEach(
            row -> {
              long cases = row.get("cases").asLong();
              String sex = Values.nullableString(row.get("sex"));
              bySex.merge(sex == null ? "" : sex.toLowerCase(Locale.ROOT), cases, Long::sum);
              byBand.merge(AgeBand.of(Values.nullableInt(row.get("age"))), cases, Long::sum);
              total[0] += cases;
            });
    List<SexCount> sexes = new ArrayList<>();
    SEXES.forEach(sex -> sexes.add(new SexCount(sex, bySex.getOrDefault(sex, 0L))));
    long unknown =
        bySex.entrySet().stream()
            .filter(e -> !SEXES.contains(e.getKey()))
            .mapToLong(Map.Entry::getValue)
            .sum();
    sexes.add(new SexCount(null, unknown));
    List<AgeBandCount> bands = new ArrayList<>();
    for (AgeBand band : AgeBand.values()) {
      bands.add(new AgeBandCount(band, byBand.getOrDefault(band, 0L)));
    }
    return new CaseStatistics(total[0], sexes, bands);
  }

  /**
   * How many facts the cases matching the filter hold, all kinds and polarities: the rows of an
   * export of their facts.
   *
   * @throws IllegalArgumentException when the filter nests too deep or holds too many values
   */
  public long facts(@Nullable CaseFilter filter) {
    return run(true, filter).getFirst().get("facts").asLong();
  }

  private List<org.neo4j.driver.Record> run(boolean facts, @Nullable CaseFilter filter) {
    CaseConditions conditions =
        new CaseConditions(
            filter,
            words -> CaseReports.idsMatchingText(reads, words),
            ConceptCodes.keysUnder(reads));
    Statement statement = facts ? factCount(conditions, filter) : bySexAndAge(conditions, filter);
    String cypher =
        RENDERED.get(new CountShape(facts, Shape.of(filter)), shape -> Reads.cypher(statement));
    return reads.list(cypher, conditions.values(), row -> row);
  }

  /** The rows (sex, age, cases): at most a few hundred, however many cases match. */
  static Statement bySexAndAge(CaseConditions conditions, @Nullable CaseFilter filter) {
    return matching(conditions, filter)
        .returning(
            CASE.property("patientSex").as("sex"),
            CASE.property("patientAge").as("age"),
            Cypher.count(Cypher.asterisk()).as("cases"))
        .build();
  }

  static Statement factCount(CaseConditions conditions, @Nullable CaseFilter filter) {
    Node fact = Cypher.node("Fact").named("f");
    return matching(conditions, filter)
        .match(CASE.relationshipTo(fact, "HAS_FACT"))
        .returning(Cypher.count(fact).as("facts"))
        .build();
  }

  /**
   * The cases {@code c} the filter matches, each once: from the fact the filter requires, when it
   * requires one, as the case list starts ({@link CasePageQuery.Anchor#cases()}).
   */
  private static OngoingReading matching(CaseConditions conditions, @Nullable CaseFilter filter) {
    Condition where = Objects.requireNonNullElseGet(conditions.where(filter), Cypher::noCondition);
    FactFilter anchor = conditions.anchor();
    if (anchor == null) {
      return Cypher.match(CASE).where(where).with(CASE);
    }
    return CasePageQuery.Anchor.of(anchor, conditions).cases().with(CASE).where(where).with(CASE);
  }
}

package dev.kb.core.casereport;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the cases matching a filter divide by the patient's sex and age: what a researcher asks
 * before reading a list ("how many of these are women over 65?"). Every sex and every band is
 * listed, with 0 when no case falls in it, so the shape of the answer does not depend on the data.
 *
 * @param total the cases matching the filter
 * @param bySex the cases of each sex: {@code male}, {@code female}, then null for cases whose text
 *     does not state it
 * @param byAgeBand the cases in each age band, youngest first, then {@link AgeBand#UNKNOWN}
 */
public record CaseStatistics(long total, List<SexCount> bySex, List<AgeBandCount> byAgeBand) {

  public CaseStatistics {
    bySex = List.copyOf(bySex);
    byAgeBand = List.copyOf(byAgeBand);
  }

  /** How many cases have a patient of this sex; null for those whose text does not state it. */
  public record SexCount(@Nullable String sex, long cases) {}

  /** How many cases have a patient whose age lies in this band. */
  public record AgeBandCount(AgeBand band, long cases) {}

  /**
   * Age bands in whole years as the case text states them: children, young adults, middle age, the
   * elderly (the 65 of most pharmacovigilance reporting), and cases that state no age.
   */
  public enum AgeBand {
    CHILD("0-17", 0, 17),
    YOUNG_ADULT("18-39", 18, 39),
    MIDDLE_AGED("40-64", 40, 64),
    ELDERLY("65+", 65, null),
    UNKNOWN("unknown", null, null);

    private final String label;
    private final @Nullable Integer from;
    private final @Nullable Integer to;

    AgeBand(String label, @Nullable Integer from, @Nullable Integer to) {
      this.label = label;
      this.from = from;
      this.to = to;
    }

    /** The band as written in answers and exports: {@code 0-17}, {@code 65+}, {@code unknown}. */
    public String label() {
      return label;
    }

    /** The youngest age in the band; null for {@link #UNKNOWN}. */
    public @Nullable Integer from() {
      return from;
    }

    /** The oldest age in the band; null when it is open ({@code 65+}) or {@link #UNKNOWN}. */
    public @Nullable Integer to() {
      return to;
    }

    /** The band of an age in years; {@link #UNKNOWN} for none (or a negative one). */
    public static AgeBand of(@Nullable Integer age) {
      if (age == null || age < 0) {
        return UNKNOWN;
      }
      for (AgeBand band : values()) {
        if (band.from != null && age >= band.from && (band.to == null || age <= band.to)) {
          return band;
        }
      }
      return UNKNOWN;
    }
  }
}

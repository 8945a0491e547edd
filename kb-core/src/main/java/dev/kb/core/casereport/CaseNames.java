package dev.kb.core.casereport;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A case's readable name, for lists, links and the explorer: the report's title when it has one,
 * else a label made of what was read from it — "28-year-old man with Wolff-Parkinson-White syndrome
 * (PMID:15939911)". Parts the text does not give are left out; with none at all the name is the
 * source, and without a source a short form of the id.
 */
public final class CaseNames {

  // Where a source is a file name, its extension says nothing to a reader.
  private static final Pattern FILE_EXTENSION = Pattern.compile("\\.(txt|text|md)$");

  private CaseNames() {}

  /** The name of a stored case. */
  public static String of(CaseReport c) {
    return of(c.id(), c.title(), c.source(), c.patientAge(), c.patientSex(), c.mainDiagnosis());
  }

  /** The name from the parts; any but the id may be missing. */
  public static String of(
      String id,
      @Nullable String title,
      @Nullable String source,
      @Nullable Integer age,
      @Nullable String sex,
      @Nullable String mainDiagnosis) {
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    String patient = patient(age, sex);
    String shortSource = source == null ? null : shortSource(source);
    StringBuilder name = new StringBuilder();
    if (patient != null) {
      name.append(patient);
    }
    if (mainDiagnosis != null && !mainDiagnosis.isBlank()) {
      name.append(name.isEmpty() ? capitalised(mainDiagnosis) : " with " + mainDiagnosis);
    }
    if (name.isEmpty()) {
      return shortSource != null ? shortSource : "Case " + shortId(id);
    }
    if (shortSource != null) {
      name.append(" (").append(shortSource).append(')');
    }
    return name.toString();
  }

  /** "28-year-old man", "Woman", "6-year-old child"; null when neither age nor sex is known. */
  private static @Nullable String patient(@Nullable Integer age, @Nullable String sex) {
    boolean child = age != null && age < 18;
    String who =
        switch (sex == null ? "" : sex.toLowerCase(Locale.ROOT)) {
          case "male" -> child ? "boy" : "man";
          case "female" -> child ? "girl" : "woman";
          default -> age == null ? null : child ? "child" : "patient";
        };
    if (who == null) {
      return null;
    }
    return age == null ? capitalised(who) : age + "-year-old " + who;
  }

  /** A file's name without its folders and extension; any other source (a DOI, a URL) as it is. */
  private static String shortSource(String source) {
    String s = source.strip();
    Matcher extension = FILE_EXTENSION.matcher(s);
    if (!extension.find()) {
      return s;
    }
    s = s.substring(0, extension.start());
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    return s.contains("://") || slash < 0 ? s : s.substring(slash + 1);
  }

  private static String shortId(String id) {
    String bare = id.startsWith("case-") ? id.substring("case-".length()) : id;
    return bare.length() > 8 ? bare.substring(0, 8) : bare;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

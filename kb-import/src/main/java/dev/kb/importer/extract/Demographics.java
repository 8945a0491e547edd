package dev.kb.importer.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The patient's age and sex as stated in the text. The first statement wins, since case reports
 * introduce the patient first ("A 48-year-old man presented ..."). Pronouns are only a fallback.
 */
final class Demographics {

  private static final Pattern YEARS =
      Pattern.compile(
          "\\b(\\d{1,3})[\\s-]*(?:years?|yrs?)[\\s-]*old\\b"
              + "|\\baged\\s+(\\d{1,3})\\b"
              + "|\\bage\\s+of\\s+(\\d{1,3})\\b"
              + "|\\b(\\d{1,3})[\\s-]*(?:yo|y/o|y\\.o\\.)(?![a-z])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern INFANT =
      Pattern.compile(
          "\\b\\d{1,2}[\\s-]*(?:months?|weeks?|days?)[\\s-]*old\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEX_NOUN =
      Pattern.compile(
          "\\b(man|woman|boy|girl|male|female|gentleman|lady|mr|mrs|ms)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MALE_PRONOUN =
      Pattern.compile("\\b(he|his|him)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FEMALE_PRONOUN =
      Pattern.compile("\\b(she|her|hers)\\b", Pattern.CASE_INSENSITIVE);

  private Demographics() {}

  static @Nullable Integer age(String text) {
    Matcher years = YEARS.matcher(text);
    Matcher infant = INFANT.matcher(text);
    int yearsAt = years.find() ? years.start() : Integer.MAX_VALUE;
    int infantAt = infant.find() ? infant.start() : Integer.MAX_VALUE;
    if (infantAt < yearsAt) {
      return 0;
    }
    if (yearsAt == Integer.MAX_VALUE) {
      return null;
    }
    for (int group = 1; group <= years.groupCount(); group++) {
      if (years.group(group) != null) {
        return Integer.parseInt(years.group(group));
      }
    }
    return null;
  }

  static @Nullable String sex(String text) {
    Matcher noun = SEX_NOUN.matcher(text);
    if (noun.find()) {
      return switch (noun.group(1).toLowerCase(Locale.ROOT)) {
        case "man", "boy", "male", "gentleman", "mr" -> "male";
        default -> "female";
      };
    }
    long male = MALE_PRONOUN.matcher(text).results().count();
    long female = FEMALE_PRONOUN.matcher(text).results().count();
    if (male == female) {
      return null;
    }
    return male > female ? "male" : "female";
  }
}

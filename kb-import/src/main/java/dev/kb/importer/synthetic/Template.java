package dev.kb.importer.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence template, parsed once so writing a case is only appends.
 *
 * <p>The syntax (see {@code kb/synthetic/templates.tsv}): {@code {name}} is a slot the writer fills
 * (which slots a template may use depends on its group); {@code {he}}, {@code {his}}, {@code {him}}
 * (capitalised: {@code {He}}, {@code {His}}) are the patient's pronouns; {@code [uk|us]} is a word
 * spelt differently in British and American English.
 */
final class Template {

  private static final int LITERAL = -1;
  private static final int HE = -10;
  private static final int HE_CAPITAL = -11;
  private static final int HIS = -12;
  private static final int HIS_CAPITAL = -13;
  private static final int HIM = -14;
  private static final int SPELLING = -20;

  private final String source;
  // Per part: a slot's index in the group's slots, or one of the codes above.
  private final int[] codes;
  private final String[] british;
  private final String[] american;

  private Template(String source, int[] codes, String[] british, String[] american) {
    this.source = source;
    this.codes = codes;
    this.british = british;
    this.american = american;
  }

  /**
   * Parses {@code source}, whose {@code {name}} slots must be among {@code slots}; the writer
   * passes the slots' values in that order.
   *
   * @throws IllegalArgumentException for an unclosed bracket or an unknown slot
   */
  static Template parse(String source, List<String> slots) {
    List<Integer> codes = new ArrayList<>();
    List<String> british = new ArrayList<>();
    List<String> american = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '{' || c == '[') {
        if (!literal.isEmpty()) {
          codes.add(LITERAL);
          british.add(literal.toString());
          american.add(literal.toString());
          literal.setLength(0);
        }
        int close = source.indexOf(c == '{' ? '}' : ']', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed " + c + " in template: " + source);
        }
        String inner = source.substring(i + 1, close);
        if (c == '[') {
          int bar = inner.indexOf('|');
          if (bar < 0) {
            throw new IllegalArgumentException("expected [uk|us] in template: " + source);
          }
          codes.add(SPELLING);
          british.add(inner.substring(0, bar));
          american.add(inner.substring(bar + 1));
        } else {
          codes.add(code(inner, slots, source));
          british.add("");
          american.add("");
        }
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    if (!literal.isEmpty()) {
      codes.add(LITERAL);
      british.add(literal.toString());
      american.add(literal.toString());
    }
    return new Template(
        source,
        codes.stream().mapToInt(Integer::intValue).toArray(),
        british.toArray(String[]::new),
        american.toArray(String[]::new));
  }

  private static int code(String name, List<String> slots, String source) {
    return switch (name) {
      case "he" -> HE;
      case "He" -> HE_CAPITAL;
      case "his" -> HIS;
      case "His" -> HIS_CAPITAL;
      case "him" -> HIM;
      default -> {
        int slot = slots.indexOf(name);
        if (slot < 0) {
          throw new IllegalArgumentException(
              "unknown slot {" + name + "}, expected one of " + slots + " in: " + source);
        }
        yield slot;
      }
    };
  }

  /** Appends the filled template; a missing argument is written as nothing. */
  void appendTo(StringBuilder out, String[] args, boolean female, boolean uk) {
    for (int p = 0; p < codes.length; p++) {
      int code = codes[p];
      switch (code) {
        case LITERAL -> out.append(british[p]);
        case SPELLING -> out.append(uk ? british[p] : american[p]);
        case HE -> out.append(female ? "she" : "he");
        case HE_CAPITAL -> out.append(female ? "She" : "He");
        case HIS, HIM -> out.append(female ? "her" : code == HIS ? "his" : "him");
        case HIS_CAPITAL -> out.append(female ? "Her" : "His");
        default -> {
          if (code < args.length) {
            out.append(args[code]);
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return source;
  }
}

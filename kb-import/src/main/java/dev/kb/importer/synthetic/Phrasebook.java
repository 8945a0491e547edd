package dev.kb.importer.synthetic;

import dev.kb.importer.text.DataFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The prose of the synthetic reports: the sentence templates ({@code kb/synthetic/templates.tsv})
 * and the words that fill them ({@code kb/synthetic/words.tsv}), read once. The wording is data so
 * it can grow without touching the writer; the groups and lists below are what the writer asks for,
 * and with which slots.
 *
 * <p>A template or word's position in its file is part of the output: the writer picks by index, so
 * reordering lines changes the cases a seed gives.
 */
final class Phrasebook {

  /** How many lines a group or list must have. */
  enum Size {
    /** One or more, picked at random. */
    ANY,
    /** Exactly one, used as it is (no random pick, so the random stream does not move). */
    ONE
  }

  /** The groups of templates the writer fills, with the slots each may use, in argument order. */
  enum Group {
    INTRO("age", "noun", "symptoms", "duration", "article"),
    ONSET("period"),
    SYMPTOM_DETAIL("symptom"),
    MORE_SYMPTOMS("symptoms"),
    NEGATED_ONE("absent", "present"),
    NEGATED_TWO("absent", "other-absent", "present"),
    SOCIAL("job"),
    VITALS("systolic", "diastolic", "pulse", "tenths"),
    HISTORY("diagnosis"),
    HISTORY_WITH_DRUG("diagnosis", "drug"),
    FAMILY("diagnosis", "relative"),
    ADMISSION(),
    IMAGING_NORMAL("a-scan", "site", "finding", "scan"),
    IMAGING_ABNORMAL("a-scan", "site", "finding", "scan"),
    PROCEDURE_NORMAL("test", "finding"),
    PROCEDURE_ABNORMAL("test", "finding"),
    TEST_NORMAL("test"),
    TEST_POSITIVE("test"),
    LAB_NORMAL("test"),
    LAB_ABNORMAL("test", "level", "lab-tests"),
    LAB_RAISED_TIMES("test", "level", "times"),
    ROUTINE_BLOODS(),
    PHYSICAL_EXAMINATION(Size.ONE, "symptom"),
    RULED_OUT_ONE("diagnosis"),
    RULED_OUT_TWO("diagnosis", "other-diagnosis"),
    REASONING(),
    DIAGNOSIS_CERTAIN("diagnosis"),
    DIAGNOSIS_UNCERTAIN("diagnosis"),
    TREATMENT("drug", "dose"),
    COURSE("days"),
    NO_EFFECT("drug"),
    SWITCH("drug"),
    SIDE_EFFECT("drug", "effect", "when"),
    SIDE_EFFECT_AFTERMATH("drug", "effect"),
    OUTCOME("symptom", "period", "day"),
    DISCUSSION("diagnosis", "symptom", "drug"),
    TITLE("diagnosis", "symptom", "drug", "age", "noun"),
    TITLE_SIDE_EFFECT("drug", "effect", "diagnosis"),
    DURATION_OF(Size.ONE, "number", "unit"),
    DURATION_FOR(Size.ONE, "number", "unit"),
    DOSE(Size.ONE, "amount", "frequency");

    final Size size;
    final List<String> slots;

    Group(String... slots) {
      this(Size.ANY, slots);
    }

    Group(Size size, String... slots) {
      this.size = size;
      this.slots = List.of(slots);
    }
  }

  /** The lists of words the writer fills slots with. */
  enum WordList {
    CHILD,
    ADULT,
    ADULT_POLITE,
    ADULT_CLINICAL,
    JOB,
    RELATIVE,
    PERIOD,
    WHEN,
    DURATION_UNIT,
    FREQUENCY,
    AMOUNT,
    RAISED,
    LOWERED,
    LAB_TESTS(Size.ONE),
    PRESENTATION_HEADING,
    DISCUSSION_HEADING(Size.ONE);

    final Size size;

    WordList() {
      this(Size.ANY);
    }

    WordList(Size size) {
      this.size = size;
    }
  }

  /**
   * A word of a list.
   *
   * @param text the word as written
   * @param sex {@code female} or {@code male} for a word that says the sex, null otherwise
   */
  record Word(String text, @Nullable String sex) {}

  private static final String TEMPLATES = "kb/synthetic/templates.tsv";
  private static final String WORDS = "kb/synthetic/words.tsv";

  private static volatile @Nullable Phrasebook bundled;

  private final Map<Group, Template[]> templates;
  private final Map<WordList, List<Word>> words;

  private Phrasebook(Map<Group, Template[]> templates, Map<WordList, List<Word>> words) {
    this.templates = templates;
    this.words = words;
  }

  /** The phrasebook bundled in this jar; read once, it never changes at run time. */
  static Phrasebook bundled() {
    Phrasebook p = bundled;
    if (p == null) {
      synchronized (Phrasebook.class) {
        p = bundled;
        if (p == null) {
          p =
              new Phrasebook(
                  parseTemplates(TEMPLATES, DataFile.bundled(TEMPLATES)),
                  parseWords(WORDS, DataFile.bundled(WORDS)));
          bundled = p;
        }
      }
    }
    return p;
  }

  /** The templates of {@code group}, in file order. */
  Template[] templates(Group group) {
    return Objects.requireNonNull(templates.get(group), "every group is parsed");
  }

  /** The one template of a group of {@link Size#ONE}. */
  Template only(Group group) {
    return templates(group)[0];
  }

  /** The words of {@code list}, in file order. */
  List<Word> words(WordList list) {
    return Objects.requireNonNull(words.get(list), "every word list is parsed");
  }

  /** The one word of a list of {@link Size#ONE}. */
  String only(WordList list) {
    return words(list).getFirst().text();
  }

  /** The first word of {@code list} that says the patient's sex. */
  String forSex(WordList list, boolean female) {
    String sex = female ? "female" : "male";
    for (Word word : words(list)) {
      if (sex.equals(word.sex())) {
        return word.text();
      }
    }
    throw new IllegalStateException(WORDS + ": no " + sex + " word in list " + fileName(list));
  }

  /** Parses a templates file ({@code group<TAB>template}); errors name the file and line. */
  static Map<Group, Template[]> parseTemplates(String fileName, String content) {
    Map<Group, List<Template>> byGroup = new EnumMap<>(Group.class);
    for (DataFile.Row row : DataFile.rows(fileName, content, "group\ttemplate")) {
      Group group = constant(Group.class, row);
      try {
        Template template = Template.parse(row.column(1), group.slots);
        byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(template);
      } catch (IllegalArgumentException e) {
        throw row.error(String.valueOf(e.getMessage()));
      }
    }
    Map<Group, Template[]> templates = new EnumMap<>(Group.class);
    for (Group group : Group.values()) {
      List<Template> list = byGroup.getOrDefault(group, List.of());
      checkSize(fileName, fileName(group), group.size, list.size());
      templates.put(group, list.toArray(Template[]::new));
    }
    return templates;
  }

  /** Parses a words file ({@code list<TAB>word<TAB>sex}); errors name the file and line. */
  static Map<WordList, List<Word>> parseWords(String fileName, String content) {
    Map<WordList, List<Word>> byList = new EnumMap<>(WordList.class);
    for (DataFile.Row row : DataFile.rows(fileName, content, "list\tword\tsex")) {
      WordList list = constant(WordList.class, row);
      String sex = row.column(2);
      if (row.column(1).isEmpty() || !List.of("female", "male", "-").contains(sex)) {
        throw row.error("expected list<TAB>word<TAB>female|male|-");
      }
      Word word = new Word(row.column(1), sex.equals("-") ? null : sex);
      byList.computeIfAbsent(list, l -> new ArrayList<>()).add(word);
    }
    for (WordList list : WordList.values()) {
      List<Word> listed = byList.getOrDefault(list, List.of());
      checkSize(fileName, fileName(list), list.size, listed.size());
      byList.put(list, List.copyOf(listed));
    }
    return byList;
  }

  private static void checkSize(String fileName, String name, Size size, int count) {
    if (count == 0 || (size == Size.ONE && count != 1)) {
      throw new IllegalArgumentException(
          fileName
              + ": "
              + name
              + " needs "
              + (size == Size.ONE ? "exactly one line" : "a line")
              + ", has "
              + count);
    }
  }

  // The files write the constants in lower case with hyphens: NEGATED_ONE is negated-one.
  private static <E extends Enum<E>> E constant(Class<E> type, DataFile.Row row) {
    String name = row.column(0);
    for (E constant : type.getEnumConstants()) {
      if (fileName(constant).equals(name)) {
        return constant;
      }
    }
    throw row.error(
        "unknown '"
            + name
            + "', expected one of "
            + Arrays.stream(type.getEnumConstants()).map(Phrasebook::fileName).toList());
  }

  private static String fileName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

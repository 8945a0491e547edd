package dev.kb.importer.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.importer.synthetic.Phrasebook.Group;
import dev.kb.importer.synthetic.Phrasebook.WordList;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhrasebookTest {

  // Every group with one template, so a test file need only add the lines it is about.
  private static String templates(String extra) {
    StringBuilder file = new StringBuilder("group\ttemplate\n");
    for (Group group : Group.values()) {
      file.append(group.name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\tx\n");
    }
    return file.append(extra).toString();
  }

  @Test
  void shouldFillNamedSlotsPronounsAndSpellings() {
    Template template =
        Phrasebook.parseTemplates(
                "t.tsv",
                templates(
                    "treatment\t{He} was treated with {drug}{dose} at our [centre|center].\n"))
            .get(Group.TREATMENT)[1];
    StringBuilder uk = new StringBuilder();
    template.appendTo(uk, new String[] {"aspirin", " 100 mg once daily"}, true, true);
    StringBuilder us = new StringBuilder();
    template.appendTo(us, new String[] {"aspirin", ""}, false, false);
    assertThat(uk).hasToString("She was treated with aspirin 100 mg once daily at our centre.");
    assertThat(us).hasToString("He was treated with aspirin at our center.");
  }

  @Test
  void shouldNameTheFileAndLineOfAnUnknownSlotOrGroup() {
    String unknownSlot = templates("treatment\t{He} was treated with {drugs}.\n");
    assertThatThrownBy(() -> Phrasebook.parseTemplates("t.tsv", unknownSlot))
        .hasMessageStartingWith("t.tsv:" + (Group.values().length + 2) + ": unknown slot {drugs}");
    assertThatThrownBy(() -> Phrasebook.parseTemplates("t.tsv", templates("treatmnet\tx\n")))
        .hasMessageContaining("unknown 'treatmnet'");
  }

  @Test
  void shouldRefuseAGroupWithoutTemplatesOrASecondTemplateWhereOneIsUsed() {
    assertThatThrownBy(() -> Phrasebook.parseTemplates("t.tsv", "group\ttemplate\nintro\tx\n"))
        .hasMessageContaining("needs a line");
    assertThatThrownBy(
            () -> Phrasebook.parseTemplates("t.tsv", templates("dose\t{amount} mg {frequency}\n")))
        .hasMessageContaining("dose needs exactly one line, has 2");
  }

  @Test
  void shouldReadTheBundledWordsWithTheirSex() {
    Phrasebook bundled = Phrasebook.bundled();
    assertThat(bundled.forSex(WordList.CHILD, true)).isEqualTo("girl");
    assertThat(bundled.forSex(WordList.ADULT, false)).isEqualTo("man");
    assertThat(bundled.words(WordList.RELATIVE))
        .allSatisfy(word -> assertThat(word.sex()).isIn("female", "male"));
    assertThat(bundled.words(WordList.JOB)).allSatisfy(word -> assertThat(word.sex()).isNull());
    assertThatThrownBy(() -> Phrasebook.parseWords("w.tsv", "list\tword\tsex\njob\tnurse\tboth\n"))
        .hasMessageStartingWith("w.tsv:2: expected list<TAB>word<TAB>female|male|-");
  }
}

package dev.kb.importer.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextRulesTest {

  private static final ContextRules RULES =
      ContextRules.parse(
          "rules.tsv",
          """
          no\tNEGATED\tFORWARD\t8
          was ruled out\tNEGATED\tBACKWARD\t8
          likely\tPOSSIBLE\tBIDIRECTIONAL\t6
          no increase\tPSEUDO\tFORWARD\t0
          but\tTERMINATE\tBIDIRECTIONAL\t0
          """);

  @ParameterizedTest
  @CsvSource({
    "no fever today, fever, true",
    "no increase in fever, fever, false",
    "no rash but fever, fever, false",
    "fever was ruled out, fever, true",
    "fever likely, fever, false",
  })
  void shouldNegateWithinScope(String sentence, String word, boolean negated) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    int at = tokens.stream().map(Token::text).toList().indexOf(word);
    assertThat(
            RULES
                .analyse(tokens, 0, tokens.size())
                .flagsFor(at, at + 1, ConceptKind.SYMPTOM)
                .negated())
        .isEqualTo(negated);
  }

  private static final ContextRules RESULT_RULES =
      ContextRules.parse(
          "rules.tsv",
          """
          no\tNEGATED\tFORWARD\t12
          refused\tNEGATED\tFORWARD\t6
          were negative\tABSENT\tBACKWARD\t12
          showed no\tABSENT\tFORWARD\t12
          """);

  // A negative result negates the finding, not the test; a negation reaches a test only nearby.
  @ParameterizedTest
  @CsvSource({
    "blood cultures were negative, cultures, true, false",
    "blood cultures were negative, cultures, false, true",
    "the scan showed no effusion, effusion, false, true",
    "she refused a biopsy, biopsy, true, true",
    "no focal findings on neurological examination, examination, true, false",
    "no biopsy was taken, biopsy, true, true",
  })
  void shouldSpareTheInvestigationThatGaveANegativeResult(
      String sentence, String word, boolean procedure, boolean negated) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    int at = tokens.stream().map(Token::text).toList().indexOf(word);
    assertThat(
            RESULT_RULES
                .analyse(tokens, 0, tokens.size())
                .flagsFor(at, at + 1, procedure ? ConceptKind.INVESTIGATION : ConceptKind.SYMPTOM)
                .negated())
        .isEqualTo(negated);
  }

  private static final ContextRules ENDING_RULES =
      ContextRules.parse(
          "rules.tsv",
          """
          resolved\tENDED\tBACKWARD\t8
          discontinued\tSTOPPED\tBACKWARD\t8
          """);

  // What resolves is a finding, what is discontinued is a drug.
  @ParameterizedTest
  @CsvSource({
    "started on prednisone and the rash resolved, prednisone, DRUG, false",
    "started on prednisone and the rash resolved, rash, SYMPTOM, true",
    "prednisone was discontinued, prednisone, DRUG, true",
    "the rash was discontinued, rash, SYMPTOM, false",
  })
  void shouldEndFindingsAndStopDrugs(
      String sentence, String word, ConceptKind kind, boolean ended) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    int at = tokens.stream().map(Token::text).toList().indexOf(word);
    assertThat(ENDING_RULES.analyse(tokens, 0, tokens.size()).flagsFor(at, at + 1, kind).ended())
        .isEqualTo(ended);
  }

  private static final ContextRules HISTORY_RULES =
      ContextRules.parse(
          "rules.tsv",
          """
          no\tNEGATED\tFORWARD\t12
          no history of\tNEGATED\tFORWARD\t12
          no history of\tHISTORICAL\tFORWARD\t12
          history of\tHISTORICAL\tFORWARD\t12
          medical history\tHISTORICAL\tFORWARD\t10
          medical history\tNEGATED\tTERMINATE\t0
          week history of\tPSEUDO\tFORWARD\t0
          presented\tHISTORICAL\tTERMINATE\t0
          but\tTERMINATE\tBIDIRECTIONAL\t0
          """);

  // A trigger with two lines marks both; a terminator of one category leaves the others' scopes
  // alone; a duration before "history of" makes it the present illness.
  @ParameterizedTest
  @CsvSource({
    "no history of epilepsy, epilepsy, true, true",
    "a history of epilepsy, epilepsy, false, true",
    "a two week history of cough, cough, false, false",
    "a history of gout presented with stroke, stroke, false, false",
    "a history of gout presented with stroke, gout, false, true",
    "no fever presented with cough, cough, true, false",
    "no history of gout presented with stroke, stroke, true, false",
    "no significant medical history was diagnosed with tuberculosis, tuberculosis, false, true",
    "no history of gout but asthma, asthma, false, false",
  })
  void shouldReadPastHistoryAsItsOwnScope(
      String sentence, String word, boolean negated, boolean historical) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    int at = tokens.stream().map(Token::text).toList().indexOf(word);
    ContextFlags flags =
        HISTORY_RULES.analyse(tokens, 0, tokens.size()).flagsFor(at, at + 1, ConceptKind.SYMPTOM);
    assertThat(flags.negated()).as("negated").isEqualTo(negated);
    assertThat(flags.historical()).as("historical").isEqualTo(historical);
  }

  @Test
  void shouldNameFileAndLineOfABadRule() {
    assertThatThrownBy(() -> ContextRules.parse("rules.tsv", "no\tNEGATED\tSIDEWAYS\t8\n"))
        .hasMessageStartingWith("rules.tsv:1:");
  }
}

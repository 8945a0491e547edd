package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.kb.graphql.limits.QueryLimitsInstrumentation;
import dev.kb.graphql.playground.Lesson;
import dev.kb.graphql.playground.Lessons;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query the docs show, every lesson, and the nested queries researchers write without {@code
 * first} stay within the app's limits (depth, aliases, complexity) as configured: the default page
 * sizes must keep them there. Measured as the app measures a request, before it runs.
 */
@KbAppTest
class PageSizeLimitsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Nested questions written with every page at its default size. */
  private static final List<String> WITHOUT_FIRST =
      List.of(
          """
          { concepts { nodes { name caseCount
              cases { nodes { id title } }
              edges { nodes { relation cases to { name } } } } } }
          """,
          """
          { concepts(kind: DRUG) { nodes { name ... on Drug {
              treats { nodes { to { name } cases allCases } }
              sideEffects { nodes { sideEffect { name } a b c d prr } } } } } }
          """,
          """
          { concepts(kind: DIAGNOSIS) { nodes { name ... on Diagnosis {
              symptoms { nodes { to { name } cases } }
              investigations { nodes { investigation { name } cases abnormalCases } }
              drugs { nodes { from { name } cases } } } } } }
          """,
          """
          { cases(filter: {fact: {codeUnder: "C34"}}) { totalCount
              nodes { id title patientAge patientSex
                facts { kind polarity certainty concept { id name }
                        evidence { sentence start end } } } } }
          """);

  @Autowired GraphQlSource graphQlSource;
  @Autowired QueryLimitsInstrumentation limits;

  static Stream<Arguments> queries() throws Exception {
    List<Arguments> queries = new ArrayList<>();
    DocsExamplesTest.examples()
        .forEach(example -> queries.add(Arguments.of(example.where(), example.query(), Map.of())));
    for (Lesson lesson : Lessons.load()) {
      Map<?, ?> variables =
          lesson.variables().isBlank() ? Map.of() : JSON.readValue(lesson.variables(), Map.class);
      queries.add(Arguments.of("lesson " + lesson.name(), lesson.query(), variables));
    }
    for (int i = 0; i < WITHOUT_FIRST.size(); i++) {
      queries.add(Arguments.of("nested without first #" + (i + 1), WITHOUT_FIRST.get(i), Map.of()));
    }
    return queries.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  @SuppressWarnings("unchecked")
  void staysWithinTheLimits(String where, String query, Map<?, ?> variables) {
    Document document = Parser.parse(query);
    assertThat(ParseAndValidate.validate(graphQlSource.schema(), document)).as(where).isEmpty();
    assertThatCode(
            () ->
                limits.check(
                    graphQlSource.schema(), document, null, (Map<String, Object>) variables))
        .as(where)
        .doesNotThrowAnyException();
  }
}

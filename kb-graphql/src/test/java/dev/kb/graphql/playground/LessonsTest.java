package dev.kb.graphql.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.DemoAppTest;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every lesson of the playground runs against the cases a first start imports (the sample case and
 * the demo corpus) without errors and answers with data, so that the lessons never rot as the
 * schema and the extractor change.
 */
@DemoAppTest
class LessonsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private WebTestClient http() {
    return WebTestClient.bindToServer()
        .baseUrl("http://localhost:" + port)
        .responseTimeout(Duration.ofSeconds(30))
        .build();
  }

  @Test
  void shouldHaveAtLeastEightTitledLessons() {
    List<Lesson> lessons = Lessons.load();
    assertThat(lessons).hasSizeGreaterThanOrEqualTo(8);
    assertThat(lessons)
        .allSatisfy(
            lesson -> {
              assertThat(lesson.name()).matches("\\d\\d-[a-z0-9-]+");
              assertThat(lesson.title()).isNotBlank().isNotEqualTo(lesson.name());
              assertThat(lesson.description()).isNotBlank();
            });
    assertThat(lessons).extracting(Lesson::name).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void shouldServeTheLessonsToThePlayground() {
    http()
        .get()
        .uri("/graphiql/lessons.json")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(Lessons.load().size())
        .jsonPath("$[0].title")
        .isEqualTo("List the cases")
        .jsonPath("$[0].query")
        .value(q -> assertThat((String) q).contains("cases("));
  }

  @TestFactory
  Stream<DynamicTest> everyLessonAnswersWithDataOnTheSample() {
    HttpGraphQlTester graphQl =
        HttpGraphQlTester.create(
            http().mutate().baseUrl("http://localhost:" + port + "/graphql").build());
    return Lessons.load().stream()
        .map(
            lesson ->
                DynamicTest.dynamicTest(
                    lesson.name(),
                    () -> {
                      Map<String, Object> variables =
                          lesson.variables().isBlank()
                              ? Map.of()
                              : JSON.readValue(lesson.variables(), Map.class);
                      GraphQlTester.Response response =
                          graphQl.document(lesson.query()).variables(variables).execute();
                      response.errors().verify();
                      Map<String, Object> data = response.returnResponse().getData();
                      assertThat(data).as(lesson.name()).isNotEmpty();
                      data.forEach(
                          (field, value) ->
                              assertThat(hasData(value))
                                  .as("%s: %s has data", lesson.name(), field)
                                  .isTrue());
                    }));
  }

  /** Whether a value holds at least one non-empty scalar, however deep. */
  private static boolean hasData(Object value) {
    return switch (value) {
      case null -> false;
      case Map<?, ?> map -> !map.isEmpty() && map.values().stream().anyMatch(LessonsTest::hasData);
      case Collection<?> list -> !list.isEmpty() && list.stream().anyMatch(LessonsTest::hasData);
      case String s -> !s.isEmpty();
      default -> true;
    };
  }
}

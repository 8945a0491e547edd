package dev.kb.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.limits.LimitsProperties;
import dev.kb.graphql.limits.QueryLimitsInstrumentation;
import graphql.ErrorType;
import graphql.ExecutionResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * A query that runs past its time limit gets, for each field it did not fetch, an error naming the
 * limit, not an internal error. Runs a small schema through the app's instrumentation and exception
 * handlers.
 */
class QueryTimeLimitTest {

  @Test
  void shouldNameTheTimeLimitForTheFieldsItStopped() {
    try (AnnotationConfigApplicationContext context =
        new AnnotationConfigApplicationContext(GraphQlExceptionHandlers.class)) {
      assertTimeLimitNamed(GraphQlExceptionHandlersTest.handlersIn(context));
    }
  }

  private static void assertTimeLimitNamed(DataFetcherExceptionResolver handlers) {
    GraphQlSource source =
        GraphQlSource.schemaResourceBuilder()
            .schemaResources(
                new ByteArrayResource(
                    "type Query { answer: String }".getBytes(StandardCharsets.UTF_8)))
            .configureRuntimeWiring(
                wiring ->
                    wiring.type("Query", type -> type.dataFetcher("answer", env -> "forty-two")))
            .instrumentation(
                List.of(
                    new QueryLimitsInstrumentation(
                        new LimitsProperties(12, 5000, 30, Duration.ZERO))))
            .exceptionResolvers(List.of(handlers))
            .build();

    ExecutionResult result = source.graphQl().execute("{ answer }");

    assertThat(result.getErrors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.getMessage())
                  .contains("Query time limit of 0 ms exceeded (kb.graphql.limits.timeout)");
              assertThat(error.getErrorType()).isEqualTo(ErrorType.ExecutionAborted);
              assertThat(error.getPath()).containsExactly("answer");
            });
  }
}

package dev.kb.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SecurityDataFetcherExceptionResolver;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every kind of failure comes back as the API documents it: a client's mistake or a limit says what
 * was wrong; a failure of the database or of kb is an internal error that shows nothing of it. Runs
 * a small schema through the app's exception handlers, first in the resolver chain, with Spring
 * Security's resolver after them as in the app.
 */
class GraphQlExceptionHandlersTest {

  private static final String SECRET = "MATCH (c:Case) RETURN c.secret";

  private final AnnotationConfigApplicationContext context =
      new AnnotationConfigApplicationContext(GraphQlExceptionHandlers.class);

  @AfterEach
  void close() {
    context.close();
    SecurityContextHolder.clearContext();
  }

  /** The app's handlers as Spring for GraphQL applies them to every data fetcher. */
  static DataFetcherExceptionResolver handlersIn(ApplicationContext context) {
    AnnotatedControllerConfigurer configurer = new AnnotatedControllerConfigurer();
    configurer.setApplicationContext(context);
    configurer.afterPropertiesSet();
    return configurer.getExceptionResolver();
  }

  @Test
  void shouldSayWhichArgumentWasWrong() {
    GraphQLError error =
        errorOf(
            env -> {
              throw new InvalidArgumentException("first", "must be between 1 and 100, was 500");
            });

    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
    assertThat(error.getMessage()).isEqualTo("Argument 'first' must be between 1 and 100, was 500");
    assertThat(error.getPath()).containsExactly("field");
  }

  @Test
  void shouldSayWhichLimitWasHit() {
    GraphQLError error =
        errorOf(
            env -> {
              throw new LimitExceededException("The server is busy with other imports");
            });

    assertThat(error.getErrorType().toString()).isEqualTo("ExecutionAborted");
    assertThat(error.getMessage()).isEqualTo("The server is busy with other imports");
  }

  @Test
  void shouldShowNothingOfAFailureOfTheDriver() {
    assertIsInternal(
        errorOf(
            env -> {
              throw new ClientException("Neo.ClientError.Statement.SyntaxError", SECRET);
            }));
  }

  @Test
  void shouldShowNothingOfAFailureTranslatedBySpring() {
    assertIsInternal(
        errorOf(
            env -> {
              throw new InvalidDataAccessResourceUsageException(
                  SECRET, new ClientException("Neo.ClientError.Statement.SyntaxError", SECRET));
            }));
  }

  @Test
  void shouldShowNothingOfAnUnexpectedFailure() {
    assertIsInternal(
        errorOf(
            env -> {
              throw new IllegalStateException(SECRET);
            }));
  }

  @Test
  void shouldLeaveRefusalsToSpringSecurity() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    DataFetcher<?> denied =
        env -> {
          throw new AccessDeniedException("Access Denied");
        };
    assertThat(errorOf(denied).getErrorType().toString()).isEqualTo("UNAUTHORIZED");

    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken("reader", "secret", "ROLE_READER"));
    assertThat(errorOf(denied).getErrorType().toString()).isEqualTo("FORBIDDEN");

    GraphQLError unauthenticated =
        errorOf(
            env -> {
              throw new BadCredentialsException("Bad credentials");
            });
    assertThat(unauthenticated.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
  }

  private GraphQLError errorOf(DataFetcher<?> field) {
    GraphQlSource source =
        GraphQlSource.schemaResourceBuilder()
            .schemaResources(
                new ByteArrayResource(
                    "type Query { field: String }".getBytes(StandardCharsets.UTF_8)))
            .configureRuntimeWiring(
                wiring -> wiring.type("Query", type -> type.dataFetchers(Map.of("field", field))))
            .exceptionResolvers(
                List.of(handlersIn(context), new SecurityDataFetcherExceptionResolver()))
            .build();

    ExecutionResult result = source.graphQl().execute("{ field }");

    assertThat(result.getErrors()).hasSize(1);
    return result.getErrors().getFirst();
  }

  private static void assertIsInternal(GraphQLError error) {
    assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
    assertThat(error.getMessage()).isEqualTo("Internal error while fetching this field");
    assertThat(error.getPath()).containsExactly("field");
    assertThat(error.toSpecification().toString())
        .doesNotContain("secret", "MATCH", "Exception", "Neo.ClientError");
  }
}

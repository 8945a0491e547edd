package dev.kb.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Turns exceptions raised while fetching into GraphQL errors: a client's mistake says what was
 * wrong; anything else is logged here and reported as an internal error with no stack trace, Cypher
 * or class name.
 *
 * <p>Spring for GraphQL applies these {@link GraphQlExceptionHandler} methods to every data
 * fetcher, controllers' and others', and picks the one declared for the closest type of the
 * exception; the handler for {@link Throwable} takes whatever no other one matches.
 */
@ControllerAdvice
class GraphQlExceptionHandlers {

  private static final Logger log = LoggerFactory.getLogger(GraphQlExceptionHandlers.class);

  @GraphQlExceptionHandler
  GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment env) {
    return GraphqlErrorBuilder.newError(env)
        .errorType(ErrorType.BAD_REQUEST)
        .message(ex.getMessage())
        .build();
  }

  @GraphQlExceptionHandler
  GraphQLError limitExceeded(LimitExceededException ex, DataFetchingEnvironment env) {
    return aborted(
        env,
        Objects.requireNonNull(ex.getMessage(), "LimitExceededException is made with a message"));
  }

  /** A limit hit while fetching (the query time limit): says which, as the other limits do. */
  @GraphQlExceptionHandler
  GraphQLError executionAborted(AbortExecutionException ex, DataFetchingEnvironment env) {
    if (ex.getUnderlyingErrors().isEmpty()) {
      return unexpected(ex, env);
    }
    return aborted(env, ex.getUnderlyingErrors().getFirst().getMessage());
  }

  /**
   * Left to Spring for GraphQL's security resolver, which says UNAUTHORIZED or FORBIDDEN depending
   * on who asked: a handler that returns {@code null} leaves the exception to the next resolver.
   */
  @GraphQlExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
  @Nullable GraphQLError security() {
    return null;
  }

  /**
   * A failure of the database: an internal error to the client, logged with the driver's status
   * code. Reads through Spring's {@code Neo4jClient} get the driver's exception translated into a
   * {@link DataAccessException}, the driver's as its cause; reads through the driver get it as is.
   */
  @GraphQlExceptionHandler({Neo4jException.class, DataAccessException.class})
  GraphQLError databaseFailure(RuntimeException ex, DataFetchingEnvironment env) {
    Throwable driver = ex instanceof DataAccessException ? ex.getCause() : ex;
    String code = driver instanceof Neo4jException neo4j ? neo4j.code() : "no driver status";
    log.error("Database failure ({}) while fetching {}", code, path(env), ex);
    return internalError(env);
  }

  @GraphQlExceptionHandler
  GraphQLError unexpected(Throwable ex, DataFetchingEnvironment env) {
    log.error("Failed to fetch {}", path(env), ex);
    return internalError(env);
  }

  private static GraphQLError aborted(DataFetchingEnvironment env, String message) {
    return GraphqlErrorBuilder.newError(env)
        .errorType(graphql.ErrorType.ExecutionAborted)
        .message(message)
        .build();
  }

  private static GraphQLError internalError(DataFetchingEnvironment env) {
    return GraphqlErrorBuilder.newError(env)
        .errorType(ErrorType.INTERNAL_ERROR)
        .message("Internal error while fetching this field")
        .build();
  }

  private static Object path(DataFetchingEnvironment env) {
    return env.getExecutionStepInfo().getPath();
  }
}

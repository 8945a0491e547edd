package dev.kb.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors: a client's mistake says what was wrong; anything else is
 * logged here and reported as an internal error with no stack trace, Cypher or class name.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after Spring's own resolvers, security's among them
class GraphQlExceptionResolver extends DataFetcherExceptionResolverAdapter {

  private static final Logger log = LoggerFactory.getLogger(GraphQlExceptionResolver.class);

  @Override
  protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
    if (ex instanceof InvalidArgumentException) {
      return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
    }
    if (ex instanceof LimitExceededException) {
      return GraphqlErrorBuilder.newError(env)
          .errorType(graphql.ErrorType.ExecutionAborted)
          .message(ex.getMessage())
          .build();
    }
    if (ex instanceof AbortExecutionException abort && !abort.getUnderlyingErrors().isEmpty()) {
      // A limit hit while fetching (the query time limit): say which, as the other limits do.
      return GraphqlErrorBuilder.newError(env)
          .errorType(graphql.ErrorType.ExecutionAborted)
          .message(abort.getUnderlyingErrors().getFirst().getMessage())
          .build();
    }
    if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
      return null; // Spring Security's resolver says UNAUTHORIZED or FORBIDDEN
    }
    log.error("Failed to fetch {}", env.getExecutionStepInfo().getPath(), ex);
    return error(env, ErrorType.INTERNAL_ERROR, "Internal error while fetching this field");
  }

  private static GraphQLError error(
      DataFetchingEnvironment env, ErrorType type, @Nullable String message) {
    return GraphqlErrorBuilder.newError(env)
        .errorType(type)
        .message(message == null ? type.name() : message)
        .build();
  }
}

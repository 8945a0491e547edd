package dev.kb.graphql.error;

/**
 * A request that ran into one of kb's limits while fetching (its time, the imports waiting);
 * reported as {@code ExecutionAborted}, with the limit's name and what to do.
 */
public final class LimitExceededException extends RuntimeException {

  public LimitExceededException(String message) {
    super(message);
  }
}

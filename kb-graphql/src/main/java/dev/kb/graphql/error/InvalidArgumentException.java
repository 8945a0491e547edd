package dev.kb.graphql.error;

/** A field argument the API cannot honour; reported to the client as a bad request. */
public final class InvalidArgumentException extends RuntimeException {

  public InvalidArgumentException(String argument, String problem) {
    super("Argument '" + argument + "' " + problem);
  }
}

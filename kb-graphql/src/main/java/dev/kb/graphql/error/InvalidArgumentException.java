package dev.kb.graphql.error;

/** A field argument the API cannot honour; reported to the client as a bad request. */
public final class InvalidArgumentException extends RuntimeException {

  public InvalidArgumentException(String argument, String problem) {
    super("Argument '" + argument + "' " + problem);
  }

  /** Returns {@code value} when it lies in {@code min..max}; otherwise refuses it, saying why. */
  public static int requireBetween(String argument, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidArgumentException(
          argument, "must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }
}

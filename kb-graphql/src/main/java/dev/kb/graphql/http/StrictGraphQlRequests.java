package dev.kb.graphql.http;

import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GraphQL request body as the GraphQL-over-HTTP specification asks: {@code query} and
 * {@code operationName} must be strings (or absent, or null). Jackson would otherwise turn {@code
 * 1} or {@code true} into the string {@code "1"}, and the request would run and fail with 200; here
 * it is refused with 400 before anything runs.
 */
final class StrictGraphQlRequests {

  private StrictGraphQlRequests() {}

  /** A message converter for request bodies, on kb's JSON mapper with this rule added. */
  static JacksonJsonHttpMessageConverter converter(JsonMapper json) {
    return new JacksonJsonHttpMessageConverter(
        json.rebuild().addMixIn(SerializableGraphQlRequest.class, StringFields.class).build());
  }

  /** Jackson mix-in: the request's string fields take strings only. */
  abstract static class StringFields {
    @JsonDeserialize(using = StringOnly.class)
    abstract void setQuery(String query);

    @JsonDeserialize(using = StringOnly.class)
    abstract void setOperationName(String operationName);
  }

  /** A string, never a number, boolean, object or array coerced into one. */
  static final class StringOnly extends ValueDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        return parser.getString();
      }
      return (String) context.handleUnexpectedToken(String.class, parser);
    }
  }
}

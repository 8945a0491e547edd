package dev.kb.graphql.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a GraphQL query sent by {@code GET /graphql?query=…&variables=…&operationName=…}, as the
 * GraphQL-over-HTTP specification describes: only queries (a mutation by GET is refused with 405,
 * so a link can never change data), {@code application/graphql-response+json} when the client
 * accepts it, with 400 for a request that could not run, and {@code application/json} with 200
 * otherwise.
 */
final class GraphQlGetHandler {

  static final MediaType GRAPHQL_RESPONSE =
      MediaType.parseMediaType("application/graphql-response+json");

  private final WebGraphQlHandler graphQl;
  private final JsonMapper json;

  GraphQlGetHandler(WebGraphQlHandler graphQl, JsonMapper json) {
    this.graphQl = graphQl;
    this.json = json;
  }

  ServerResponse handle(ServerRequest request) {
    boolean graphQlResponse =
        request.headers().accept().stream().anyMatch(GRAPHQL_RESPONSE::isCompatibleWith);
    MediaType type = graphQlResponse ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
    String query = request.param("query").orElse("");
    if (query.isBlank()) {
      return requestError(type, "The query parameter 'query' is missing");
    }
    String operationName = request.param("operationName").filter(s -> !s.isBlank()).orElse(null);
    Map<String, Object> variables;
    try {
      variables = variables(request.param("variables").orElse(null));
    } catch (JacksonException | ClassCastException e) {
      return requestError(type, "The query parameter 'variables' is not a JSON object");
    }
    if (isMutation(query, operationName)) {
      return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
          .allow(HttpMethod.POST)
          .contentType(type)
          .body(error("Mutations are only accepted by POST"));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("query", query);
    body.put("operationName", operationName);
    body.put("variables", variables);
    WebGraphQlRequest graphQlRequest =
        new WebGraphQlRequest(
            request.uri(),
            request.headers().asHttpHeaders(),
            new LinkedMultiValueMap<>(),
            request.remoteAddress().orElse(new InetSocketAddress(0)),
            request.attributes(),
            body,
            UUID.randomUUID().toString(),
            request.servletRequest().getLocale());
    WebGraphQlResponse response = graphQl.handleRequest(graphQlRequest).block();
    if (response == null) {
      return ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
    }
    HttpStatus status =
        graphQlResponse && !response.isValid() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
    return ServerResponse.status(status).contentType(type).body(response.toMap());
  }

  private Map<String, Object> variables(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = (Map<String, Object>) json.readValue(text, Map.class);
    return variables;
  }

  /** Whether the operation to run is a mutation; a query that does not parse is not. */
  static boolean isMutation(String query, @Nullable String operationName) {
    Document document;
    try {
      document = Parser.parse(query);
    } catch (InvalidSyntaxException e) {
      return false; // the handler reports the syntax error
    }
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      boolean selected = operationName == null || operationName.equals(operation.getName());
      if (selected && operation.getOperation() == OperationDefinition.Operation.MUTATION) {
        return true;
      }
    }
    return false;
  }

  private static ServerResponse requestError(MediaType type, String message) {
    return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(type).body(error(message));
  }

  private static Map<String, Object> error(String message) {
    return Map.of("errors", List.of(Map.of("message", message)));
  }
}

package dev.kb.graphql.http;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds GET to the GraphQL endpoint (Spring's own route answers GET with 405; this route is ordered
 * before it), and reads POST bodies strictly ({@link StrictGraphQlRequests}).
 */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

  /** Boot's handler for POST, with a body converter that refuses a non-string query. */
  @Bean
  GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper json) {
    return new GraphQlHttpHandler(handler, StrictGraphQlRequests.converter(json));
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  RouterFunction<ServerResponse> graphQlGetRoute(
      WebGraphQlHandler handler, JsonMapper json, GraphQlProperties graphQl) {
    String path = graphQl.getHttp().getPath();
    GraphQlGetHandler get = new GraphQlGetHandler(handler, json);
    return RouterFunctions.route().GET(path, get::handle).build();
  }
}

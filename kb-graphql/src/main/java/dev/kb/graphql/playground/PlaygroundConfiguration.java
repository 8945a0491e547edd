package dev.kb.graphql.playground;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The educators' pages, each a static page under {@code static/} whose scripts come from this
 * server (its own files and WebJars): nothing is loaded from the internet. They read through the
 * public GraphQL API only.
 *
 * <ul>
 *   <li>{@code /graphiql}: GraphiQL, opening with the lessons;
 *   <li>{@code /explorer}: the graph explorer;
 *   <li>{@code /cases} and {@code /cases/{id}}: the case list and the highlighted case view.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PlaygroundConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
    registry.addViewController("/explorer").setViewName("forward:/explorer/index.html");
    registry.addViewController("/cases").setViewName("forward:/case/index.html");
    registry.addViewController("/cases/{id}").setViewName("forward:/case/index.html");
    registry.addRedirectViewController("/", "/graphiql");
  }
}

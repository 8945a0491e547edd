package dev.kb.graphql.playground;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GraphiQL at {@code /graphiql} from {@code static/graphiql/index.html}, whose scripts come
 * from WebJars on the classpath: nothing is loaded from the internet.
 */
@Configuration(proxyBeanMethods = false)
class PlaygroundConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
    registry.addRedirectViewController("/", "/graphiql");
  }
}

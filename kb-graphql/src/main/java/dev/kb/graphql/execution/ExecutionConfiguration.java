package dev.kb.graphql.execution;

import dev.kb.graphql.limits.QueryLimitsInstrumentation;
import graphql.schema.GraphQLSchema;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * How GraphQL requests are executed: controller methods on the request's own thread, and parsed
 * documents kept for the queries clients repeat.
 */
@Configuration(proxyBeanMethods = false)
class ExecutionConfiguration {

  /** Longest query text kept parsed; longer ones are one-offs, parsed every time. */
  private static final int MAX_KEPT_LENGTH = 20_000;

  /**
   * Controller methods run on the request's own thread.
   *
   * <p>With virtual threads on ({@code spring.threads.virtual.enabled}), Spring for GraphQL would
   * otherwise start a new virtual thread for every call of a controller method that does not return
   * a future, which here is every field of every fact: {@code kind}, {@code evidence}, the root
   * fields. Each hop costs a thread start and a hand-over, adds latency, and parallelises nothing:
   * the database work of a response runs in its few batch loads, one after another, and the request
   * thread is a virtual thread already, free to block.
   */
  @Bean
  static BeanPostProcessor controllerMethodsOnTheRequestThread() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof AnnotatedControllerConfigurer configurer) {
          configurer.setBlockingMethodPredicate(method -> false);
        }
        return bean;
      }
    };
  }

  /**
   * Parsed and validated documents kept for reuse ({@code kb.graphql.document-cache.size}
   * documents, 0 for none); the query limits are checked again on each reuse, with the request's
   * variables.
   */
  @Bean
  GraphQlSourceBuilderCustomizer documentCache(
      CacheProperties caches,
      QueryLimitsInstrumentation limits,
      ObjectProvider<GraphQlSource> source) {
    int size = caches.documentCache().size();
    return builder -> {
      if (size <= 0) {
        return;
      }
      DocumentCache cache =
          new DocumentCache(
              size,
              MAX_KEPT_LENGTH,
              served -> {
                GraphQLSchema schema = source.getObject().schema();
                limits.check(
                    schema,
                    served.entry().getDocument(),
                    served.input().getOperationName(),
                    served.input().getVariables());
              });
      builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    };
  }
}

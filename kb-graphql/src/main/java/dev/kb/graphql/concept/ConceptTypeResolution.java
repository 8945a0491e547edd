package dev.kb.graphql.concept;

import dev.kb.core.concept.Concept;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * One Java type, {@link Concept}, stands for the five GraphQL types of the {@code Concept}
 * interface; its kind says which.
 */
@Configuration(proxyBeanMethods = false)
class ConceptTypeResolution {

  @Bean
  RuntimeWiringConfigurer conceptTypeResolver() {
    return wiring ->
        wiring.type(
            "Concept",
            type ->
                type.typeResolver(
                    env ->
                        env.getSchema().getObjectType(((Concept) env.getObject()).kind().label())));
  }
}

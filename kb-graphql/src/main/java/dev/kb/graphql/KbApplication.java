package dev.kb.graphql;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts kb: Neo4j (embedded unless {@code spring.neo4j.uri} is set), GraphQL and playground. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KbApplication {

  public static void main(String[] args) {
    SpringApplication.run(KbApplication.class, args);
  }
}

package dev.kb.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application as a user first starts it: on a random port, on a fresh embedded Neo4j
 * under {@code target/} holding the sample case and the demo corpus, with a curator account (the
 * same as {@link KbAppTest}'s). Test classes that share this annotation share one application
 * context; lessons and pages are tested here, against the cases a teacher sees.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kb.data-dir=target/test-data/demo-${random.uuid}",
      "kb.samples.demo-corpus=true",
      "kb.security.curator.username=" + KbAppTest.CURATOR,
      "kb.security.curator.password=" + KbAppTest.PASSWORD
    })
@Import(RoundTrips.class)
public @interface DemoAppTest {}

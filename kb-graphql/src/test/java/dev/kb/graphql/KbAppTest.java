package dev.kb.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on a fresh embedded Neo4j under {@code target/} holding
 * the sample case only (not the demo corpus: see {@link DemoAppTest}), with a curator account, and
 * the driver's transactions counted ({@link RoundTrips}). Test classes that share this annotation
 * share one application context and so one Neo4j.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kb.data-dir=target/test-data/app-${random.uuid}",
      "kb.samples.demo-corpus=false",
      "kb.security.curator.username=" + KbAppTest.CURATOR,
      "kb.security.curator.password=" + KbAppTest.PASSWORD
    })
@Import(RoundTrips.class)
public @interface KbAppTest {

  /** The curator the tests write as. */
  String CURATOR = "test-curator";

  /** The curator's password in tests. */
  String PASSWORD = "test-secret";
}

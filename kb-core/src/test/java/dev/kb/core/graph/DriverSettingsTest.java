package dev.kb.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Logger;
import org.neo4j.driver.Logging;

/** The driver's debug messages cost nothing while debug is off (org.neo4j is at WARN here). */
class DriverSettingsTest {

  /** An argument that counts how often it is printed. */
  private static final class Printed {
    final AtomicInteger times = new AtomicInteger();

    @Override
    public String toString() {
      times.incrementAndGet();
      return "a query's parameters";
    }
  }

  @Test
  void shouldNotFormatDebugMessagesThatAreNotLogged() {
    Logger log = DriverSettings.config().logging().getLog("org.neo4j.driver.connection");
    Printed parameters = new Printed();

    log.debug("RUN %s", parameters);

    assertThat(log.isDebugEnabled()).isFalse();
    assertThat(parameters.times).hasValue(0);
  }

  @Test
  void shouldReplaceADefaultThatFormatsEveryDebugMessage() {
    // Why the setting exists: the driver's default formats first and lets the logger drop it.
    // If a driver release stops doing so, this fails and the setting can go.
    Logger log = Logging.systemLogging().getLog("org.neo4j.driver.connection");
    Printed parameters = new Printed();

    log.debug("RUN %s", parameters);

    assertThat(parameters.times).hasValue(1);
  }
}

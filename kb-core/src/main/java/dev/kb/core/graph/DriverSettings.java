package dev.kb.core.graph;

import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;

/**
 * How kb configures every Neo4j driver it creates, the app's (through Boot) and the command line's.
 *
 * <p>The driver logs through SLF4J. Its default, {@code System.Logger}, formats each debug message
 * before asking whether debug is on: every query sent, its parameters printed in full, even when
 * nothing is logged. That was about 5% of the app's CPU on reads, and more on imports, whose
 * parameters are whole cases (one writer went from 229 to 261 docs/s without it). SLF4J asks first.
 */
public final class DriverSettings {

  private DriverSettings() {}

  /** Applies kb's settings to a driver configuration being built. */
  public static Config.ConfigBuilder apply(Config.ConfigBuilder builder) {
    return builder.withLogging(Logging.slf4j());
  }

  /** A driver configuration with kb's settings and the driver's defaults otherwise. */
  public static Config config() {
    return apply(Config.builder()).build();
  }
}

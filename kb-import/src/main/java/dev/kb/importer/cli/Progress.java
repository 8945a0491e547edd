package dev.kb.importer.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * Progress of a batch: a bar redrawn in place on a terminal, or a line every twentieth of the batch
 * when the output goes to a file or a pipe. Thread-safe.
 */
final class Progress {

  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final long total;
  private final boolean bar;
  private final long started = System.nanoTime();
  private final long lineEvery;
  private long done;
  private long lastDrawn;

  Progress(PrintWriter out, long total, boolean bar) {
    this.out = out;
    this.total = total;
    this.bar = bar;
    this.lineEvery = Math.max(1, total / 20);
  }

  /** Whether standard output is a terminal a bar can be redrawn on. */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ returns a console even when redirected, and says so through isTerminal().
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  synchronized void step() {
    done++;
    long now = System.nanoTime();
    if (bar) {
      if (done == total || now - lastDrawn > 100_000_000L) {
        lastDrawn = now;
        out.print('\r' + line());
        if (done == total) {
          out.println();
        }
        out.flush();
      }
    } else if (done % lineEvery == 0 || done == total) {
      out.println(line());
      out.flush();
    }
  }

  /** Documents per second so far. */
  synchronized double rate() {
    double seconds = (System.nanoTime() - started) / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }

  /** Seconds since the start. */
  double elapsedSeconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  private String line() {
    int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
    double rate = rate();
    long remaining = rate <= 0 ? 0 : Math.round((total - done) / rate);
    return "[%s%s] %3d%% %d/%d  %.1f docs/s  ETA %ds"
        .formatted(
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            total == 0 ? 100 : 100 * done / total,
            done,
            total,
            rate,
            remaining);
  }
}

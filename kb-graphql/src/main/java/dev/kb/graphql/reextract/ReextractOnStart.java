package dev.kb.graphql.reextract;

import dev.kb.graphql.neo4j.KbProperties;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.ReextractOutcome;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code kb.reextract-on-start}, reads every stale case again once the app is ready: those
 * another extractor read (a new version of the rules, data or model) or that were counted with
 * another minimum confidence. It runs in the background, so kb serves at once; each case switches
 * to its new facts in one transaction, and meanwhile the statistics mix cases read both ways (the
 * log says when it is done). Stopping kb stops it after the batch under way; the next start picks
 * up the cases left.
 */
@Component
class ReextractOnStart implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ReextractOnStart.class);
  private static final int BATCH = 50;

  private final KbProperties properties;
  private final CaseLoader loader;
  private volatile boolean stopping;
  private @Nullable Thread worker;

  ReextractOnStart(KbProperties properties, CaseLoader loader) {
    this.properties = properties;
    this.loader = loader;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (properties.reextractOnStart()) {
      worker = Thread.ofVirtual().name("kb-reextract").start(this::run);
    }
  }

  private void run() {
    try {
      long stale = loader.staleCount();
      if (stale == 0) {
        log.info("Re-extraction: every case is current ({})", loader.extractorVersion());
        return;
      }
      log.info(
          "Re-extraction: reading {} cases again with {} (minimum link confidence {}), in the"
              + " background",
          stale,
          loader.extractorVersion(),
          loader.minConfidence());
      long started = System.nanoTime();
      long every = Math.max(1, stale / 10);
      Map<ReextractOutcome.Status, Integer> counts = new EnumMap<>(ReextractOutcome.Status.class);
      loader.reextractStale(
          BATCH,
          () -> stopping,
          outcome -> {
            counts.merge(outcome.status(), 1, Integer::sum);
            if (outcome.status() == ReextractOutcome.Status.FAILED) {
              log.warn("Re-extraction of {} failed: {}", outcome.caseId(), outcome.detail());
            }
            long all = counts.values().stream().mapToLong(Integer::longValue).sum();
            if (all % every == 0) {
              log.info("Re-extraction: {}/{} cases", all, stale);
            }
          });
      log.info(
          "Re-extraction {}: {} read again, {} already current, {} failed in {} s",
          stopping ? "stopped" : "done",
          counts.getOrDefault(ReextractOutcome.Status.REEXTRACTED, 0),
          counts.getOrDefault(ReextractOutcome.Status.CURRENT, 0),
          counts.getOrDefault(ReextractOutcome.Status.FAILED, 0),
          Duration.ofNanos(System.nanoTime() - started).toSeconds());
    } catch (RuntimeException e) {
      if (!stopping) {
        log.error("Re-extraction stopped: {}", e.getMessage(), e);
      }
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    stopping = true;
    Thread running = worker;
    if (running != null) {
      running.join(Duration.ofSeconds(30));
    }
  }
}

package dev.kb.graphql.casereport;

import dev.kb.graphql.error.LimitExceededException;
import dev.kb.graphql.neo4j.KbProperties;
import dev.kb.importer.load.CaseDocument;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.ImportGuard;
import dev.kb.importer.load.ImportOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs curators' imports on a small pool of threads of their own ({@code kb.import.threads}, with
 * {@code kb.import.queue} waiting), never on the threads that answer requests: however busy the
 * imports, reads are answered. An import the request's time limit ends is given up on, and nothing
 * of it is committed after the answer ({@link ImportGuard}); one past the queue is refused at once.
 * The pool's metrics are Micrometer's executor meters named {@code kb.import}.
 */
@Component
class CaseImports implements DisposableBean {

  private final CaseLoader loader;
  private final ThreadPoolExecutor pool;
  private final KbProperties.Imports settings;

  CaseImports(CaseLoader loader, KbProperties properties, MeterRegistry meters) {
    this.loader = loader;
    this.settings = properties.imports();
    BlockingQueue<Runnable> waiting =
        settings.queue() == 0
            ? new SynchronousQueue<>()
            : new ArrayBlockingQueue<>(settings.queue());
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            settings.threads(),
            settings.threads(),
            0,
            TimeUnit.MILLISECONDS,
            waiting,
            task -> {
              Thread thread = new Thread(task, "kb-import-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
    // executor.active, executor.queued, executor.completed... tagged name=kb.import
    new ExecutorServiceMetrics(pool, "kb.import", List.of()).bindTo(meters);
  }

  /**
   * Imports one document within {@code timeLeft}, the request's remaining time.
   *
   * @throws LimitExceededException when the imports are all busy, or the time ran out (nothing
   *     written)
   */
  ImportOutcome load(CaseDocument document, Duration timeLeft) {
    ImportGuard guard = ImportGuard.within(timeLeft.isZero() ? Duration.ofNanos(1) : timeLeft);
    Future<ImportOutcome> outcome;
    try {
      outcome = pool.submit(() -> loader.load(document, guard));
    } catch (RejectedExecutionException e) {
      throw new LimitExceededException(
          ("The server is busy with other imports (%d running, %d waiting: kb.import.threads,"
                  + " kb.import.queue); nothing was written, try again shortly")
              .formatted(settings.threads(), settings.queue()));
    }
    try {
      return outcome.get(timeLeft.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      if (guard.giveUp()) {
        outcome.cancel(false); // not started yet: it never will
        throw new LimitExceededException(
            ("The import did not finish in the %d ms left of the request's time limit"
                    + " (kb.graphql.limits.timeout); it was given up and nothing was written")
                .formatted(timeLeft.toMillis()));
      }
      return finished(outcome); // committing: its outcome is the answer
    } catch (InterruptedException e) {
      guard.giveUp();
      Thread.currentThread().interrupt();
      throw new LimitExceededException("The import was interrupted; nothing was written");
    } catch (ExecutionException e) {
      throw asUnchecked(e.getCause());
    }
  }

  private static ImportOutcome finished(Future<ImportOutcome> outcome) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return outcome.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw asUnchecked(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException asUnchecked(@Nullable Throwable cause) {
    return cause instanceof RuntimeException runtime
        ? runtime
        : new IllegalStateException("Import failed", cause);
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }
}

package dev.kb.graphql.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps the parsed and validated documents of the queries clients send again and again (a script in
 * a loop, a notebook re-run, the playground's lessons), so each is parsed and validated once: both
 * cost more than answering a small question from the graph.
 *
 * <p>Only valid documents are kept, at most {@code capacity} of them, and none longer than {@code
 * maxLength} characters. They are held in a Caffeine cache, which keeps the documents sent often
 * over those sent once (W-TinyLFU), and does its upkeep on the calling thread. A document that was
 * valid once is valid for any variables, but its cost depends on them (a page size given as a
 * variable), so the query limits are checked again on every request: {@code recheck} is called with
 * each kept document served and may throw to refuse it, as the limits do in validation.
 */
public final class DocumentCache implements PreparsedDocumentProvider {

  private final int maxLength;
  private final Consumer<Served> recheck;
  private final Cache<String, PreparsedDocumentEntry> documents;

  /** A kept document served again, with the request that asked for it. */
  public record Served(PreparsedDocumentEntry entry, ExecutionInput input) {}

  public DocumentCache(int capacity, int maxLength, Consumer<Served> recheck) {
    this.maxLength = maxLength;
    this.recheck = recheck;
    this.documents = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String query = input.getQuery();
    if (query.length() > maxLength) {
      return CompletableFuture.completedFuture(parseAndValidate.apply(input));
    }
    PreparsedDocumentEntry kept = documents.getIfPresent(query);
    if (kept != null) {
      recheck.accept(new Served(kept, input));
      return CompletableFuture.completedFuture(kept);
    }
    PreparsedDocumentEntry fresh = parseAndValidate.apply(input);
    if (!fresh.hasErrors()) {
      documents.put(query, fresh);
    }
    return CompletableFuture.completedFuture(fresh);
  }

  /** How many documents are kept now, once pending evictions are done. */
  public long size() {
    documents.cleanUp();
    return documents.estimatedSize();
  }
}

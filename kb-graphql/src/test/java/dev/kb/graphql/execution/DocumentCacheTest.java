package dev.kb.graphql.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DocumentCacheTest {

  private final AtomicInteger parsed = new AtomicInteger();
  private final List<String> rechecked = new ArrayList<>();

  private final Function<ExecutionInput, PreparsedDocumentEntry> parse =
      input -> {
        parsed.incrementAndGet();
        if (input.getQuery().contains("invalid")) {
          return new PreparsedDocumentEntry(
              GraphqlErrorBuilder.newError().message("invalid").build());
        }
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
      };

  private PreparsedDocumentEntry ask(DocumentCache cache, String query) {
    return cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parse).join();
  }

  @Test
  void shouldParseARepeatedQueryOnceAndRecheckItEachTime() {
    DocumentCache cache =
        new DocumentCache(10, 1000, served -> rechecked.add(served.input().getQuery()));

    PreparsedDocumentEntry first = ask(cache, "{ a }");
    PreparsedDocumentEntry second = ask(cache, "{ a }");

    assertThat(parsed).hasValue(1);
    assertThat(second).isSameAs(first);
    assertThat(rechecked).containsExactly("{ a }");
  }

  @Test
  void shouldRefuseAKeptDocumentWhenTheRecheckThrows() {
    DocumentCache cache =
        new DocumentCache(
            10,
            1000,
            served -> {
              throw new IllegalStateException("over the limit");
            });
    ask(cache, "{ a }");

    assertThatThrownBy(() -> ask(cache, "{ a }")).hasMessage("over the limit");
  }

  @Test
  void shouldNotKeepInvalidOrOverlongDocuments() {
    DocumentCache cache = new DocumentCache(10, 20, served -> {});

    ask(cache, "{ invalid }");
    ask(cache, "{ invalid }");
    ask(cache, "{ a b c d e f g h i j k l m n }");
    ask(cache, "{ a b c d e f g h i j k l m n }");

    assertThat(parsed).hasValue(4);
    assertThat(cache.size()).isZero();
  }

  @Test
  void shouldKeepNoMoreThanItsCapacity() {
    DocumentCache cache = new DocumentCache(2, 1000, served -> {});
    for (int i = 0; i < 10; i++) {
      ask(cache, "{ q" + i + " }");
    }

    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void shouldKeepADocumentSentOftenOverDocumentsSentOnce() {
    DocumentCache cache = new DocumentCache(10, 1000, served -> {});
    ask(cache, "{ often }");
    for (int i = 0; i < 9; i++) {
      ask(cache, "{ q" + i + " }");
    }
    for (int i = 0; i < 5; i++) {
      ask(cache, "{ often }");
    }
    for (int i = 10; i < 40; i++) {
      ask(cache, "{ q" + i + " }");
    }

    parsed.set(0);
    ask(cache, "{ often }");

    assertThat(parsed).as("parsed again").hasValue(0);
    assertThat(cache.size()).isEqualTo(10);
  }
}

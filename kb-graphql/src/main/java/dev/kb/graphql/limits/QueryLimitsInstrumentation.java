package dev.kb.graphql.limits;

import dev.kb.graphql.paging.Cursors;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Refuses abusive queries before they run — too deep, too many aliases, too complex — and stops
 * fetching fields once a query has run past its time limit. Each refusal names the limit, its value
 * and how far the query went over it.
 *
 * <p>Depth and complexity are measured on the document, fragments expanded, so a query cannot hide
 * its size behind fragments; a fragment spread inside itself is left to validation.
 */
public final class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

  /** Page size assumed for a list field whose {@code first} argument is absent or a variable. */
  static final int DEFAULT_PAGE = 20;

  /**
   * No page is larger: the fields refuse a bigger {@code first} with an error of their own, which
   * says more than a complexity estimate would.
   */
  static final int MAX_PAGE = Cursors.MAX_PAGE_SIZE;

  private final LimitsProperties limits;

  public QueryLimitsInstrumentation(LimitsProperties limits) {
    this.limits = limits;
  }

  /** When the current request started, to enforce the time limit. */
  static final class Deadline implements InstrumentationState {
    final long deadlineNanos;

    Deadline(long deadlineNanos) {
      this.deadlineNanos = deadlineNanos;
    }
  }

  @Override
  public CompletableFuture<InstrumentationState> createStateAsync(
      InstrumentationCreateStateParameters parameters) {
    return CompletableFuture.completedFuture(
        new Deadline(System.nanoTime() + limits.timeout().toNanos()));
  }

  @Override
  public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    check(parameters.getDocument(), parameters.getOperation(), parameters.getVariables());
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> dataFetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    if (!(state instanceof Deadline deadline)) {
      return dataFetcher;
    }
    return environment -> {
      if (System.nanoTime() > deadline.deadlineNanos) {
        GraphQLError error =
            GraphqlErrorBuilder.newError(environment)
                .message(
                    "Query time limit of %d ms exceeded (kb.graphql.limits.timeout): this field"
                        + " was not fetched",
                    limits.timeout().toMillis())
                .build();
        throw new AbortExecutionException(List.of(error));
      }
      return dataFetcher.get(environment);
    };
  }

  /**
   * Checks aliases, depth and complexity; throws {@link AbortExecutionException} when over. A pure
   * introspection operation (only {@code __schema} and {@code __type} at the root, as tools and the
   * playground's docs send) is exempt from depth and complexity: its shape is fixed by the schema,
   * not by the client's data.
   */
  void check(Document document, @Nullable String operationName, Map<String, Object> variables) {
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
      fragments.put(fragment.getName(), fragment);
    }
    int aliases = countAliases(document);
    if (aliases > limits.maxAliases()) {
      throw refused(
          "The query uses %d aliases, over the limit of %d (kb.graphql.limits.max-aliases)"
              .formatted(aliases, limits.maxAliases()));
    }
    for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
      if (operationName != null && !operationName.equals(operation.getName())) {
        continue;
      }
      if (isIntrospection(operation)) {
        continue;
      }
      Measure measure = new Measure(fragments, variables);
      int depth = measure.depth(operation.getSelectionSet(), 0, new HashSet<>());
      if (depth > limits.maxDepth()) {
        throw refused(
            "The query is %d levels deep, over the limit of %d (kb.graphql.limits.max-depth)"
                .formatted(depth, limits.maxDepth()));
      }
      long complexity = measure.complexity(operation.getSelectionSet(), new HashSet<>());
      if (complexity > limits.maxComplexity()) {
        throw refused(
            ("The query could resolve %d fields, over the complexity limit of %d"
                    + " (kb.graphql.limits.max-complexity): ask for smaller pages or fewer fields")
                .formatted(complexity, limits.maxComplexity()));
      }
    }
  }

  private static AbortExecutionException refused(String message) {
    return new AbortExecutionException(
        List.of(
            GraphqlErrorBuilder.newError()
                .message(message)
                .extensions(Map.of("classification", "QUERY_LIMIT"))
                .build()));
  }

  private static boolean isIntrospection(OperationDefinition operation) {
    return operation.getSelectionSet().getSelections().stream()
        .allMatch(s -> s instanceof Field field && field.getName().startsWith("__"));
  }

  private static int countAliases(Node<?> node) {
    int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
    for (Node<?> child : node.getChildren()) {
      count += countAliases(child);
    }
    return count;
  }

  /** Depth and complexity of selection sets, through fragments. */
  private record Measure(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {

    int depth(@Nullable SelectionSet set, int level, Set<String> visiting) {
      if (set == null) {
        return level;
      }
      int deepest = level;
      for (var selection : set.getSelections()) {
        if (selection instanceof Field field) {
          deepest = Math.max(deepest, depth(field.getSelectionSet(), level + 1, visiting));
        } else if (selection instanceof InlineFragment inline) {
          deepest = Math.max(deepest, depth(inline.getSelectionSet(), level, visiting));
        } else if (selection instanceof FragmentSpread spread && visiting.add(spread.getName())) {
          FragmentDefinition fragment = fragments.get(spread.getName());
          if (fragment != null) {
            deepest = Math.max(deepest, depth(fragment.getSelectionSet(), level, visiting));
          }
          visiting.remove(spread.getName());
        }
      }
      return deepest;
    }

    long complexity(@Nullable SelectionSet set, Set<String> visiting) {
      if (set == null) {
        return 0;
      }
      long total = 0;
      for (var selection : set.getSelections()) {
        if (selection instanceof Field field) {
          long children = complexity(field.getSelectionSet(), visiting);
          total += 1 + (children == 0 ? 0 : pageSize(field) * children);
        } else if (selection instanceof InlineFragment inline) {
          total += complexity(inline.getSelectionSet(), visiting);
        } else if (selection instanceof FragmentSpread spread && visiting.add(spread.getName())) {
          FragmentDefinition fragment = fragments.get(spread.getName());
          if (fragment != null) {
            total += complexity(fragment.getSelectionSet(), visiting);
          }
          visiting.remove(spread.getName());
        }
        total = Math.min(total, Long.MAX_VALUE / 4);
      }
      return total;
    }

    /**
     * How many items a field with children may return: its {@code first}, given or from a variable,
     * else a default.
     */
    private long pageSize(Field field) {
      for (var argument : field.getArguments()) {
        if (argument.getName().equals("first")) {
          if (argument.getValue() instanceof IntValue value) {
            BigInteger first = value.getValue();
            return Math.max(1, first.min(BigInteger.valueOf(MAX_PAGE)).longValue());
          }
          if (argument.getValue() instanceof VariableReference reference) {
            return variables.get(reference.getName()) instanceof Number first
                ? Math.max(1, Math.min(MAX_PAGE, first.longValue()))
                : DEFAULT_PAGE;
          }
        }
      }
      return 1;
    }
  }
}

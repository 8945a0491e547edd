package dev.kb.graphql.limits;

import dev.kb.graphql.paging.Cursors;
import graphql.GraphQLContext;
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
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.InputValueWithState;
import graphql.validation.ValidationError;
import java.math.BigInteger;
import java.time.Duration;
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

  /** Page size assumed for a {@code first} given as a variable without a value or default. */
  static final int DEFAULT_PAGE = 20;

  /**
   * Items assumed in a list field without {@code first}: such lists (the facts of a case, the
   * relations of a fact, the findings of an investigation) are bounded by one case's text.
   */
  static final int UNPAGED_LIST = 10;

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
    long deadlineNanos = System.nanoTime() + limits.timeout().toNanos();
    // Fetchers that run long themselves (an import) read it from the context.
    parameters.getExecutionInput().getGraphQLContext().put(DEADLINE_KEY, deadlineNanos);
    return CompletableFuture.completedFuture(new Deadline(deadlineNanos));
  }

  private static final String DEADLINE_KEY =
      QueryLimitsInstrumentation.class.getName() + ".deadline";

  /**
   * The time the current request has left ({@code kb.graphql.limits.timeout} from its start), for a
   * fetcher that must give up on its own work by then; none left is zero.
   */
  public static Duration timeLeft(GraphQLContext context) {
    Long deadlineNanos = context.get(DEADLINE_KEY);
    if (deadlineNanos == null) {
      throw new IllegalStateException(
          "No request deadline: QueryLimitsInstrumentation not applied");
    }
    return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  @Override
  public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    check(
        parameters.getSchema(),
        parameters.getDocument(),
        parameters.getOperation(),
        parameters.getVariables());
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(
      DataFetcher<?> dataFetcher,
      InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    // A property read (a trivial fetcher) is left as it is: wrapped, graphql-java would build a
    // full fetching environment for each of the thousands of fields of a large response. The
    // deadline is checked where time goes: at every fetcher that reads or computes.
    if (!(state instanceof Deadline deadline) || parameters.isTrivialDataFetcher()) {
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
   * not by the client's data. Runs in validation, and again for a document kept parsed from an
   * earlier request (its cost depends on the variables).
   */
  public void check(
      GraphQLSchema schema,
      Document document,
      @Nullable String operationName,
      Map<String, Object> variables) {
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
      Measure measure = new Measure(schema, fragments, variables);
      int depth = measure.depth(operation.getSelectionSet(), 0, new HashSet<>());
      if (depth > limits.maxDepth()) {
        throw refused(
            "The query is %d levels deep, over the limit of %d (kb.graphql.limits.max-depth)"
                .formatted(depth, limits.maxDepth()));
      }
      long complexity =
          measure.complexity(
              operation.getSelectionSet(), rootType(schema, operation), new HashSet<>());
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

  private static @Nullable GraphQLObjectType rootType(
      GraphQLSchema schema, OperationDefinition operation) {
    return switch (operation.getOperation()) {
      case QUERY -> schema.getQueryType();
      case MUTATION -> schema.getMutationType();
      case SUBSCRIPTION -> schema.getSubscriptionType();
    };
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

  /**
   * Depth and complexity of selection sets, through fragments. Complexity multiplies a field's
   * children by the number of items it may return, read from the schema: its {@code first} (given,
   * from a variable, or the argument's default), {@link #UNPAGED_LIST} for another list, else one.
   */
  private record Measure(
      GraphQLSchema schema,
      Map<String, FragmentDefinition> fragments,
      Map<String, Object> variables) {

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

    long complexity(
        @Nullable SelectionSet set, @Nullable GraphQLType parent, Set<String> visiting) {
      if (set == null) {
        return 0;
      }
      long total = 0;
      for (var selection : set.getSelections()) {
        if (selection instanceof Field field) {
          GraphQLFieldDefinition definition =
              parent instanceof GraphQLFieldsContainer container
                  ? container.getFieldDefinition(field.getName())
                  : null;
          GraphQLType type =
              definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType());
          long children = complexity(field.getSelectionSet(), type, visiting);
          total += 1 + (children == 0 ? 0 : items(field, definition, parent) * children);
        } else if (selection instanceof InlineFragment inline) {
          total +=
              complexity(
                  inline.getSelectionSet(), typeOf(inline.getTypeCondition(), parent), visiting);
        } else if (selection instanceof FragmentSpread spread && visiting.add(spread.getName())) {
          FragmentDefinition fragment = fragments.get(spread.getName());
          if (fragment != null) {
            total +=
                complexity(
                    fragment.getSelectionSet(),
                    typeOf(fragment.getTypeCondition(), parent),
                    visiting);
          }
          visiting.remove(spread.getName());
        }
        total = Math.min(total, Long.MAX_VALUE / 4);
      }
      return total;
    }

    private @Nullable GraphQLType typeOf(
        graphql.language.@Nullable TypeName condition, @Nullable GraphQLType parent) {
      return condition == null ? parent : schema.getType(condition.getName());
    }

    /** How many items a field with children may return. */
    private long items(
        Field field, @Nullable GraphQLFieldDefinition definition, @Nullable GraphQLType parent) {
      if (definition == null) {
        return 1;
      }
      GraphQLArgument first = definition.getArgument("first");
      if (first != null) {
        return pageSize(field, first);
      }
      boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()));
      // The edges and nodes of a connection are the page its field's `first` already counted.
      boolean pageOfConnection =
          parent instanceof GraphQLNamedType named && named.getName().endsWith("Connection");
      return list && !pageOfConnection ? UNPAGED_LIST : 1;
    }

    /** A {@code first} given, from a variable, or the argument's default. */
    private long pageSize(Field field, GraphQLArgument first) {
      for (var argument : field.getArguments()) {
        if (argument.getName().equals("first")) {
          if (argument.getValue() instanceof IntValue value) {
            return bounded(value.getValue());
          }
          if (argument.getValue() instanceof VariableReference reference) {
            return variables.get(reference.getName()) instanceof Number n
                ? bounded(BigInteger.valueOf(n.longValue()))
                : defaultOf(first);
          }
        }
      }
      return defaultOf(first);
    }

    private static long defaultOf(GraphQLArgument first) {
      InputValueWithState value = first.getArgumentDefaultValue();
      if (value.isLiteral() && value.getValue() instanceof IntValue literal) {
        return bounded(literal.getValue());
      }
      if (value.isExternal() && value.getValue() instanceof Number n) {
        return bounded(BigInteger.valueOf(n.longValue()));
      }
      return DEFAULT_PAGE;
    }

    private static long bounded(BigInteger first) {
      return Math.max(1, first.min(BigInteger.valueOf(MAX_PAGE)).longValue());
    }
  }
}

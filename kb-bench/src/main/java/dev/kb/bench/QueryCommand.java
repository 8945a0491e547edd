package dev.kb.bench;

import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code query}: the command line of {@link QueryBench}. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Times the researcher questions against a running kb, each through GraphQL over HTTP and by"
          + " hand-written Cypher through the driver: p50 and p99 latency, throughput and the"
          + " GraphQL/Cypher ratio."
    })
final class QueryCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "GRAPHQL_URL",
      description = "e.g. http://localhost:8080/graphql")
  @SuppressWarnings("NullAway.Init") // a required parameter: picocli sets it before call()
  URI graphQl;

  @Parameters(
      index = "1",
      paramLabel = "BOLT_URI",
      description = "kb's Neo4j, e.g. bolt://127.0.0.1:7687")
  @SuppressWarnings("NullAway.Init") // a required parameter: picocli sets it before call()
  String bolt;

  @Parameters(
      index = "2",
      arity = "0..1",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Measuring time per question and way (default: ${DEFAULT-VALUE})")
  int seconds = 10;

  @Override
  public Integer call() throws Exception {
    QueryBench.run(graphQl, bolt, seconds);
    return 0;
  }
}

package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every GraphQL query the README and the docs show is run against the bundled data, and the answer
 * shown after it must be the app's, so the documentation cannot drift from what kb does. An answer
 * may be shortened: a {@code "...": "..."} member stands for members left out; lists keep their
 * length. An application of its own on a fresh store, so that other tests' imports do not change
 * the answers.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kb.data-dir=target/test-data/docs-${random.uuid}"})
@Import(RoundTrips.class)
class DocsExamplesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

  @LocalServerPort int port;

  /** A query shown in a document, and the answer shown after it, if any. */
  record Example(String where, String query, String answer) {
    @Override
    public String toString() {
      return where;
    }
  }

  static Stream<Example> examples() throws IOException {
    List<Example> examples = new ArrayList<>();
    for (String name : List.of("README.md", "docs/api.md", "docs/playground.md")) {
      String text = Files.readString(Path.of("..", name), StandardCharsets.UTF_8);
      Matcher block = BLOCK.matcher(text);
      Example pending = null;
      while (block.find()) {
        String language = block.group(1);
        if (language.equals("graphql")) {
          if (pending != null) {
            examples.add(pending);
          }
          int line = (int) text.substring(0, block.start()).lines().count() + 1;
          pending = new Example(name + ":" + line, block.group(2), "");
        } else if (language.equals("json") && pending != null) {
          examples.add(new Example(pending.where(), pending.query(), block.group(2)));
          pending = null;
        }
      }
      if (pending != null) {
        examples.add(pending);
      }
    }
    assertThat(examples).as("queries in the docs").hasSizeGreaterThanOrEqualTo(3);
    return examples.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void shouldAnswerAsTheDocsSay(Example example) {
    Map<?, ?> body =
        TestClients.http(port, "/graphql")
            .build()
            .post()
            .bodyValue(Map.of("query", example.query()))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    JsonNode actual = JSON.valueToTree(body);
    assertThat(actual.has("errors")).as("errors: %s", actual.get("errors")).isFalse();
    if (!example.answer().isBlank()) {
      JsonNode shown = JSON.readTree(example.answer());
      List<String> differences = new ArrayList<>();
      compare("$", shown, actual, differences);
      if (!differences.isEmpty()) {
        fail(
            "%s shows another answer than the app gives:%n  %s%nThe app's answer:%n%s",
            example.where(),
            String.join("\n  ", differences),
            JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
      }
    }
  }

  /** Where {@code shown} is not {@code actual}, allowing for {@code "...": "..."} members. */
  private static void compare(String path, JsonNode shown, JsonNode actual, List<String> out) {
    if (shown.isObject()) {
      if (!actual.isObject()) {
        out.add(path + ": shown an object, is " + actual);
        return;
      }
      boolean shortened = shown.has("...");
      for (Iterator<String> names = shown.propertyNames().iterator(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals("...")) {
          JsonNode value = actual.get(name);
          if (value == null) {
            out.add(path + "." + name + ": shown, not in the answer");
          } else {
            compare(path + "." + name, shown.get(name), value, out);
          }
        }
      }
      if (!shortened) {
        for (Iterator<String> names = actual.propertyNames().iterator(); names.hasNext(); ) {
          String name = names.next();
          if (!shown.has(name)) {
            out.add(path + "." + name + ": in the answer, not shown");
          }
        }
      }
    } else if (shown.isArray()) {
      if (!actual.isArray() || actual.size() != shown.size()) {
        out.add(path + ": shown " + shown.size() + " items, the answer has " + actual);
        return;
      }
      for (int i = 0; i < shown.size(); i++) {
        compare(path + "[" + i + "]", shown.get(i), actual.get(i), out);
      }
    } else if (!shown.equals(actual)
        && !(shown.isNumber()
            && actual.isNumber()
            && Math.abs(shown.asDouble() - actual.asDouble())
                <= 1e-9 * Math.abs(actual.asDouble()))) {
      out.add(path + ": shown " + shown + ", is " + actual);
    }
  }
}

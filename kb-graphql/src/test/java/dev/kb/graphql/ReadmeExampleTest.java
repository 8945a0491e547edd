package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The query the README shows answers on the sample case as the README says. */
@KbAppTest
class ReadmeExampleTest {

  @LocalServerPort int port;

  @Test
  @SuppressWarnings("unchecked")
  void shouldAnswerTheReadmesExampleOnTheSample() throws IOException {
    String readme =
        Files.readString(Path.of("..", "README.md").toAbsolutePath(), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("a graphql block in README.md").isTrue();

    var response = TestClients.graphQl(port).document(block.group(1)).execute();

    response
        .path("concept.treats.nodes[*].to.name")
        .entityList(String.class)
        .contains("Cramp-fasciculation syndrome");
    List<Map<String, Object>> effects =
        response.path("concept.sideEffects.nodes").entity(List.class).get();
    assertThat(effects)
        .anySatisfy(
            e -> {
              assertThat(((Map<String, Object>) e.get("sideEffect")).get("name"))
                  .isEqualTo("Somnolence");
              Map<String, Object> edge = (Map<String, Object>) e.get("edge");
              assertThat((Integer) edge.get("allCases")).isEqualTo(1);
              assertThat((Integer) edge.get("cases")).isBetween(0, 1);
              assertThat(edge.toString()).contains("in the form of a slight morning drowsiness");
            })
        .anySatisfy(
            e ->
                assertThat(((Map<String, Object>) e.get("sideEffect")).get("name"))
                    .isEqualTo("Dizziness"));
  }
}

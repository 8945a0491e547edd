package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The CSV downloads, over the seven cases of {@link ResearcherApiTest} (the same application and
 * store: the same settings, with at most 20 rows an export), read back with a CSV parser; and the
 * {@code curl} lines of docs/api.md, run against the app.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kb.data-dir=target/test-data/researcher-${random.uuid}",
      "kb.samples.import-on-first-start=false",
      "kb.samples.demo-corpus=false",
      "kb.export.max-rows=20"
    })
@Import(RoundTrips.class)
class ExportApiTest {

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  @LocalServerPort int port;
  @Autowired CaseLoader loader;

  @BeforeEach
  void load() {
    List<String> texts = ResearcherApiTest.TEXTS;
    for (int i = 0; i < texts.size(); i++) {
      loader.load(
          new Documents()
              .fromString(
                  texts.get(i), "test:" + (i + 1), i == 5 ? ResearcherApiTest.QUOTED_TITLE : null));
    }
  }

  /** A download: its headers and its rows, each a map from the header line's names. */
  record Download(HttpHeaders headers, List<Map<String, String>> rows) {}

  private Download get(URI uri) {
    EntityExchangeResult<byte[]> result =
        TestClients.http(port, "")
            .build()
            .get()
            .uri(uri)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(new MediaType("text", "csv"))
            .expectBody()
            .returnResult();
    String body = new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
    try (MappingIterator<Map<String, String>> rows =
        CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
      return new Download(result.getResponseHeaders(), rows.readAll());
    }
  }

  private URI uri(String path, Object... parameters) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromUriString("http://localhost:" + port + path);
    for (int i = 0; i < parameters.length; i += 2) {
      uri.queryParam((String) parameters[i], parameters[i + 1]);
    }
    return uri.build().encode().toUri();
  }

  @Test
  void shouldDownloadTheCasesOfAFilterAsAnAttachmentWithQuotedValues() {
    Download all = get(uri("/export/cases.csv"));
    assertThat(all.headers().getContentDisposition().isAttachment()).isTrue();
    assertThat(all.headers().getContentDisposition().getFilename()).isEqualTo("cases.csv");
    assertThat(all.headers().getFirst("X-Total-Count")).isEqualTo("7");
    assertThat(all.rows()).hasSize(7);
    assertThat(all.rows())
        .filteredOn(row -> row.get("source").equals("test:6"))
        .singleElement()
        .satisfies(
            row -> {
              // A comma and quotes in a title survive the round trip.
              assertThat(row.get("title")).isEqualTo(ResearcherApiTest.QUOTED_TITLE);
              assertThat(row.get("name")).isEqualTo(ResearcherApiTest.QUOTED_TITLE);
              assertThat(row.get("patientAge")).isEqualTo("58");
              assertThat(row.get("patientSex")).isEqualTo("male");
            });
    assertThat(all.rows())
        .filteredOn(row -> row.get("source").equals("test:5"))
        .singleElement()
        .satisfies(row -> assertThat(row.get("patientAge")).isEmpty());

    Download men = get(uri("/export/cases.csv", "filter", "{\"patientSex\":\"male\"}"));
    assertThat(men.rows())
        .extracting(row -> row.get("source"))
        .containsExactlyInAnyOrder("test:2", "test:3", "test:6");
  }

  @Test
  void shouldDownloadTheFactsOfCasesNamedOrFiltered() {
    String amoxicillinCase =
        get(uri("/export/cases.csv", "filter", "{\"text\":\"amoxicillin\"}"))
            .rows()
            .getFirst()
            .get("id");
    Download facts = get(uri("/export/facts.csv", "case", amoxicillinCase));
    assertThat(facts.rows())
        .extracting(
            row -> row.get("kind") + " " + row.get("conceptName") + " " + row.get("matchedText"))
        .containsExactly("SIDE_EFFECT Rash rash", "DRUG Amoxicillin amoxicillin");
    assertThat(facts.rows().getFirst().get("sentence"))
        .isEqualTo("A 58-year-old man developed a rash caused by amoxicillin.");

    Download over65 = get(uri("/export/facts.csv", "filter", "{\"patientAge\":{\"min\":65}}"));
    assertThat(over65.rows()).hasSize(10); // 6 facts of case 1, 4 of case 2
    assertThat(over65.headers().getFirst("X-Total-Count")).isEqualTo("10");
  }

  @Test
  void shouldRefuseAnExportOverTheRowLimitUnlessAskedForTheFirstRows() {
    // 24 facts in all, over the tests' limit of 20.
    TestClients.http(port, "")
        .build()
        .get()
        .uri(uri("/export/facts.csv"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(
            String.class,
            detail -> assertThat(detail).contains("24 rows", "limit of 20", "kb.export.max-rows"));

    Download first = get(uri("/export/facts.csv", "limit", 5));
    assertThat(first.rows()).hasSize(5);
    assertThat(first.headers().getFirst("X-Total-Count")).isEqualTo("24");
  }

  @Test
  void shouldDownloadSignalsRankedAsTheQueryRanksThem() {
    Download signals = get(uri("/export/signals.csv", "orderBy", "ror"));
    assertThat(signals.rows())
        .extracting(row -> row.get("drugName") + " " + row.get("sideEffectName"))
        .startsWith("Carbamazepine Rash", "Lisinopril Cough");
    Map<String, String> carbamazepine = signals.rows().getFirst();
    assertThat(List.of("a", "b", "c", "d", "prr", "ror"))
        .map(carbamazepine::get)
        .containsExactly("1", "1", "1", "4", "2.5", "4.0");
    assertThat(Double.parseDouble(carbamazepine.get("rorLower"))).isLessThan(4.0);
    assertThat(signals.rows()).allSatisfy(row -> assertThat(row).containsKey("prrUpper"));
  }

  @Test
  void shouldAnswerBadParametersWithABadRequestNamingThem() {
    Map<URI, String> bad =
        Map.of(
            uri("/export/signals.csv", "orderBy", "LIKELIHOOD"), "'orderBy' must be one of",
            uri("/export/signals.csv", "minCases", "three"), "'minCases' must be a whole number",
            uri("/export/signals.csv", "minCases", 0), "'minCases' must be 1 or more",
            uri("/export/cases.csv", "filter", "{\"fakt\":{}}"), "\"fakt\"",
            uri("/export/cases.csv", "filter", "{not json"), "'filter' is not a CaseFilter",
            uri("/export/cases.csv", "limit", 21), "'limit' must be between 1 and 20",
            uri("/export/facts.csv", "case", "x", "filter", "{}"), "either 'case' or 'filter'");
    bad.forEach(
        (uri, message) ->
            TestClients.http(port, "")
                .build()
                .get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).as("%s", uri).contains(message)));
  }

  /** The {@code curl} lines of docs/api.md that download an export. */
  static Stream<String> documentedDownloads() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "api.md"), StandardCharsets.UTF_8);
    List<String> lines =
        docs.lines().filter(line -> line.startsWith("curl ") && line.contains("/export/")).toList();
    assertThat(lines).as("curl lines of exports in docs/api.md").hasSizeGreaterThanOrEqualTo(3);
    return lines.stream();
  }

  private static final Pattern TOKEN = Pattern.compile("'([^']*)'|(\\S+)");

  /**
   * Runs a documented line as curl would: its URL against this app, each {@code --data-urlencode
   * name=value} added to the query (with {@code -G}, as the lines use it).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedDownloads")
  void shouldAnswerTheDocumentedCurlLines(String line) {
    List<String> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(line);
    while (token.find()) {
      tokens.add(token.group(1) != null ? token.group(1) : token.group(2));
    }
    String url =
        tokens.stream()
            .filter(t -> t.startsWith("localhost:8080/export/"))
            .findFirst()
            .orElseThrow();
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromUriString(
            url.replace("localhost:8080", "http://localhost:" + port));
    for (int i = 0; i < tokens.size() - 1; i++) {
      if (tokens.get(i).equals("--data-urlencode")) {
        String[] pair = tokens.get(i + 1).split("=", 2);
        uri.queryParam(pair[0], pair[1]);
      }
    }
    Download download = get(uri.build().encode().toUri());
    assertThat(download.headers().getContentDisposition().isAttachment()).isTrue();
  }
}

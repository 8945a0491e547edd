package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A sanity bound, not a benchmark: extraction must stay linear and cheap. */
class ExtractorPerformanceTest {

  @Test
  void shouldExtractTheSampleAThousandTimesWithinSeconds() throws IOException {
    String text;
    try (InputStream in =
        getClass().getResourceAsStream("/kb/samples/cramp-fasciculation-syndrome.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Extractor extractor = LexiconExtractor.standard();
    long started = System.nanoTime();
    int mentions = 0;
    for (int i = 0; i < 1_000; i++) {
      mentions += extractor.extract(text).mentions().size();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("Extracted the sample 1,000 times in " + millis + " ms");
    assertThat(mentions).isPositive();
    assertThat(millis).isLessThan(20_000);
  }

  @Test
  void shouldStayLinearOnALongText() throws IOException {
    String sentence = "No fever, but twitching and leg cramps after carbamazepine were noted. ";
    String text = sentence.repeat(5_000);
    long started = System.nanoTime();
    Extraction extraction = LexiconExtractor.standard().extract(text);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("Extracted " + text.length() + " characters in " + millis + " ms");
    assertThat(extraction.sentences()).hasSize(5_000);
    assertThat(millis).isLessThan(20_000);
  }
}

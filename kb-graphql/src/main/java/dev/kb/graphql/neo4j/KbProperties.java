package dev.kb.graphql.neo4j;

import dev.kb.importer.extract.LinkConfidence;
import dev.kb.importer.load.ImportLimits;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * kb's own settings.
 *
 * @param dataDir where the embedded Neo4j keeps its store ({@code kb.data-dir}, default {@code
 *     ./data}); unused when {@code spring.neo4j.uri} is set
 * @param embedded the embedded Neo4j's settings
 * @param samples whether to import the bundled sample cases
 * @param terminologyDir a folder of terminology packs (hpo, doid, mondo, mesh, drugbank; plain or
 *     {@code .gz} files) that extends the bundled lexicon instead of the packs bundled with kb,
 *     such as a newer release ({@code kb.terminology-dir}); {@code none} reads with the bundled
 *     lexicon alone; unset, the default, reads with the bundled packs
 * @param knowledge how links between facts are counted
 * @param reextractOnStart whether to read again, in the background after start-up, every stored
 *     case that another extractor read or that was counted with another minimum confidence ({@code
 *     kb.reextract-on-start}, default false)
 * @param imports bounds on curators' imports ({@code kb.import.*})
 */
@ConfigurationProperties("kb")
public record KbProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Embedded embedded,
    @DefaultValue Samples samples,
    @org.jspecify.annotations.Nullable Path terminologyDir,
    @DefaultValue Knowledge knowledge,
    @DefaultValue("false") boolean reextractOnStart,
    @Name("import") @DefaultValue Imports imports) {

  /**
   * Bounds on curators' imports, so that imports cannot starve reads or flood the graph.
   *
   * @param maxFactsPerCase a text that gives more facts is refused, nothing written ({@code
   *     kb.import.max-facts-per-case}; the largest MACCROBAT case gives under 100)
   * @param extractionBudget how long one text's extraction may run ({@code
   *     kb.import.extraction-budget}; a request's own time limit may end it sooner)
   * @param threads imports running at once, on threads of their own, never on the threads that
   *     answer reads ({@code kb.import.threads})
   * @param queue imports waiting for a thread; one more is refused at once, saying so ({@code
   *     kb.import.queue})
   */
  public record Imports(
      @DefaultValue("2000") int maxFactsPerCase,
      @DefaultValue("10s") Duration extractionBudget,
      @DefaultValue("1") int threads,
      @DefaultValue("4") int queue) {

    public Imports {
      if (threads < 1 || queue < 0) {
        throw new IllegalArgumentException(
            "kb.import.threads must be at least 1 and kb.import.queue at least 0, were "
                + threads
                + " and "
                + queue);
      }
    }

    /** The loader's bounds on one document. */
    public ImportLimits limits() {
      return new ImportLimits(maxFactsPerCase, extractionBudget);
    }
  }

  /**
   * How links between facts are counted.
   *
   * @param minConfidence the least confidence of a link (treats, causes, reveals) that counts in
   *     the knowledge edges and their statistics, and that makes a finding a drug's side effect
   *     ({@code kb.knowledge.min-confidence}; by default the extractor's own, chosen when its link
   *     model was cross-validated); applied to the cases this app imports or re-reads, each of
   *     which records it
   */
  public record Knowledge(@org.jspecify.annotations.Nullable Double minConfidence) {

    public Knowledge {
      if (minConfidence != null) {
        LinkConfidence.requireValidMinimum(minConfidence);
      }
    }
  }

  /**
   * The embedded Neo4j.
   *
   * @param boltPort the Bolt port on 127.0.0.1 ({@code kb.embedded.bolt-port}); 0 picks a free one
   */
  public record Embedded(@DefaultValue("0") int boltPort) {}

  /**
   * The bundled cases.
   *
   * @param importOnFirstStart import them the first time kb starts on an embedded store ({@code
   *     kb.samples.import-on-first-start}, default true)
   * @param demoCorpus with them, the demo corpus of 100 real case reports ({@code
   *     kb.samples.demo-corpus}, default true)
   */
  public record Samples(
      @DefaultValue("true") boolean importOnFirstStart, @DefaultValue("true") boolean demoCorpus) {}
}

package dev.kb.graphql.neo4j;

import dev.kb.importer.extract.LinkConfidence;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 */
@ConfigurationProperties("kb")
public record KbProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Embedded embedded,
    @DefaultValue Samples samples,
    @org.jspecify.annotations.Nullable Path terminologyDir,
    @DefaultValue Knowledge knowledge,
    @DefaultValue("false") boolean reextractOnStart) {

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
   * The bundled sample cases.
   *
   * @param importOnFirstStart import them the first time kb starts on a store ({@code
   *     kb.samples.import-on-first-start}, default true)
   */
  public record Samples(@DefaultValue("true") boolean importOnFirstStart) {}
}

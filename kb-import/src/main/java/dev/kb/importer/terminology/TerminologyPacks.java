package dev.kb.importer.terminology;

import dev.kb.core.concept.Concept;
import dev.kb.core.hash.Sha256;
import dev.kb.importer.lexicon.Lexicon;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Loads the terminology packs bundled in the jar, or those found in a folder laid out as {@code
 * hpo/hp-*.obo} (with {@code hpo/hpo-current-english.tsv}), {@code doid/HumanDO.tsv} (with {@code
 * MESHinDO.tsv}, {@code ICD10inDO.tsv}), {@code mondo/*.tsv}, {@code mesh/*} and {@code
 * drugbank/*.csv}; a pack whose folder is missing is skipped. The order of the packs is their
 * precedence when two share a name: disease ontologies before HPO (a name both know, such as
 * "asthma", is a diagnosis), HPO before MeSH, DrugBank before MeSH chemicals.
 */
public final class TerminologyPacks {

  /**
   * The concepts of the packs, in precedence order, with a short hash of the files read.
   *
   * @param concepts filtered pack concepts, not yet merged with the authored lexicon
   * @param sizes how many concepts each pack gave, by pack name, in load order
   * @param hash the first hex digits of a SHA-256 over the files read
   * @param hierarchy which codes lie above which, as the packs say
   */
  public record Loaded(
      List<Concept> concepts, Map<String, Integer> sizes, String hash, CodeHierarchy hierarchy) {
    public Loaded {
      concepts = List.copyOf(concepts);
      sizes = Map.copyOf(sizes);
    }
  }

  private TerminologyPacks() {}

  /**
   * Reads every pack present under {@code dir}, a newer release than the bundled one; its files may
   * be plain or gzip-compressed ({@code hpo/hp-2014.obo.gz}).
   */
  public static Loaded load(Path dir) {
    return load(PackSource.folder(dir));
  }

  /**
   * Reads the packs bundled in the jar (listed, with their licences, in the project's NOTICE). They
   * hash alike to the same files read from a folder.
   */
  public static Loaded bundled() {
    return load(PackSource.bundled());
  }

  static Loaded load(PackSource source) {
    TermFilter filter = TermFilter.bundled();
    MessageDigest digest = Sha256.digest();
    digest.update(filter.source().getBytes(StandardCharsets.UTF_8));
    List<Concept> concepts = new ArrayList<>();
    Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
    CodeHierarchy.Builder hierarchy = new CodeHierarchy.Builder();

    List<String> doid = files(source, "doid", "HumanDO.tsv");
    if (!doid.isEmpty()) {
      List<String> xrefs = new ArrayList<>();
      for (String xref : files(source, "doid", "inDO.tsv")) {
        if (!xref.startsWith("doid/OMIM")) {
          xrefs.add(read(source, xref, digest));
        }
      }
      add(
          "doid",
          DoidPack.parse(read(source, doid.get(0), digest), xrefs, filter, hierarchy),
          concepts,
          sizes);
    }
    for (String mondo : files(source, "mondo", ".tsv")) {
      add("mondo", MondoPack.parse(read(source, mondo, digest), filter), concepts, sizes);
    }
    List<String> obo = files(source, "hpo", ".obo");
    if (!obo.isEmpty()) {
      List<String> labels = files(source, "hpo", "/hpo-current-english.tsv");
      String current = labels.isEmpty() ? "" : read(source, labels.get(0), digest);
      add(
          "hpo",
          HpoPack.parse(read(source, obo.get(0), digest), current, filter, hierarchy),
          concepts,
          sizes);
    }
    for (String drugbank : files(source, "drugbank", ".csv")) {
      add("drugbank", DrugBankPack.parse(read(source, drugbank, digest), filter), concepts, sizes);
    }
    for (String mesh : files(source, "mesh", "")) {
      add("mesh", MeshPack.parse(read(source, mesh, digest), filter, hierarchy), concepts, sizes);
    }
    String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 8);
    return new Loaded(concepts, sizes, hash, hierarchy.build());
  }

  /**
   * The authored concepts followed by the pack concepts they do not already hold. A pack concept
   * sharing a code or a name with an earlier concept is merged into it: its names become extra
   * synonyms and its codes extra codes, while the earlier concept keeps its id, kind and name.
   */
  public static List<Concept> merge(List<Concept> authored, List<Concept> packs) {
    List<Merged> merged = new ArrayList<>();
    Map<String, Merged> byCode = new HashMap<>();
    Map<String, Merged> byName = new HashMap<>();
    for (List<Concept> source : List.of(authored, packs)) {
      for (Concept concept : source) {
        Merged target = find(concept, byCode, byName);
        if (target == null) {
          target = new Merged(concept);
          merged.add(target);
        }
        for (String name : names(concept)) {
          String key = Lexicon.key(name);
          if (!key.isEmpty() && byName.putIfAbsent(key, target) == null && target.base != concept) {
            target.synonyms.add(name);
          }
        }
        target.codes.add(concept.id());
        target.codes.addAll(concept.codes());
        for (String code : target.codes) {
          byCode.putIfAbsent(code, target);
        }
      }
    }
    return merged.stream().map(Merged::concept).toList();
  }

  private static @Nullable Merged find(
      Concept concept, Map<String, Merged> byCode, Map<String, Merged> byName) {
    for (String code : concept.codes()) {
      Merged found = byCode.get(code);
      if (found != null) {
        return found;
      }
    }
    Merged found = byCode.get(concept.id());
    if (found != null) {
      return found;
    }
    for (String name : names(concept)) {
      found = byName.get(Lexicon.key(name));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static List<String> names(Concept concept) {
    List<String> names = new ArrayList<>(concept.synonyms().size() + 1);
    names.add(concept.name());
    names.addAll(concept.synonyms());
    return names;
  }

  /** A concept gathering the names and codes of the concepts merged into it. */
  private static final class Merged {
    final Concept base;
    final Set<String> synonyms;
    final Set<String> codes;

    Merged(Concept base) {
      this.base = base;
      this.synonyms = new LinkedHashSet<>(base.synonyms());
      this.codes = new LinkedHashSet<>(base.codes());
    }

    Concept concept() {
      if (synonyms.size() == base.synonyms().size() && codes.size() == base.codes().size()) {
        return base;
      }
      return new Concept(
          base.id(), base.kind(), base.name(), List.copyOf(synonyms), List.copyOf(codes));
    }
  }

  private static void add(
      String pack, List<Concept> loaded, List<Concept> concepts, Map<String, Integer> sizes) {
    concepts.addAll(loaded);
    sizes.merge(pack, loaded.size(), Integer::sum);
  }

  /** The files of one pack whose names end in {@code suffix}, as {@code pack/name}, sorted. */
  private static List<String> files(PackSource source, String pack, String suffix) {
    return source.list(pack).stream()
        .map(name -> pack + "/" + name)
        .filter(file -> file.endsWith(suffix))
        .toList();
  }

  private static String read(PackSource source, String file, MessageDigest digest) {
    byte[] bytes = source.read(file);
    digest.update(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}

package dev.kb.importer.terminology;

import dev.kb.core.concept.Concept;
import dev.kb.importer.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Loads the terminology packs found in a folder laid out as {@code hpo/hp-*.obo} (with {@code
 * hpo/hpo-current-english.tsv}), {@code doid/HumanDO.tsv} (with {@code MESHinDO.tsv}, {@code
 * ICD10inDO.tsv}), {@code mondo/*.tsv}, {@code mesh/*} and {@code drugbank/*.csv}; a pack whose
 * folder is missing is skipped. The order of the packs is their precedence when two share a name:
 * disease ontologies before HPO (a name both know, such as "asthma", is a diagnosis), HPO before
 * MeSH, DrugBank before MeSH chemicals.
 */
public final class TerminologyPacks {

  /**
   * The concepts of the packs, in precedence order, with a short hash of the files read.
   *
   * @param concepts filtered pack concepts, not yet merged with the authored lexicon
   * @param sizes how many concepts each pack gave, by pack name, in load order
   * @param hash the first hex digits of a SHA-256 over the files read
   */
  public record Loaded(List<Concept> concepts, Map<String, Integer> sizes, String hash) {
    public Loaded {
      concepts = List.copyOf(concepts);
      sizes = Map.copyOf(sizes);
    }
  }

  private TerminologyPacks() {}

  /** Reads every pack present under {@code dir}. */
  public static Loaded load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("No terminology folder at " + dir);
    }
    TermFilter filter = TermFilter.bundled();
    MessageDigest digest = sha256();
    digest.update(filter.source().getBytes(StandardCharsets.UTF_8));
    List<Concept> concepts = new ArrayList<>();
    Map<String, Integer> sizes = new java.util.LinkedHashMap<>();

    List<Path> doid = files(dir.resolve("doid"), "HumanDO.tsv");
    if (!doid.isEmpty()) {
      List<String> xrefs = new ArrayList<>();
      for (Path xref : files(dir.resolve("doid"), "inDO.tsv")) {
        if (!xref.getFileName().toString().startsWith("OMIM")) {
          xrefs.add(read(xref, digest));
        }
      }
      add("doid", DoidPack.parse(read(doid.get(0), digest), xrefs, filter), concepts, sizes);
    }
    for (Path mondo : files(dir.resolve("mondo"), ".tsv")) {
      add("mondo", MondoPack.parse(read(mondo, digest), filter), concepts, sizes);
    }
    List<Path> obo = files(dir.resolve("hpo"), ".obo");
    if (!obo.isEmpty()) {
      Path labels = dir.resolve("hpo/hpo-current-english.tsv");
      String current = Files.isRegularFile(labels) ? read(labels, digest) : "";
      add("hpo", HpoPack.parse(read(obo.get(0), digest), current, filter), concepts, sizes);
    }
    for (Path drugbank : files(dir.resolve("drugbank"), ".csv")) {
      add("drugbank", DrugBankPack.parse(read(drugbank, digest), filter), concepts, sizes);
    }
    for (Path mesh : files(dir.resolve("mesh"), "")) {
      add("mesh", MeshPack.parse(read(mesh, digest), filter), concepts, sizes);
    }
    String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 8);
    return new Loaded(concepts, sizes, hash);
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

  private static List<Path> files(Path folder, String suffix) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  private static String read(Path file, MessageDigest digest) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      digest.update(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

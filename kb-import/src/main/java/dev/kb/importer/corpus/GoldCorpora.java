package dev.kb.importer.corpus;

import dev.kb.importer.brat.BratAnnotations;
import dev.kb.importer.corpus.GoldDocument.Gold;
import dev.kb.importer.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the shared gold corpora into {@link GoldDocument}s (for training and for evaluation):
 * ADE-Corpus-V2 ({@code ade-dev}: drug → adverse effect pairs in sentences, and sentences without
 * one), BC5CDR ({@code bc5cdr-dev}: abstracts with chemicals, diseases and chemical-induced-disease
 * relations by MeSH id, training and development sets), MACCROBAT ({@code maccrobat-dev}: case
 * reports with {@code CAUSE} relations from a medication to a sign or disorder).
 */
public final class GoldCorpora {

  /** The corpus folder names under the corpora root. */
  public static final String ADE = "ade-dev";

  public static final String BC5CDR = "bc5cdr-dev";
  public static final String MACCROBAT = "maccrobat-dev";

  private GoldCorpora() {}

  /** Every corpus found under {@code root}; a missing one is skipped. */
  public static List<GoldDocument> all(Path root) {
    List<GoldDocument> documents = new ArrayList<>();
    if (Files.isDirectory(root.resolve(ADE))) {
      documents.addAll(ade(root.resolve(ADE)));
    }
    if (Files.isDirectory(root.resolve(BC5CDR))) {
      documents.addAll(bc5cdr(root.resolve(BC5CDR)));
    }
    if (Files.isDirectory(root.resolve(MACCROBAT))) {
      documents.addAll(maccrobat(root.resolve(MACCROBAT)));
    }
    if (documents.isEmpty()) {
      throw new IllegalArgumentException(
          "No corpus under "
              + root
              + ": expected one of "
              + List.of(ADE, BC5CDR, MACCROBAT)
              + " (e.g. ../shared/corpus)");
    }
    return documents;
  }

  /** The files a corpus folder is read from, for the manifest's hashes. */
  public static List<Path> files(Path root) {
    List<Path> files = new ArrayList<>();
    for (String corpus : List.of(ADE, BC5CDR, MACCROBAT)) {
      Path dir = root.resolve(corpus);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> list = Files.list(dir)) {
          list.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot list " + dir, e);
        }
      }
    }
    return files;
  }

  /**
   * ADE: each unique sentence is a document of its abstract's group; its gold entities are every
   * occurrence of the annotated words in it, identified by their normalised words.
   */
  public static List<GoldDocument> ade(Path folder) {
    Map<String, String> groups = new LinkedHashMap<>();
    Map<String, Set<String>> causes = new HashMap<>();
    Map<String, Set<String>> drugs = new HashMap<>();
    Map<String, Set<String>> effects = new HashMap<>();
    for (String line : read(folder.resolve("DRUG-AE.rel")).split("\r?\n")) {
      String[] f = line.split("\\|");
      if (f.length < 8) {
        continue;
      }
      String sentence = f[1];
      groups.putIfAbsent(sentence, f[0]);
      drugs.computeIfAbsent(sentence, k -> new HashSet<>()).add(f[5]);
      effects.computeIfAbsent(sentence, k -> new HashSet<>()).add(f[2]);
      causes
          .computeIfAbsent(sentence, k -> new HashSet<>())
          .add(GoldDocument.pair(Lexicon.key(f[5]), Lexicon.key(f[2])));
    }
    Path negatives = folder.resolve("ADE-NEG.txt");
    if (Files.isRegularFile(negatives)) {
      for (String line : read(negatives).split("\r?\n")) {
        String[] f = line.split(" ", 3);
        if (f.length == 3 && f[1].equals("NEG")) {
          groups.putIfAbsent(f[2], f[0]);
        }
      }
    }
    List<GoldDocument> documents = new ArrayList<>();
    groups.forEach(
        (sentence, pmid) ->
            documents.add(
                new GoldDocument(
                    "ade",
                    pmid,
                    sentence,
                    occurrences(sentence, drugs.getOrDefault(sentence, Set.of())),
                    occurrences(sentence, effects.getOrDefault(sentence, Set.of())),
                    List.of(),
                    causes.getOrDefault(sentence, Set.of()))));
    return documents;
  }

  private static List<Gold> occurrences(String sentence, Set<String> texts) {
    List<Gold> gold = new ArrayList<>();
    String haystack = sentence.toLowerCase(Locale.ROOT);
    for (String text : texts) {
      String needle = text.toLowerCase(Locale.ROOT);
      for (int i = haystack.indexOf(needle);
          i >= 0 && !needle.isEmpty();
          i = haystack.indexOf(needle, i + 1)) {
        gold.add(new Gold(i, i + needle.length(), Set.of(Lexicon.key(text))));
      }
    }
    return gold;
  }

  /**
   * BC5CDR: every abstract of every PubTator file in the folder, as its title, a line break and its
   * abstract; entities identified by MeSH id ({@code D008012}; a mention with several ids has them
   * all, one without an id has none).
   */
  public static List<GoldDocument> bc5cdr(Path folder) {
    List<GoldDocument> documents = new ArrayList<>();
    for (Path file : pubTatorFiles(folder)) {
      documents.addAll(parsePubTator(read(file)));
    }
    return documents;
  }

  /** The PubTator files of a folder, sorted by name. */
  public static List<Path> pubTatorFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().contains("PubTator")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  /** The abstracts of one PubTator file. */
  public static List<GoldDocument> parsePubTator(String pubtator) {
    List<GoldDocument> documents = new ArrayList<>();
    String id = null;
    String title = "";
    String text = "";
    List<Gold> chemicals = new ArrayList<>();
    List<Gold> diseases = new ArrayList<>();
    Set<String> causes = new HashSet<>();
    // A trailing sentinel closes the last abstract.
    for (String line : (pubtator + "\n.").split("\r?\n")) {
      if (line.isBlank() || line.equals(".")) {
        if (id != null) {
          documents.add(
              new GoldDocument("bc5cdr", id, text, chemicals, diseases, List.of(), causes));
        }
        id = null;
        chemicals = new ArrayList<>();
        diseases = new ArrayList<>();
        causes = new HashSet<>();
        continue;
      }
      if (line.contains("|t|")) {
        id = line.substring(0, line.indexOf('|'));
        title = line.substring(line.indexOf("|t|") + 3);
        text = title;
      } else if (line.contains("|a|")) {
        text = title + "\n" + line.substring(line.indexOf("|a|") + 3);
      } else {
        String[] f = line.split("\t");
        if (f.length >= 4 && f[1].equals("CID")) {
          causes.add(GoldDocument.pair(f[2], f[3]));
        } else if (f.length >= 6) {
          Set<String> ids = new HashSet<>();
          for (String mesh : f[5].split("\\|")) {
            if (!mesh.equals("-1") && !mesh.isBlank()) {
              ids.add(mesh);
            }
          }
          Gold gold = new Gold(Integer.parseInt(f[1]), Integer.parseInt(f[2]), ids);
          if (f[4].equals("Chemical")) {
            chemicals.add(gold);
          } else if (f[4].equals("Disease")) {
            diseases.add(gold);
          }
        }
      }
    }
    return documents;
  }

  /**
   * MACCROBAT: each case report; medications are drugs, signs, symptoms and disorders findings,
   * identified by their brat entity id; {@code CAUSE} relations from a medication to a finding are
   * the gold pairs.
   */
  public static List<GoldDocument> maccrobat(Path folder) {
    List<Path> texts;
    try (Stream<Path> files = Files.list(folder)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
    List<GoldDocument> documents = new ArrayList<>();
    for (Path txt : texts) {
      Path ann = Path.of(txt.toString().replaceAll("\\.txt$", ".ann"));
      if (Files.isRegularFile(ann)) {
        String name = txt.getFileName().toString().replaceAll("\\.txt$", "");
        documents.add(parseBrat(name, read(txt), read(ann)));
      }
    }
    return documents;
  }

  static GoldDocument parseBrat(String name, String text, String ann) {
    BratAnnotations brat = BratAnnotations.parse(ann);
    Map<String, String> types = new HashMap<>();
    Map<String, int[]> spans = new HashMap<>();
    brat.entities()
        .forEach(
            (id, entity) -> {
              types.put(id, entity.type());
              spans.put(id, new int[] {entity.start(), entity.end()});
            });
    List<Gold> drugs = new ArrayList<>();
    List<Gold> findings = new ArrayList<>();
    List<Gold> investigations = new ArrayList<>();
    types.forEach(
        (id, type) -> {
          int[] span = Objects.requireNonNull(spans.get(id), "every typed entity has a span");
          if (type.equals("Medication")) {
            drugs.add(new Gold(span[0], span[1], Set.of(id)));
          } else if (type.equals("Sign_symptom") || type.equals("Disease_disorder")) {
            findings.add(new Gold(span[0], span[1], Set.of(id)));
          } else if (type.equals("Diagnostic_procedure")) {
            investigations.add(new Gold(span[0], span[1], Set.of(id)));
          }
        });
    Set<String> causes = new HashSet<>();
    for (BratAnnotations.Relation r : brat.relations()) {
      if (!r.type().equals("CAUSE")) {
        continue;
      }
      String from = brat.entityId(r.from());
      String to = brat.entityId(r.to());
      String toType = types.getOrDefault(to, "");
      if ("Medication".equals(types.get(from))
          && (toType.equals("Sign_symptom") || toType.equals("Disease_disorder"))) {
        causes.add(GoldDocument.pair(from, to));
      }
    }
    return new GoldDocument("maccrobat", name, text, drugs, findings, investigations, causes);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}

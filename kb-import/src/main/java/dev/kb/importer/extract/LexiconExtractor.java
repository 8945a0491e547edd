package dev.kb.importer.extract;

import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.Evidence;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.InvestigationResult;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import dev.kb.importer.context.ContextFlags;
import dev.kb.importer.lexicon.Lexicon;
import dev.kb.importer.terminology.CodeHierarchy;
import dev.kb.importer.terminology.TerminologyPacks;
import dev.kb.importer.text.SentenceSplitter;
import dev.kb.importer.text.TextSpan;
import dev.kb.importer.text.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rule-based extractor: splits the text into sentences, finds lexicon concepts by longest match
 * and the abbreviations the text defines for them, reads their context with the ConText rules, then
 * applies the relation rules (side effects, treatments and their outcomes, investigation findings
 * and results). Deterministic and thread-safe; one instance can serve any number of texts.
 */
public final class LexiconExtractor implements Extractor {

  /**
   * Bumped when the code's behaviour changes; the data hash covers the bundled files. 11: the
   * loader stores each concept's ancestors, which re-extracting a store written before fills.
   */
  private static final String CODE_VERSION = "kb-extract/11";

  // The features of a drug -> finding link, read from bundled cue files: one per JVM.
  private static final LinkFeatures LINK_FEATURES = LinkFeatures.bundled();

  private final ConceptReader reader;
  private final SideEffectRules sideEffectRules;
  private final RelationCues cues;
  private final PatientContext patient;
  private final Episodes episodes;
  private final Links links;
  private final MentionConfidence mentionConfidence = MentionConfidence.bundled();
  private final String dataVersion;
  private final String version;
  private final Lexicon lexicon;
  private final CodeHierarchy hierarchy;

  /** The pipeline over {@code lexicon} and the other bundled data, each stage given its data. */
  LexiconExtractor(Lexicon lexicon, BundledData data, String dataHash, CodeHierarchy hierarchy) {
    this(
        lexicon,
        hierarchy,
        new ConceptReader(lexicon, data.rules, data.findings.withCodesFrom(lexicon), data.patient),
        data.sideEffectRules,
        data.cues,
        data.patient,
        Episodes.bundled(LINK_FEATURES.cues(), data.sideEffects.drugClasses()),
        new Links(LINK_FEATURES, defaultModel()),
        CODE_VERSION + "+" + dataHash);
  }

  private LexiconExtractor(
      Lexicon lexicon,
      CodeHierarchy hierarchy,
      ConceptReader reader,
      SideEffectRules sideEffectRules,
      RelationCues cues,
      PatientContext patient,
      Episodes episodes,
      Links links,
      String dataVersion) {
    this.lexicon = lexicon;
    this.hierarchy = hierarchy;
    this.reader = reader;
    this.sideEffectRules = sideEffectRules;
    this.cues = cues;
    this.patient = patient;
    this.episodes = episodes;
    this.links = links;
    this.dataVersion = dataVersion;
    this.version =
        dataVersion + "+links-" + links.model().hash() + "+facts-" + mentionConfidence.hash();
  }

  // The trained model bundled in the jar; the sentence rules alone while one is trained for new
  // features.
  private static LinkModel defaultModel() {
    return LinkModel.isBundled() ? LinkModel.bundled() : LinkModel.fromRules();
  }

  /** The setting ({@code --terminology none}) that reads with the bundled lexicon alone. */
  public static final String NO_PACKS = "none";

  /**
   * The extractor kb reads with by default: the bundled lexicon and the terminology packs bundled
   * in this jar, built on first use and shared. It is immutable and thread-safe, and the packs take
   * seconds to load, so everything that reads with the default shares this one.
   */
  public static LexiconExtractor standard() {
    return Standard.INSTANCE;
  }

  /**
   * The extractor for a terminology setting ({@code --terminology}, {@code kb.terminology-dir}):
   * {@link #standard()} when none is given, the bundled lexicon alone for {@value #NO_PACKS}, else
   * the bundled lexicon with the packs under that folder (a newer release).
   */
  public static LexiconExtractor forTerminology(@Nullable Path terminologyDir) {
    if (terminologyDir == null) {
      return standard();
    }
    if (terminologyDir.toString().equals(NO_PACKS)) {
      return withBundledData();
    }
    return withBundledDataAndPacks(terminologyDir);
  }

  /**
   * An extractor over the lexicon and context rules bundled in this jar, without the terminology
   * packs: the bundled lexicon alone, to compare with.
   */
  public static LexiconExtractor withBundledData() {
    BundledData data = BundledData.load();
    return new LexiconExtractor(data.lexicon, data, data.hash, CodeHierarchy.empty());
  }

  /**
   * A new extractor over the bundled lexicon extended with the terminology packs bundled in this
   * jar (see {@link TerminologyPacks#bundled()}); authored entries keep precedence. {@link
   * #standard()} shares one.
   */
  public static LexiconExtractor withBundledDataAndPacks() {
    return withPacks(TerminologyPacks.bundled());
  }

  /**
   * An extractor over the bundled lexicon extended with the terminology packs found under {@code
   * terminologyDir} (see {@link TerminologyPacks#load(Path)}); authored entries keep precedence.
   */
  public static LexiconExtractor withBundledDataAndPacks(Path terminologyDir) {
    return withPacks(TerminologyPacks.load(terminologyDir));
  }

  private static LexiconExtractor withPacks(TerminologyPacks.Loaded packs) {
    BundledData data = BundledData.load();
    Lexicon lexicon = Lexicon.of(TerminologyPacks.merge(data.lexicon.concepts(), packs.concepts()));
    return new LexiconExtractor(
        lexicon, data, data.hash + "+packs-" + packs.hash(), packs.hierarchy());
  }

  /**
   * This extractor with another link model: the same lexicon and rules, sharing their memory (for
   * cross-validation, one extractor per fold).
   */
  public LexiconExtractor withLinkModel(LinkModel model) {
    return new LexiconExtractor(
        lexicon,
        hierarchy,
        reader,
        sideEffectRules,
        cues,
        patient,
        episodes,
        new Links(links.features(), model),
        dataVersion);
  }

  @Override
  public double linkMinimum() {
    return links.model().minimum();
  }

  /** The link model this extractor decides with. */
  public LinkModel linkModel() {
    return links.model();
  }

  /** Holds the standard extractor, built when first asked for (the JVM makes that thread-safe). */
  private static final class Standard {
    static final LexiconExtractor INSTANCE = withBundledDataAndPacks();
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public CodeHierarchy hierarchy() {
    return hierarchy;
  }

  @Override
  public List<String> unknownWords(String text) {
    return lexicon.unknownWords(text);
  }

  @Override
  public Extraction extract(String text) {
    return extract(text, TimeBudget.unlimited());
  }

  @Override
  public Extraction extract(String text, TimeBudget budget) {
    Analysis a = analyse(text, budget);
    List<Relation> relations = new ArrayList<>(a.decision().causes());
    relations.addAll(a.decision().treats());
    for (Relation r : RevealRules.apply(a.document(), a.found(), cues)) {
      relations.add(r.withConfidence(Links.REVEALS_CONFIDENCE));
    }
    relations = OutcomeRules.apply(a.document(), a.found(), relations, cues);
    relations.sort(Comparator.comparingInt(Relation::from).thenComparingInt(Relation::to));
    @Nullable InvestigationResult[] results =
        ResultRules.apply(a.document(), a.found(), relations, cues);
    budget.check();

    List<TextSpan> spans = a.document().sentences();
    List<Sentence> sentences = new ArrayList<>();
    for (int s = 0; s < spans.size(); s++) {
      sentences.add(new Sentence(s, spans.get(s).start(), spans.get(s).end()));
    }
    List<Found> found = a.found();
    // A side effect is as sure as the finding and its strongest link to a drug.
    double[] strongestLink = new double[found.size()];
    for (Relation r : a.decision().causes()) {
      strongestLink[r.to()] = Math.max(strongestLink[r.to()], r.confidence());
    }
    List<Mention> mentions = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      budget.check();
      Found f = found.get(i);
      String words =
          a.document()
              .text()
              .substring(
                  a.document().tokens().get(f.firstToken()).start(),
                  a.document().tokens().get(f.endToken() - 1).end());
      double confidence = mentionConfidence.of(f.concept().kind(), words);
      if (f.sideEffect()) {
        confidence = Math.min(confidence, strongestLink[i]);
      }
      mentions.add(toMention(text, a.document().tokens(), f, results[i], confidence));
    }
    Demographics.Patient who =
        patient.patient(a.document().tokens(), a.document().sentenceTokens());
    return new Extraction(
        SentenceSplitter.titleOf(text),
        text,
        sentences,
        mentions,
        relations,
        who.age(),
        who.sex(),
        version,
        links.model().minimum());
  }

  /**
   * The (drug exposure, finding) pairs the link classifier decides on in a text, with their
   * features and the probability the current model gives them: what {@code kb-import train} learns
   * from.
   */
  public List<LinkExample> linkExamples(String text) {
    Analysis a = analyse(text);
    List<Token> tokens = a.document().tokens();
    List<LinkExample> examples = new ArrayList<>();
    for (Links.Scored s : a.decision().scored()) {
      LinkFeatures.Candidate c = s.candidate();
      Exposure exposure = a.timeline().exposures().get(c.exposure());
      List<TextSpan> drugSpans = new ArrayList<>();
      for (Episodes.Anchor anchor : exposure.anchors()) {
        if (!anchor.reference()) {
          drugSpans.add(span(tokens, anchor.firstToken(), anchor.endToken()));
        }
      }
      Found drug = a.found().get(c.drug());
      Found finding = a.found().get(c.finding());
      int distance =
          Math.abs(
              exposure.nearest(finding.sentence(), finding.firstToken()).sentence()
                  - finding.sentence());
      examples.add(
          new LinkExample(
              drug.concept(),
              drugSpans,
              finding.concept(),
              span(tokens, finding.firstToken(), finding.endToken()),
              distance,
              c.features(),
              s.probability()));
    }
    return examples;
  }

  private static TextSpan span(List<Token> tokens, int first, int end) {
    return new TextSpan(tokens.get(first).start(), tokens.get(end - 1).end());
  }

  /** A text read up to the link decision. */
  record Analysis(
      Document document, List<Found> found, Episodes.Timeline timeline, Links.Decision decision) {}

  Analysis analyse(String text) {
    return analyse(text, TimeBudget.unlimited());
  }

  Analysis analyse(String text, TimeBudget budget) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("Cannot extract from a blank text");
    }
    ConceptReader.Read read = reader.read(text, budget);
    Document document = read.document();
    List<Found> found = read.found();
    AnalyteRules.apply(document, found);

    // The sentence rules' links are features of the classifier, which decides.
    List<Relation> ruleCauses = sideEffectRules.apply(document, found);
    List<Relation> ruleTreats = TreatmentRules.apply(document, found, cues);
    budget.check();
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).sideEffect()) {
        found.set(i, found.get(i).asFinding());
      }
    }
    Analysis linked = link(document, found, ruleCauses, ruleTreats);
    budget.check();
    return linked;
  }

  /**
   * The link stage alone: the text's cues, its treatment episodes and the classifier's decision
   * (package-private so that a test can time it apart from the sentence rules).
   */
  Analysis link(
      Document document, List<Found> found, List<Relation> ruleCauses, List<Relation> ruleTreats) {
    CueIndex.DocumentCues hits = links.features().cues().find(document);
    Episodes.Timeline timeline = episodes.read(document, found, hits);
    Links.Decision decision = links.decide(document, found, timeline, hits, ruleCauses, ruleTreats);
    return new Analysis(document, found, timeline, decision);
  }

  private static Mention toMention(
      String text,
      List<Token> tokens,
      Found f,
      @Nullable InvestigationResult result,
      double confidence) {
    int start = tokens.get(f.firstToken()).start();
    int end = tokens.get(f.endToken() - 1).end();
    ContextFlags flags = f.flags();
    // The context rules end only findings ("resolved") and stop only drugs ("discontinued").
    boolean ended = flags.ended();
    Temporality temporality =
        flags.hypothetical()
            ? Temporality.HYPOTHETICAL
            : flags.historical() ? Temporality.HISTORICAL : Temporality.CURRENT;
    return new Mention(
        f.concept(),
        f.kind(),
        new Evidence(f.sentence(), start, end, text.substring(start, end)),
        // "No abnormality was found on echocardiography": the words negate the investigation's
        // findings, not the investigation, which was done and had a result.
        (flags.negated() || ended) && result == null ? Polarity.NEGATED : Polarity.AFFIRMED,
        flags.possible() && f.isFinding() ? Certainty.POSSIBLE : Certainty.CERTAIN,
        temporality,
        flags.family() ? Experiencer.OTHER : Experiencer.PATIENT,
        result,
        confidence);
  }
}

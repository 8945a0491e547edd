package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.hash.Sha256;
import dev.kb.importer.context.ContextRules;
import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.lexicon.Lexicon;
import dev.kb.importer.lexicon.LexiconFile;
import dev.kb.importer.text.DataFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The lexicon, context rules and relation cues shipped in the jar under {@code kb/}, with a short
 * hash of their content so the extractor's version changes whenever the data does. It is where the
 * rules get their data: each file is read once here and handed to the rules that use it (the
 * side-effect rules are built over their cues here, see {@link SideEffectRules#from}).
 */
final class BundledData {

  // Order is precedence when two kinds share a name: a diagnosis name beats a symptom name.
  private static final List<String[]> LEXICON_FILES =
      List.of(
          new String[] {"DIAGNOSIS", "kb/lexicon/diagnoses.tsv"},
          new String[] {"DRUG", "kb/lexicon/drugs.tsv"},
          new String[] {"INVESTIGATION", "kb/lexicon/investigations.tsv"},
          new String[] {"SYMPTOM", "kb/lexicon/symptoms.tsv"});
  private static final String RULES_FILE = "kb/context/rules.tsv";
  static final String CUES_FILE = "kb/relations/cues.tsv";
  private static final String FINDINGS_FILE = "kb/lexicon/findings.tsv";
  private static final String SIDE_EFFECTS_FILE = "kb/relations/side-effect-concepts.tsv";

  final Lexicon lexicon;
  final ContextRules rules;
  final RelationCues cues;
  final FindingPhrases findings;
  final SideEffectConcepts sideEffects;
  final SideEffectRules sideEffectRules;
  final PatientContext patient;
  final String hash;

  private BundledData(
      Lexicon lexicon,
      ContextRules rules,
      RelationCues cues,
      FindingPhrases findings,
      SideEffectConcepts sideEffects,
      SideEffectRules sideEffectRules,
      PatientContext patient,
      String hash) {
    this.lexicon = lexicon;
    this.rules = rules;
    this.cues = cues;
    this.findings = findings;
    this.sideEffects = sideEffects;
    this.sideEffectRules = sideEffectRules;
    this.patient = patient;
    this.hash = hash;
  }

  static BundledData load() {
    MessageDigest digest = Sha256.digest();
    List<LexiconFile> files = new ArrayList<>();
    for (String[] file : LEXICON_FILES) {
      String content = DataFile.bundled(file[1]);
      digest.update(content.getBytes(StandardCharsets.UTF_8));
      files.add(new LexiconFile(ConceptKind.valueOf(file[0]), file[1], content));
    }
    String rulesContent = DataFile.bundled(RULES_FILE);
    digest.update(rulesContent.getBytes(StandardCharsets.UTF_8));
    String cuesContent = DataFile.bundled(CUES_FILE);
    digest.update(cuesContent.getBytes(StandardCharsets.UTF_8));
    String findingsContent = DataFile.bundled(FINDINGS_FILE);
    digest.update(findingsContent.getBytes(StandardCharsets.UTF_8));
    String sideEffectsContent = DataFile.bundled(SIDE_EFFECTS_FILE);
    digest.update(sideEffectsContent.getBytes(StandardCharsets.UTF_8));
    String sideEffectCuesContent = DataFile.bundled(SideEffectCues.FILE);
    digest.update(sideEffectCuesContent.getBytes(StandardCharsets.UTF_8));
    // The generic concepts are read once per JVM (GenericConcepts.bundled()); counted here so the
    // extractor version follows them.
    digest.update(DataFile.bundled(GenericConcepts.FILE).getBytes(StandardCharsets.UTF_8));
    // Read by the episode reader and the link classifier's features.
    digest.update(DataFile.bundled(Episodes.CUES_FILE).getBytes(StandardCharsets.UTF_8));
    digest.update(DataFile.bundled(Episodes.CLASSES_FILE).getBytes(StandardCharsets.UTF_8));
    digest.update(
        DataFile.bundled(LinkFeatures.GENERIC_HARM_FILE).getBytes(StandardCharsets.UTF_8));
    digest.update(DataFile.bundled(PlaceNames.FILE).getBytes(StandardCharsets.UTF_8));
    digest.update(DataFile.bundled(Demographics.FILE).getBytes(StandardCharsets.UTF_8));
    String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 8);
    SideEffectConcepts sideEffects =
        SideEffectConcepts.parse(SIDE_EFFECTS_FILE, sideEffectsContent);
    SideEffectRules sideEffectRules =
        SideEffectRules.from(
            SideEffectCues.parse(SideEffectCues.FILE, sideEffectCuesContent),
            sideEffects.drugClasses(),
            GenericConcepts.bundled());
    return new BundledData(
        Lexicon.parse(files),
        ContextRules.parse(RULES_FILE, rulesContent),
        RelationCues.parse(CUES_FILE, cuesContent),
        FindingPhrases.parse(FINDINGS_FILE, findingsContent),
        sideEffects,
        sideEffectRules,
        PatientContext.bundled(),
        hash);
  }
}

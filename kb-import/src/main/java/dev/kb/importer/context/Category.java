package dev.kb.importer.context;

/** What a context trigger says about the concepts in its scope. */
enum Category {
  NEGATED,
  /**
   * A finding found absent, or a result that was negative or normal ("negative for", "no evidence
   * of", "unremarkable", "within normal limits"). Negates symptoms, diagnoses and drugs, but not
   * the investigation that gave the result: "blood cultures were negative" says the cultures were
   * done.
   */
  ABSENT,
  /**
   * A finding that was there but is no longer: resolved, disappeared, subsided. Reported as
   * negated, as NegEx and MACCROBAT do, yet it did happen, so relations may still rest on it ("the
   * rash resolved after amoxicillin was stopped"). Drugs pass it by: "started on X and the pain
   * resolved" does not end the drug.
   */
  ENDED,
  /**
   * A drug that was given but stopped: discontinued, withdrawn, switched from. Reported as negated,
   * as MACCROBAT does; only drugs are stopped, so findings pass it by.
   */
  STOPPED,
  POSSIBLE,
  HISTORICAL,
  HYPOTHETICAL,
  FAMILY,
  /** Looks like a trigger but is not one ("no increase", "gram negative"). */
  PSEUDO,
  /** Ends the scope of other triggers ("but", "however"). */
  TERMINATE
}

package dev.kb.importer.extract;

import dev.kb.importer.text.DataFile;
import dev.kb.importer.text.TextSpan;
import dev.kb.importer.text.Token;
import java.util.List;

/**
 * Who and where the text is about: the patient's age and sex, read from the patient and not from a
 * relative ({@link Demographics}), and the names of the places and services around them, inside
 * which no finding is a fact ({@link PlaceNames}). Its words are data under {@code kb/patient/}.
 */
final class PatientContext {

  private final PlaceNames places;
  private final Demographics demographics;

  PatientContext(PlaceNames places, Demographics demographics) {
    this.places = places;
    this.demographics = demographics;
  }

  /** The context read from the bundled files. */
  static PatientContext bundled() {
    return new PatientContext(
        PlaceNames.parse(PlaceNames.FILE, DataFile.bundled(PlaceNames.FILE)),
        Demographics.parse(Demographics.FILE, DataFile.bundled(Demographics.FILE)));
  }

  /**
   * The found concepts that are not inside the name of an organisation, a place of care or its
   * staff ("Shock Trauma Center", "the pain clinic", "an infectious disease specialist").
   */
  List<Found> outsidePlaceNames(List<Token> tokens, List<TextSpan> sentences, List<Found> found) {
    return places.outside(tokens, sentences, found);
  }

  /** The patient's age and sex. */
  Demographics.Patient patient(List<Token> tokens, List<TextSpan> sentences) {
    return demographics.read(tokens, sentences);
  }
}

package dev.kb.importer.extract;

import dev.kb.importer.text.DataFile;
import dev.kb.importer.text.TextSpan;
import dev.kb.importer.text.Token;
import java.util.List;

/**
 * Who and where the text is about: the names of the places and services around the patient, inside
 * which no finding is a fact ({@link PlaceNames}). Its words are data under {@code kb/patient/}.
 */
final class PatientContext {

  private final PlaceNames places;

  PatientContext(PlaceNames places) {
    this.places = places;
  }

  /** The context read from the bundled files. */
  static PatientContext bundled() {
    return new PatientContext(PlaceNames.parse(PlaceNames.FILE, DataFile.bundled(PlaceNames.FILE)));
  }

  /**
   * The found concepts that are not inside the name of an organisation, a place of care or its
   * staff ("Shock Trauma Center", "the pain clinic", "an infectious disease specialist").
   */
  List<Found> outsidePlaceNames(List<Token> tokens, List<TextSpan> sentences, List<Found> found) {
    return places.outside(tokens, sentences, found);
  }
}

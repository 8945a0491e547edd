package dev.kb.importer.extract;

import dev.kb.importer.extract.Episodes.Anchor;
import dev.kb.importer.extract.Episodes.Event;
import dev.kb.importer.extract.Episodes.EventType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One drug of the case: where the text names it and what happened to it, each in text order, with
 * look-ups that cost no more for a drug named a thousand times than for one named once.
 */
final class Exposure {

  private final int index;
  private final int firstFound;
  private final boolean drugClass;
  private final List<Anchor> anchors;
  private final List<Anchor> names;
  private final List<Event> events;
  private final List<Event> stops;
  private final @Nullable Event firstRestart;
  private final boolean doseChanged;

  /**
   * @param index its place in {@link Episodes.Timeline#exposures()}
   * @param firstFound the index of its first mention in the found list
   * @param drugClass whether the drug is named only by a class word ("chemotherapy")
   * @param anchors where the text names it, in text order
   * @param events what happened to it, in text order
   */
  Exposure(int index, int firstFound, boolean drugClass, List<Anchor> anchors, List<Event> events) {
    this.index = index;
    this.firstFound = firstFound;
    this.drugClass = drugClass;
    this.anchors = List.copyOf(anchors);
    this.names = anchors.stream().filter(a -> !a.reference()).toList();
    this.events = List.copyOf(events);
    this.stops =
        events.stream()
            .filter(e -> e.type() == EventType.STOPPED || e.type() == EventType.SWITCHED)
            .toList();
    this.firstRestart =
        events.stream().filter(e -> e.type() == EventType.RESTARTED).findFirst().orElse(null);
    this.doseChanged = events.stream().anyMatch(e -> e.type() == EventType.DOSE_CHANGED);
  }

  int index() {
    return index;
  }

  int firstFound() {
    return firstFound;
  }

  boolean drugClass() {
    return drugClass;
  }

  List<Anchor> anchors() {
    return anchors;
  }

  List<Event> events() {
    return events;
  }

  /** Whether the drug was stopped or replaced before this token. */
  boolean stoppedBefore(int token) {
    return !stops.isEmpty() && stops.getFirst().token() < token;
  }

  /** The first stop or replacement after this token, or null. */
  @Nullable Event stopAfter(int token) {
    int lo = 0;
    int hi = stops.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (stops.get(mid).token() <= token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < stops.size() ? stops.get(lo) : null;
  }

  /** The first time the drug was given again, or null. */
  @Nullable Event restart() {
    return firstRestart;
  }

  boolean doseChanged() {
    return doseChanged;
  }

  boolean hasReference() {
    return names.size() < anchors.size();
  }

  /**
   * The anchor nearest to a token, preferring its own sentence, then the nearer sentence, then the
   * fewer tokens between.
   */
  Anchor nearest(int sentence, int token) {
    return nearestIn(anchors, sentence, token);
  }

  /** The nearest anchor that is a mention of the drug, not a reference: the relation's end. */
  int nearestMention(int sentence, int token) {
    return names.isEmpty() ? firstFound : nearestIn(names, sentence, token).found();
  }

  // By binary search among anchors in text order.
  private static Anchor nearestIn(List<Anchor> anchors, int sentence, int token) {
    int lo = 0;
    int hi = anchors.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (anchors.get(mid).firstToken() < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    @Nullable Anchor best = null;
    for (int i = Math.max(0, lo - 2); i < Math.min(anchors.size(), lo + 2); i++) {
      Anchor a = anchors.get(i);
      if (best == null || closer(a, best, sentence, token)) {
        best = a;
      }
    }
    return Objects.requireNonNull(best, "no anchor to be nearest: callers pass a non-empty list");
  }

  private static boolean closer(Anchor a, Anchor b, int sentence, int token) {
    int sa = Math.abs(a.sentence() - sentence);
    int sb = Math.abs(b.sentence() - sentence);
    if (sa != sb) {
      return sa < sb;
    }
    return Math.abs(a.firstToken() - token) < Math.abs(b.firstToken() - token);
  }
}

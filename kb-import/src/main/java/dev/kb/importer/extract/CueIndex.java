package dev.kb.importer.extract;

import dev.kb.importer.text.PhraseTrie;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cue phrase of many named sets, found in a text in one pass: at each token, every phrase of
 * any set that starts there. The link classifier asks which sets occur between two mentions, or
 * anywhere in a sentence; both answers come from this index without scanning the text again.
 */
final class CueIndex {

  private final PhraseTrie<Integer> trie = new PhraseTrie<>();
  private final List<String> names = new ArrayList<>();
  private final int longest;

  /** The sets, by name; a phrase may belong to several sets. */
  CueIndex(Map<String, List<String>> sets) {
    int max = 0;
    for (Map.Entry<String, List<String>> set : sets.entrySet()) {
      int id = names.size();
      names.add(set.getKey());
      for (String phrase : set.getValue()) {
        List<String> norms = Tokenizer.tokenize(phrase).stream().map(Token::norm).toList();
        trie.add(norms, id);
        max = Math.max(max, norms.size());
      }
    }
    this.longest = max;
  }

  /** The name of set {@code id}. */
  String name(int id) {
    return names.get(id);
  }

  int size() {
    return names.size();
  }

  /** The id of the set named {@code name}; fails naming it when there is none. */
  int id(String name) {
    int id = names.indexOf(name);
    if (id < 0) {
      throw new IllegalStateException("No cue set " + name + " among " + names);
    }
    return id;
  }

  /** A cue of set {@code set} at tokens {@code start} to {@code end}. */
  record Hit(int set, int start, int end) {}

  /** The cues of one document, sentence by sentence. */
  final class DocumentCues {
    private final List<Hit> hits;
    // For each sentence, its first hit in {@link #hits}; one more entry closes the last.
    private final int[] sentenceFirstHit;
    private final BitSet[] sentenceSets;

    private DocumentCues(List<Hit> hits, int[] sentenceFirstHit, BitSet[] sentenceSets) {
      this.hits = hits;
      this.sentenceFirstHit = sentenceFirstHit;
      this.sentenceSets = sentenceSets;
    }

    /** The cues of sentence {@code s}, by their first token. */
    List<Hit> inSentenceOrder(int s) {
      return hits.subList(sentenceFirstHit[s], sentenceFirstHit[s + 1]);
    }

    /** The sets with a cue anywhere in sentence {@code s}. */
    BitSet inSentence(int s) {
      return sentenceSets[s];
    }

    /**
     * The sets with a cue lying wholly between tokens {@code from} and {@code to} of sentence
     * {@code s}; found by binary search, so a long sentence costs only the cues in the range.
     */
    BitSet between(int s, int from, int to) {
      BitSet sets = new BitSet();
      int lo = sentenceFirstHit[s];
      int hi = sentenceFirstHit[s + 1];
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (hits.get(mid).start() < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo; i < sentenceFirstHit[s + 1] && hits.get(i).start() < to; i++) {
        if (hits.get(i).end() <= to) {
          sets.set(hits.get(i).set());
        }
      }
      return sets;
    }
  }

  /** Finds every cue of every sentence of the document. */
  DocumentCues find(Document document) {
    List<Token> tokens = document.tokens();
    int sentences = document.sentences().size();
    List<Hit> hits = new ArrayList<>();
    int[] first = new int[sentences + 1];
    BitSet[] sets = new BitSet[sentences];
    for (int s = 0; s < sentences; s++) {
      first[s] = hits.size();
      sets[s] = new BitSet();
      int to = document.sentenceEnd(s);
      for (int i = document.sentenceStart(s); i < to; i++) {
        int start = i;
        BitSet here = sets[s];
        // One walk of the trie per token visits every phrase starting there, of every length:
        // "side effect" and "effect" may be cues of two sets.
        trie.longestAt(
            tokens,
            i,
            Math.min(to, i + longest),
            (set, matched) -> {
              hits.add(new Hit(set, start, start + matched.size()));
              here.set(set);
              return false;
            });
      }
    }
    first[sentences] = hits.size();
    return new DocumentCues(hits, first, sets);
  }

  /** Sets named {@code prefix + name}, for several sources of cue sets side by side. */
  static Map<String, List<String>> prefixed(String prefix, Map<String, List<String>> sets) {
    Map<String, List<String>> named = new LinkedHashMap<>();
    sets.forEach((name, phrases) -> named.put(prefix + name, phrases));
    return named;
  }
}

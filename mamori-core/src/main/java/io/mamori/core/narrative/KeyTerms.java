package io.mamori.core.narrative;

import io.mamori.core.text.PartOfSpeech;
import io.mamori.core.text.WordSegmenter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key terms: the nouns and proper nouns that set a narrative's wordings apart from the whole
 * input. Documents are distinct normalised texts, so a text pasted 10,000 times counts once, like
 * each of its variants. For a term w in f of the narrative's F texts and in b of the background's
 * B texts, the smoothed log-odds ratio and its approximate variance are (Monroe, Colaresi and
 * Quinn 2008, "Fightin' Words", section 3.3, with a flat prior of {@value #ALPHA} per cell):
 * <pre>
 *   δ  = ln((f + α) / (F − f + α)) − ln((b + α) / (B − b + α))
 *   σ² = 1/(f + α) + 1/(F − f + α) + 1/(b + α) + 1/(B − b + α)
 * </pre>
 * and a term's score is the z-score δ / σ: high when the term is frequent in the narrative and
 * rare elsewhere, and damped when either count is too small to tell. Not thread-safe (one
 * segmenter); one instance per run.
 */
final class KeyTerms {
    /** The smoothing count added to each cell (Haldane–Anscombe). */
    static final double ALPHA = 0.5;

    private final WordSegmenter segmenter;
    private final Map<String, int[]> background = new HashMap<>();
    private int backgroundTexts;

    KeyTerms(WordSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Adds a text to the background corpus. */
    void addBackground(String text) {
        for (String term : termsOf(text)) {
            background.computeIfAbsent(term, t -> new int[1])[0]++;
        }
        backgroundTexts++;
    }

    /** The {@code k} most distinctive terms of {@code texts} against the background, best first. */
    List<Narrative.KeyTerm> rank(Collection<String> texts, int k) {
        Map<String, int[]> foreground = new HashMap<>();
        for (String text : texts) {
            for (String term : termsOf(text)) {
                foreground.computeIfAbsent(term, t -> new int[1])[0]++;
            }
        }
        int f = texts.size();
        int b = Math.max(backgroundTexts, 1);
        List<Narrative.KeyTerm> scored = new ArrayList<>(foreground.size());
        for (Map.Entry<String, int[]> e : foreground.entrySet()) {
            int inForeground = e.getValue()[0];
            int[] inBackground = background.get(e.getKey());
            // A background sample may have missed the term, or the narrative's own texts; never
            // let the background count exceed its size.
            int bw = inBackground == null ? 0 : Math.min(inBackground[0], b);
            double z = zScore(inForeground, f, bw, b);
            if (z > 0) {
                scored.add(new Narrative.KeyTerm(e.getKey(), inForeground, z));
            }
        }
        scored.sort((x, y) -> {
            int c = Double.compare(y.score(), x.score());
            return c != 0 ? c : x.term().compareTo(y.term());
        });
        return List.copyOf(scored.subList(0, Math.min(k, scored.size())));
    }

    /** δ / σ of the class comment. */
    static double zScore(int f, int foregroundTexts, int b, int backgroundTexts) {
        double a = ALPHA;
        double delta = Math.log((f + a) / (foregroundTexts - f + a)) - Math.log((b + a) / (backgroundTexts - b + a));
        double variance = 1 / (f + a) + 1 / (foregroundTexts - f + a) + 1 / (b + a) + 1 / (backgroundTexts - b + a);
        return delta / Math.sqrt(variance);
    }

    /** The distinct candidate terms of a text. */
    Set<String> termsOf(String text) {
        Set<String> terms = new HashSet<>();
        segmenter.segment(text, (surface, pos) -> {
            if (isCandidate(surface, pos)) {
                terms.add(surface.toString());
            }
        });
        return terms;
    }

    /**
     * Nouns and proper nouns, except numbers and single characters that are not kanji (a lone
     * kana or letter is noise; a lone kanji such as 党 can carry meaning).
     */
    static boolean isCandidate(CharSequence surface, PartOfSpeech pos) {
        if (pos != PartOfSpeech.NOUN && pos != PartOfSpeech.PROPER_NOUN) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < surface.length(); ) {
            int cp = Character.codePointAt(surface, i);
            letter |= Character.isLetter(cp);
            i += Character.charCount(cp);
        }
        if (!letter) {
            return false;
        }
        int codePoints = Character.codePointCount(surface, 0, surface.length());
        return codePoints >= 2
                || Character.UnicodeScript.of(Character.codePointAt(surface, 0)) == Character.UnicodeScript.HAN;
    }
}

package dev.attache.glossary;

import dev.attache.DataFile;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lexical rule for English verbs: a word is a verb when a cue stands before it, with only
 * adverbs between: the plain form after "to", a modal or a plural or first-person subject ("to
 * talk", "will visit", "we also talk"), the -s form after "he", "she" or "it", the participle after
 * a form of "be" or "have" ("was ratified"); never a word with a capital, which after a cue is a
 * name ("what will Russia do"). The cues are data, {@code english-verb-cues.tsv} beside this class.
 * It knows nothing of verbs without a cue ("Leaders talk daily"), and takes every plain form after
 * "to" for a verb.
 */
public final class VerbCues implements VerbFinder {
    private enum Cue {
        BASE,
        S,
        PART,
        SKIP
    }

    private static final VerbCues ENGLISH = new VerbCues(read("english-verb-cues.tsv"));

    private final Map<String, Cue> cues;

    private VerbCues(Map<String, Cue> cues) {
        this.cues = Map.copyOf(cues);
    }

    /** The English rule. */
    public static VerbCues english() {
        return ENGLISH;
    }

    @Override
    public BitSet verbs(List<String> words) {
        BitSet verbs = new BitSet();
        for (int i = 1; i < words.size(); i++) {
            Cue cue =
                    Character.isUpperCase(words.get(i).codePointAt(0)) ? null : cueBefore(words, i);
            if (cue != null) {
                String word = fold(words.get(i));
                boolean sForm = word.endsWith("s") && !word.endsWith("ss");
                if (cue == Cue.BASE && !sForm
                        || cue == Cue.S && sForm
                        || cue == Cue.PART && isParticiple(word)) {
                    verbs.set(i);
                }
            }
        }
        return verbs;
    }

    /**
     * The cue before word {@code i}, looking past skipped words and adverbs in -ly; null when there
     * is none.
     */
    private Cue cueBefore(List<String> words, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String word = fold(words.get(j));
            Cue cue = cues.get(word);
            if (cue != Cue.SKIP && !(cue == null && word.endsWith("ly") && word.length() > 4)) {
                return cue;
            }
        }
        return null;
    }

    private static boolean isParticiple(String word) {
        return word.length() > 4
                && (word.endsWith("ed") || word.endsWith("en") || word.endsWith("ing"));
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static Map<String, Cue> read(String resource) {
        Map<String, Cue> cues = new HashMap<>();
        for (DataFile.Row row : DataFile.read(VerbCues.class, resource).rows()) {
            String[] cells = row.text().split("\t");
            cues.put(cells[0].strip(), Cue.valueOf(cells[1].strip().toUpperCase(Locale.ROOT)));
        }
        return cues;
    }
}

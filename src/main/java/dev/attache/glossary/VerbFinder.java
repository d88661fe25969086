package dev.attache.glossary;

import java.util.BitSet;
import java.util.List;

/**
 * Tells which words of a text are used as verbs there, so that a noun term does not match a verb
 * ("to talk" is no "talks", "we visit" no "visit") and a verb term no noun. A term matcher asks
 * only for texts where such a term was found. Implementations: {@link VerbCues} (a lexical rule
 * over the word before) and {@link OpenNlpVerbs} (Apache OpenNLP's English part-of-speech model).
 * An instance may be shared between threads.
 */
public interface VerbFinder {
    /** A finder that takes no word for a verb: terms match whatever their part of speech. */
    VerbFinder NONE = words -> new BitSet();

    /**
     * The indexes of the words that are verbs, of the words of one text in order (as written,
     * without spaces).
     */
    BitSet verbs(List<String> words);
}

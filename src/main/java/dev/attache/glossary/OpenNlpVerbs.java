package dev.attache.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * English verbs by Apache OpenNLP's part-of-speech tagger with its UD English-EWT model ({@code
 * opennlp-models-pos-en}): a word tagged as a verb (VERB in UD, VB… in Penn tags) is a verb. The
 * model is read once, on first use (some 0.5 s); a tagger per thread, since OpenNLP's are not
 * thread-safe.
 */
public final class OpenNlpVerbs implements VerbFinder {
    /** The model file in the {@code opennlp-models-pos-en} jar. */
    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<POSTaggerME> taggers;

    public OpenNlpVerbs() {
        POSModel model = model();
        this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model));
    }

    @Override
    public BitSet verbs(List<String> words) {
        String[] tags = taggers.get().tag(words.toArray(String[]::new));
        BitSet verbs = new BitSet();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equals("VERB") || tags[i].startsWith("VB")) {
                verbs.set(i);
            }
        }
        return verbs;
    }

    private static POSModel model() {
        try (InputStream in = OpenNlpVerbs.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(
                        "OpenNLP's English POS model " + MODEL + " is not on the class path");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

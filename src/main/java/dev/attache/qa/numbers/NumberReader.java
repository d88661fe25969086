package dev.attache.qa.numbers;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** Reads the numbers and dates of texts in one language, with its lexicon. Thread-safe. */
public final class NumberReader {
    private final Tokenizer tokenizer;

    private NumberReader(Lexicon lexicon) {
        this.tokenizer = new Tokenizer(requireNonNull(lexicon, "lexicon"));
    }

    /** A reader of {@code language}, if it has a lexicon ({@code en}, {@code ru}, {@code az}). */
    public static Optional<NumberReader> of(String language) {
        return Lexicon.of(language).map(NumberReader::new);
    }

    /** The mentions of {@code text}, in text order. */
    public List<Mention> read(String text) {
        return new MentionParser(text, tokenizer).mentions();
    }
}

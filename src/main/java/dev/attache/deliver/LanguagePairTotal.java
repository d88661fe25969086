package dev.attache.deliver;

import static java.util.Objects.requireNonNull;

/** The word counts of all the files of one language pair, added up. */
public record LanguagePairTotal(int files, DocumentWordCount count) {
    public LanguagePairTotal {
        requireNonNull(count, "count");
        if (files < 1) {
            throw new IllegalArgumentException("a total is over one file or more, not " + files);
        }
    }
}

package dev.attache.transcript;

import java.util.List;

/**
 * The kinds of paragraphs that come from elsewhere than a text file (the paragraphs of an HTML page or a Word
 * document), found the same way as a text transcript's: the first is the title, a date is a dateline, and so on.
 */
public final class ParagraphKinds {
    private ParagraphKinds() {
    }

    /** The kind of each paragraph, in order. */
    public static List<ParagraphKind> of(List<String> paragraphs) {
        return new ParagraphClassifier().classify(paragraphs.stream().map(List::of).toList());
    }
}

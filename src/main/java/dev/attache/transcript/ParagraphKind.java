package dev.attache.transcript;

import java.util.Locale;

/** What a paragraph of a transcript is, found by its shape (see {@link ParagraphClassifier}). */
public enum ParagraphKind {
    /** The first paragraph: the headline of the transcript. */
    TITLE,
    /** A date, with an optional time: "27 February 2023 20:59", "February 27, 2023". */
    DATELINE,
    /** A document number such as "359-27-02-2023": kept, not translated. */
    REFERENCE,
    /** A short address ending with a comma: "Mr Aliyev,", "Dear colleagues,". */
    SALUTATION,
    /** Running text. */
    BODY,
    /** The web page's footer lines copied along at the end of the file ("NEWSLETTER", "|"). */
    BOILERPLATE;

    /** Title, dateline, salutation and body are translated; reference and boilerplate are not. */
    public boolean translatable() {
        return this != REFERENCE && this != BOILERPLATE;
    }

    /** The lower-case name, used as {@code restype="x-<id>"} in XLIFF: "title", "dateline", … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

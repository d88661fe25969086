package dev.attache.transcript;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A transcript as read from its file: its name ({@code lavrov-aliyev-2023-02-27} for {@code
 * lavrov-aliyev-2023-02-27.en.txt}), its language ({@code en}) and all its paragraphs in file
 * order.
 */
public record Transcript(String name, String language, List<Paragraph> paragraphs) {
    public Transcript {
        requireNonNull(name, "name");
        requireNonNull(language, "language");
        paragraphs = List.copyOf(paragraphs);
        if (name.isBlank()) {
            throw new IllegalArgumentException("transcript name is blank");
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("transcript " + name + " has no paragraph");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).index() != i + 1) {
                throw new IllegalArgumentException(
                        "transcript "
                                + name
                                + ": paragraph "
                                + (i + 1)
                                + " has index "
                                + paragraphs.get(i).index());
            }
        }
    }

    /** The paragraphs that go into the translation: title, dateline, salutation and body. */
    public List<Paragraph> translatable() {
        return paragraphs.stream().filter(p -> p.kind().translatable()).toList();
    }

    /** The paragraphs of one kind, in file order. */
    public List<Paragraph> ofKind(ParagraphKind kind) {
        return paragraphs.stream().filter(p -> p.kind() == kind).toList();
    }
}

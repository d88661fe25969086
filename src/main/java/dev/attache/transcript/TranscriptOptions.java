package dev.attache.transcript;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to read a transcript: {@code encoding} overrides the detected charset ({@code --encoding}),
 * {@code mode} says how lines become paragraphs ({@code --paragraphs}).
 */
public record TranscriptOptions(Optional<Charset> encoding, ParagraphMode mode) {
    public TranscriptOptions {
        requireNonNull(encoding, "encoding");
        requireNonNull(mode, "mode");
    }

    /** Detect the charset, paragraphs in {@link ParagraphMode#AUTO} mode. */
    public static TranscriptOptions defaults() {
        return new TranscriptOptions(Optional.empty(), ParagraphMode.AUTO);
    }

    public TranscriptOptions withEncoding(Charset charset) {
        return new TranscriptOptions(Optional.of(charset), mode);
    }

    public TranscriptOptions withMode(ParagraphMode newMode) {
        return new TranscriptOptions(encoding, newMode);
    }
}

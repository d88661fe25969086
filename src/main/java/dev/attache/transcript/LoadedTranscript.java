package dev.attache.transcript;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;

/**
 * A transcript with the charset its file was read in (the one detected, or the one the user gave
 * with {@code --encoding}; a file with a byte-order mark reports UTF-8, UTF-16BE or UTF-16LE) and
 * its text layout.
 */
public record LoadedTranscript(Transcript transcript, Charset charset, TextLayout layout) {
    public LoadedTranscript {
        requireNonNull(transcript, "transcript");
        requireNonNull(charset, "charset");
        requireNonNull(layout, "layout");
    }
}

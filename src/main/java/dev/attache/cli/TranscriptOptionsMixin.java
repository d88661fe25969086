package dev.attache.cli;

import dev.attache.transcript.ParagraphMode;
import dev.attache.transcript.TranscriptOptions;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How to read and split a transcript: shared by {@code segment} and {@code prepare}. */
final class TranscriptOptionsMixin {
    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetConverter.class,
            description = "The transcript's encoding (default: detected; UTF-8, UTF-16, windows-1252, windows-1251, ...).")
    Charset encoding;

    @Option(names = "--paragraphs", paramLabel = "MODE", defaultValue = "auto",
            description = "lines: one paragraph per line; blocks: paragraphs separated by blank lines; auto (default): blocks when the file has blank lines.")
    ParagraphMode paragraphs;

    @Option(names = "--srx", paramLabel = "FILE", description = "Segmentation rules (SRX 2.0) to use instead of the built-in English rules.")
    Path srx;

    @Option(names = "--keep-boilerplate", negatable = true,
            description = "Keep the web page's footer lines as non-translatable units instead of leaving them out.")
    boolean keepBoilerplate;

    TranscriptOptions transcriptOptions() {
        return new TranscriptOptions(Optional.ofNullable(encoding), paragraphs);
    }

    Optional<Path> srxFile() {
        return Optional.ofNullable(srx);
    }
}

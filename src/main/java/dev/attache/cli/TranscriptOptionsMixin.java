package dev.attache.cli;

import dev.attache.flow.DocumentChoice;
import dev.attache.model.SourceFormat;
import dev.attache.transcript.ParagraphMode;
import dev.attache.transcript.TranscriptOptions;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How to read and split a transcript, and in which format: shared by {@code segment} and {@code
 * prepare}.
 */
final class TranscriptOptionsMixin {
    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            converter = CharsetConverter.class,
            description =
                    "The transcript's encoding (default: detected; UTF-8, UTF-16, windows-1252, windows-1251, ...).")
    Charset encoding;

    @Option(
            names = "--paragraphs",
            paramLabel = "MODE",
            defaultValue = "auto",
            description =
                    "lines: one paragraph per line; blocks: paragraphs separated by blank lines; auto (default): blocks when the file has blank lines.")
    ParagraphMode paragraphs;

    @Option(
            names = "--srx",
            paramLabel = "FILE",
            description =
                    "Segmentation rules (SRX 2.0) to use instead of the built-in English rules.")
    Path srx;

    @Option(
            names = "--keep-boilerplate",
            negatable = true,
            description =
                    "Keep the web page's footer lines as non-translatable units instead of leaving them out.")
    boolean keepBoilerplate;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "text, html or docx (default: by the file name: .html/.htm, .docx, text otherwise).")
    String format;

    @Option(
            names = "--content",
            paramLabel = "SELECTOR",
            description =
                    "HTML: the CSS selector of the element to translate (default: <article>, else <main>, else the whole <body>).")
    String content;

    /** The format and content chosen; {@code --content} is for HTML pages only. */
    DocumentChoice documentChoice(CommandSpec spec, List<Path> files) {
        Optional<SourceFormat> chosen =
                Optional.ofNullable(format)
                        .map(
                                name ->
                                        Stream.of(SourceFormat.values())
                                                .filter(f -> f.name().equalsIgnoreCase(name))
                                                .findFirst()
                                                .orElseThrow(
                                                        () ->
                                                                new ParameterException(
                                                                        spec.commandLine(),
                                                                        "--format takes text, html or docx, not '"
                                                                                + name
                                                                                + "'.")));
        var choice =
                new DocumentChoice(chosen, Optional.ofNullable(content).filter(c -> !c.isBlank()));
        if (content != null && content.isBlank()) {
            throw new ParameterException(
                    spec.commandLine(), "--content needs a CSS selector, such as article.news.");
        }
        for (Path file : files) {
            if (content != null
                    && chosen.orElseGet(() -> SourceFormat.ofFile(file)) != SourceFormat.HTML) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--content chooses an element of an HTML page, and "
                                + file
                                + " is not one (name it .html, or add --format html).");
            }
        }
        return choice;
    }

    TranscriptOptions transcriptOptions() {
        return new TranscriptOptions(Optional.ofNullable(encoding), paragraphs);
    }

    Optional<Path> srxFile() {
        return Optional.ofNullable(srx);
    }
}

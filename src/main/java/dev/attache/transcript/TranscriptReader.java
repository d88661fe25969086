package dev.attache.transcript;

import dev.attache.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a transcript file: detects its charset (or takes the given one), splits it into paragraphs
 * and gives each its kind. Every problem with the file is a {@link BadInputException} whose
 * one-line message names it.
 */
public final class TranscriptReader {
    /** {@code name.en.txt}: the name, then a language tag, then the extension. */
    private static final Pattern NAME_LANGUAGE =
            Pattern.compile("(.+)\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)");

    private static final String DEFAULT_LANGUAGE = "en";

    private final TranscriptDecoder decoder = new TranscriptDecoder();
    private final ParagraphSplitter splitter = new ParagraphSplitter();
    private final SpeakerLabels speakerLabels = new SpeakerLabels();

    /** The transcript in {@code file}. */
    public Transcript read(Path file, TranscriptOptions options) {
        return load(file, options).transcript();
    }

    /** The transcript in {@code file}, with the charset it was read in. */
    public LoadedTranscript load(Path file, TranscriptOptions options) {
        TranscriptDecoder.DecodedText decoded =
                decoder.decode(file, bytesOf(file), options.encoding());
        ParagraphSplitter.Split split = splitter.split(decoded.text(), options.mode());
        List<List<String>> blocks = split.paragraphs();
        if (blocks.isEmpty()) {
            throw new BadInputException(file, "contains only whitespace");
        }
        FileName name = FileName.of(file);
        List<ParagraphKind> kinds = new ParagraphClassifier(name.language()).classify(blocks);
        List<String> texts = blocks.stream().map(lines -> String.join(" ", lines)).toList();
        List<Optional<String>> speakers = speakerLabels.find(texts, kinds);
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            paragraphs.add(new Paragraph(i + 1, kinds.get(i), texts.get(i), speakers.get(i)));
        }
        TextLayout layout =
                TextLayout.of(
                        decoded.text(),
                        splitter.usesBlocks(decoded.text(), options.mode()),
                        split.wrappedLinesJoined());
        return new LoadedTranscript(
                new Transcript(name.name(), name.language(), paragraphs),
                decoded.charset(),
                layout);
    }

    private static byte[] bytesOf(Path file) {
        if (!Files.exists(file)) {
            throw new BadInputException(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, "is a directory, not a transcript file");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "is not a regular file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The transcript name and language a file name gives: {@code lavrov-aliyev-2023-02-27.en.txt}
     * gives {@code lavrov-aliyev-2023-02-27} and {@code en}; a file without a language tag ({@code
     * speech.txt}) is English.
     */
    record FileName(String name, String language) {
        static FileName of(Path file) {
            String fileName = file.getFileName().toString();
            String stem =
                    fileName.toLowerCase(Locale.ROOT).endsWith(".txt")
                            ? fileName.substring(0, fileName.length() - ".txt".length())
                            : fileName;
            Matcher tagged = NAME_LANGUAGE.matcher(stem);
            if (tagged.matches()) {
                return new FileName(tagged.group(1), tagged.group(2));
            }
            return new FileName(stem.isEmpty() ? fileName : stem, DEFAULT_LANGUAGE);
        }
    }
}

package dev.attache.segment;

import dev.attache.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Cuts English paragraphs into sentences with SRX 2.0 rules through Okapi's SRX segmenter: the
 * project's own rules ({@link #english()}) or a file the user gives ({@code --srx}). Whatever the
 * file's options, segments are trimmed of whitespace and the whitespace between them is returned as
 * separators, so that the paragraph can be rebuilt byte for byte; whitespace before the first or
 * after the last sentence stays in that segment. Instances may be shared between threads.
 */
public final class SrxSegmenter {
    private static final String ENGLISH_RULES = "english.srx";
    private static final LocaleId LANGUAGE = LocaleId.ENGLISH;

    /**
     * Okapi's inline-code markers (U+E101 to U+E104): masked before segmenting so Okapi never reads
     * them as codes.
     */
    private static final char FIRST_MARKER = '\uE101';

    private static final char LAST_MARKER = '\uE104';
    private static final char MASK = '\uFFFD';

    private final ISegmenter segmenter;

    private SrxSegmenter(ISegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /**
     * The project's tailored English rules ({@code
     * src/main/resources/dev/attache/segment/english.srx}), compiled once and shared.
     */
    public static SrxSegmenter english() {
        return EnglishRules.SEGMENTER;
    }

    /**
     * The English rules of an SRX file; a missing, unreadable or invalid file is a {@link
     * BadInputException}.
     */
    public static SrxSegmenter fromFile(Path srxFile) {
        if (!Files.exists(srxFile)) {
            throw new BadInputException(srxFile, "no such SRX file");
        }
        if (!Files.isRegularFile(srxFile)) {
            throw new BadInputException(
                    srxFile,
                    Files.isDirectory(srxFile)
                            ? "is a directory, not an SRX file"
                            : "is not a regular file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(srxFile);
        } catch (IOException e) {
            throw new BadInputException(srxFile, null, "cannot be read: " + e.getMessage(), e);
        }
        checkWellFormed(bytes, srxFile);
        SRXDocument document = loaded(bytes, srxFile);
        if (document.getAllLanguagesMaps().stream().noneMatch(SrxSegmenter::mapsEnglish)) {
            throw new BadInputException(srxFile, "has no language rules for English ('en')");
        }
        try {
            return new SrxSegmenter(compile(document));
        } catch (PatternSyntaxException e) {
            throw new BadInputException(
                    srxFile,
                    null,
                    "has a rule that is not a valid regular expression: "
                            + e.getDescription()
                            + " in "
                            + e.getPattern().lines().findFirst().orElse(""),
                    e);
        }
    }

    /** The sentences of {@code paragraph} and the whitespace between them. */
    public SegmentedText segment(String paragraph) {
        if (paragraph.isBlank()) {
            return new SegmentedText(List.of(paragraph), List.of());
        }
        List<Range> ranges;
        synchronized (segmenter) {
            segmenter.computeSegments(masked(paragraph));
            ranges = segmenter.getRanges();
        }
        if (ranges == null || ranges.isEmpty()) {
            return new SegmentedText(List.of(paragraph), List.of());
        }
        List<String> segments = new ArrayList<>(ranges.size());
        List<String> separators = new ArrayList<>(ranges.size() - 1);
        int last = ranges.size() - 1;
        for (int i = 0; i <= last; i++) {
            int start = i == 0 ? 0 : ranges.get(i).start;
            int end = i == last ? paragraph.length() : ranges.get(i).end;
            segments.add(paragraph.substring(start, end));
            if (i < last) {
                separators.add(paragraph.substring(end, ranges.get(i + 1).start));
            }
        }
        return new SegmentedText(segments, separators);
    }

    /**
     * Parses the file once with a parser that refuses a DOCTYPE (and so any external entity) before
     * Okapi reads it, so that malformed XML is reported with its line and column, and Okapi's
     * parser never prints to stderr.
     */
    private static void checkWellFormed(byte[] bytes, Path file) {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser()
                    .parse(
                            new ByteArrayInputStream(bytes),
                            new DefaultHandler() {
                                @Override
                                public void fatalError(SAXParseException e) throws SAXException {
                                    throw e;
                                }
                            });
        } catch (SAXParseException e) {
            throw new BadInputException(
                    file,
                    e.getLineNumber() + ":" + e.getColumnNumber(),
                    "is not a valid SRX file: " + e.getMessage(),
                    e);
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new BadInputException(
                    file, null, "is not a valid SRX file: " + e.getMessage(), e);
        }
    }

    /** Holds the shared English segmenter, compiled on first use. */
    private static final class EnglishRules {
        private static final SrxSegmenter SEGMENTER = load();

        private static SrxSegmenter load() {
            try (InputStream rules = SrxSegmenter.class.getResourceAsStream(ENGLISH_RULES)) {
                if (rules == null) {
                    throw new IllegalStateException(
                            "the English SRX rules are missing from the class path");
                }
                return new SrxSegmenter(compile(loaded(rules.readAllBytes(), null)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the English SRX rules", e);
            }
        }
    }

    private static SRXDocument loaded(byte[] rules, Path file) {
        SRXDocument document = new SRXDocument();
        try {
            document.loadRules(new ByteArrayInputStream(rules));
        } catch (RuntimeException e) {
            if (file == null) {
                throw e;
            }
            throw new BadInputException(file, null, "is not a valid SRX file: " + firstLine(e), e);
        }
        return document;
    }

    private static ISegmenter compile(SRXDocument document) {
        ISegmenter compiled = document.compileLanguageRules(LANGUAGE, null);
        compiled.setOptions(
                document.segmentSubFlows(),
                document.includeStartCodes(),
                document.includeEndCodes(),
                document.includeIsolatedCodes(),
                false,
                true,
                true);
        return compiled;
    }

    private static boolean mapsEnglish(LanguageMap map) {
        try {
            return LANGUAGE.toBCP47().matches(map.getPattern());
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static String masked(String paragraph) {
        char[] chars = null;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c >= FIRST_MARKER && c <= LAST_MARKER) {
                if (chars == null) {
                    chars = paragraph.toCharArray();
                }
                chars[i] = MASK;
            }
        }
        return chars == null ? paragraph : new String(chars);
    }

    private static String firstLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message =
                cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

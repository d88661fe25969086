package dev.attache.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts decoded text into paragraphs, each a list of its lines. Line endings may be LF, CRLF or CR;
 * every line loses its leading and trailing whitespace (non-breaking spaces are not whitespace and
 * stay). Blank lines at the start and the end of the file never count. In {@link
 * ParagraphMode#AUTO} the lines of each block (between blank lines, or the whole file when it has
 * none) are grouped by {@link WrappedLines}, laid out as the whole file is (hard-wrapped or not): a
 * line wrapped mid-sentence joins the next, every other line is a paragraph of its own; and a
 * speaker label alone on its line ({@code President Vladimir Putin:}) opens the paragraph that
 * follows it.
 */
final class ParagraphSplitter {
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

    /**
     * The paragraphs, and how many hard-wrapped lines of a file without blank lines were joined.
     */
    record Split(List<List<String>> paragraphs, int wrappedLinesJoined) {
        Split {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    Split split(String text, ParagraphMode mode) {
        List<String> lines = lines(text);
        boolean blankLines = hasInnerBlankLine(lines);
        List<List<String>> paragraphs = new ArrayList<>();
        int wrappedLinesJoined = 0;
        List<List<String>> blocks = blocks(lines);
        WrappedLines.Layout layout = WrappedLines.Layout.of(blocks);
        for (List<String> block : blocks) {
            switch (mode) {
                case LINES -> block.forEach(line -> paragraphs.add(List.of(line)));
                case BLOCKS -> paragraphs.add(block);
                case AUTO -> {
                    WrappedLines wrapped = new WrappedLines(block, layout);
                    paragraphs.addAll(wrapped.paragraphs());
                    wrappedLinesJoined += blankLines ? 0 : wrapped.joined();
                }
            }
        }
        return new Split(
                mode == ParagraphMode.AUTO ? labelsJoinedToTheirTurns(paragraphs) : paragraphs,
                wrappedLinesJoined);
    }

    /** Whether {@code mode} splits this text by blank lines rather than by lines. */
    boolean usesBlocks(String text, ParagraphMode mode) {
        return usesBlocks(lines(text), mode);
    }

    private static List<String> lines(String text) {
        return LINE_END.splitAsStream(text).map(String::strip).toList();
    }

    private static boolean usesBlocks(List<String> lines, ParagraphMode mode) {
        return switch (mode) {
            case LINES -> false;
            case BLOCKS -> true;
            case AUTO -> hasInnerBlankLine(lines);
        };
    }

    /** The runs of non-blank lines between blank lines. */
    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(current, blocks);
            } else {
                current.add(line);
            }
        }
        flush(current, blocks);
        return blocks;
    }

    /**
     * A paragraph that is a speaker label alone on its line is joined to the paragraph after it.
     */
    private static List<List<String>> labelsJoinedToTheirTurns(List<List<String>> paragraphs) {
        List<List<String>> joined = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> paragraph = paragraphs.get(i);
            if (i + 1 < paragraphs.size()
                    && paragraph.size() == 1
                    && SpeakerLabels.isLabelAlone(paragraph.get(0))
                    && !ParagraphClassifier.standsAlone(paragraphs.get(i + 1).get(0))) {
                List<String> turn = new ArrayList<>(paragraph);
                turn.addAll(paragraphs.get(++i));
                joined.add(List.copyOf(turn));
            } else {
                joined.add(paragraph);
            }
        }
        return joined;
    }

    private static void flush(List<String> current, List<List<String>> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(List.copyOf(current));
            current.clear();
        }
    }

    private static boolean hasInnerBlankLine(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isEmpty()) {
            first++;
        }
        int last = lines.size() - 1;
        while (last > first && lines.get(last).isEmpty()) {
            last--;
        }
        for (int i = first; i <= last; i++) {
            if (lines.get(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}

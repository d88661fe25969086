package dev.attache.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts decoded text into paragraphs, each a list of its lines. Line endings may be LF, CRLF or CR; every line
 * loses its leading and trailing whitespace (non-breaking spaces are not whitespace and stay). Blank lines at
 * the start and the end of the file never count.
 */
final class ParagraphSplitter {
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

    List<List<String>> split(String text, ParagraphMode mode) {
        List<String> lines = lines(text);
        boolean blocks = usesBlocks(lines, mode);
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(current, paragraphs);
            } else {
                current.add(line);
                if (!blocks) {
                    flush(current, paragraphs);
                }
            }
        }
        flush(current, paragraphs);
        return paragraphs;
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

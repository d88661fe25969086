package dev.attache.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups the lines of a block (the lines between blank lines, or a whole file without blank lines)
 * into paragraphs: a line joins the next one when it was wrapped, that is when it ends mid-sentence
 * (no full stop, question or exclamation mark, colon, semicolon or ellipsis at its end, closing
 * quotes and brackets aside) and either it has {@value #WORDS_BEFORE_LOWER_CASE} words or more and
 * the next line goes on in lower case ({@code During my upcoming} | {@code meeting with}), or the
 * text is laid out like hard-wrapped text and this line fills it ({@code OSCE Minsk} | {@code Group
 * co-chair}). A file is hard-wrapped ({@link Layout}) when its blocks' lines, the last of each
 * block aside, number {@value #WRAPPED_LINES_MIN} less one or more, the longest of them is of
 * {@value #WRAP_WIDTH_MIN} to {@value #WRAP_WIDTH_MAX} characters, two thirds of those lines at
 * least {@value #WRAP_FILL} of the longest and half of them ending mid-sentence; a block is
 * hard-wrapped when its own lines are so, or when the file's are: a print view wraps every
 * paragraph at one width, a three-line title too, whose lines break before a capitalised name
 * ({@code … Сергея} | {@code Лаврова в ходе …}). A line that stands alone (site furniture, a
 * dateline, a time, a reference, see {@link ParagraphClassifier#standsAlone}) never joins, nor does
 * a line join the opening of a speaker turn.
 */
final class WrappedLines {
    /**
     * Lines longer than this are not hard-wrapped: a print view or an e-mail wraps at 60 to 80
     * characters.
     */
    static final int WRAP_WIDTH_MAX = 100;

    /** Lines all shorter than this are a list or a menu, not wrapped text. */
    static final int WRAP_WIDTH_MIN = 40;

    /** How full a hard-wrapped line is, against the longest line that wraps. */
    static final double WRAP_FILL = 0.6;

    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;…][\"'”’»)\\]]*");
    private static final Pattern OPENS_LOWER_CASE = Pattern.compile("[\"'“‘«(]*\\p{Ll}.*");

    static final int WRAPPED_LINES_MIN = 6;
    static final int WORDS_BEFORE_LOWER_CASE = 3;

    private final List<String> lines;
    private final int width;
    private final boolean hardWrapped;

    /** The lines of a block, laid out as the file they are in is. */
    WrappedLines(List<String> lines, Layout file) {
        this.lines = List.copyOf(lines);
        Layout own = Layout.of(List.of(lines));
        Layout used = own.hardWrapped() || !file.hardWrapped() ? own : file;
        this.width = used.width();
        this.hardWrapped = used.hardWrapped();
    }

    /**
     * Whether lines are hard-wrapped, and at what width, measured over the lines of some blocks:
     * each block's lines but its last are the lines that wrap, and the width is the longest of them
     * (a block's last line may be longer: a headline left on one line above wrapped text).
     */
    record Layout(boolean hardWrapped, int width) {
        static Layout of(List<List<String>> blocks) {
            List<String> wrapping =
                    blocks.stream()
                            .flatMap(block -> block.subList(0, block.size() - 1).stream())
                            .toList();
            int width = wrapping.stream().mapToInt(String::length).max().orElse(0);
            long full =
                    wrapping.stream().filter(line -> line.length() >= WRAP_FILL * width).count();
            long open =
                    wrapping.stream()
                            .filter(line -> !ENDS_SENTENCE.matcher(line).matches())
                            .count();
            return new Layout(
                    wrapping.size() >= WRAPPED_LINES_MIN - 1
                            && width >= WRAP_WIDTH_MIN
                            && width <= WRAP_WIDTH_MAX
                            && full * 3 >= wrapping.size() * 2L
                            && open * 2 >= wrapping.size(),
                    width);
        }
    }

    /** The paragraphs, each a list of its lines, in order. */
    List<List<String>> paragraphs() {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            current.add(lines.get(i));
            if (i == lines.size() - 1 || !joinsNext(i)) {
                paragraphs.add(List.copyOf(current));
                current.clear();
            }
        }
        return paragraphs;
    }

    /** How many lines were joined to the next one. */
    int joined() {
        int joined = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            joined += joinsNext(i) ? 1 : 0;
        }
        return joined;
    }

    private boolean joinsNext(int i) {
        String line = lines.get(i);
        String next = lines.get(i + 1);
        if (ENDS_SENTENCE.matcher(line).matches()
                || ParagraphClassifier.standsAlone(line)
                || ParagraphClassifier.standsAlone(next)
                || SpeakerLabels.opensTurn(next)) {
            return false;
        }
        return OPENS_LOWER_CASE.matcher(next).matches()
                        && !ParagraphClassifier.hasAtMostWords(line, WORDS_BEFORE_LOWER_CASE - 1)
                || hardWrapped && fills(line);
    }

    private boolean fills(String line) {
        return line.length() >= WRAP_FILL * width;
    }
}

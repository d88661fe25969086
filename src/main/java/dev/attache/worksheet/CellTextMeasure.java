package dev.attache.worksheet;

import dev.attache.worksheet.HighlightedText.Run;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures cell texts the way a spreadsheet lays them out: how many lines a text wraps to in a
 * given width, in real font metrics (Java's {@link LineBreakMeasurer}, which breaks lines where
 * Unicode allows, as Calc and Excel do). Arial, the worksheet's font, is measured in the Liberation
 * Sans the jar ships ({@link ShippedFont}), which has Arial's advance widths and is what
 * LibreOffice renders Arial in, so heights do not depend on the machine's fonts. Any other family
 * is measured in itself where installed, else in Java's logical sans-serif font.
 * Device-independent: fractional advances, no hinting.
 */
final class CellTextMeasure {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    /** Families with Arial's metrics, measured in the shipped Liberation Sans. */
    private static final Set<String> ARIAL_METRICS =
            Set.of("arial", "liberation sans", "arimo", "helvetica");

    private static final int RECENT_PARAGRAPHS = 4096;

    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<PlainParagraph, Integer> recentPlain =
            new LinkedHashMap<>(RECENT_PARAGRAPHS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<PlainParagraph, Integer> eldest) {
                    return size() > RECENT_PARAGRAPHS;
                }
            };

    /** A paragraph without highlighted runs, measured in {@code font} for {@code width} points. */
    private record PlainParagraph(String text, Font font, float width) {}

    /**
     * The font {@code family} is measured in: the shipped Liberation Sans for Arial and its metric
     * twins, else the family itself where installed, else the default sans-serif.
     */
    Font font(String family, boolean bold, float points) {
        String key = family + (bold ? "/b/" : "/r/") + points;
        return fonts.computeIfAbsent(
                key,
                k -> {
                    if (ARIAL_METRICS.contains(family.toLowerCase(Locale.ROOT))) {
                        return ShippedFont.of(bold).at(points);
                    }
                    int style = bold ? Font.BOLD : Font.PLAIN;
                    Font declared = installed(family, style);
                    return (declared == null ? new Font(Font.SANS_SERIF, style, 1) : declared)
                            .deriveFont(points);
                });
    }

    private static Font installed(String family, int style) {
        Font font = new Font(family, style, 1);
        return font.getFamily(Locale.ROOT).equalsIgnoreCase(family) ? font : null;
    }

    /** The height of one line of text in {@code font}, in points: ascent, descent and leading. */
    static float lineHeight(Font font) {
        var metrics = font.getLineMetrics("Xg", CONTEXT);
        return metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
    }

    /** The advance of the digit 0, in points: the unit of column widths. */
    static float digitWidth(Font font) {
        return (float) font.getStringBounds("0", CONTEXT).getWidth();
    }

    /**
     * The lines {@code runs} wrap to in {@code width} points: each line break of the text starts a
     * line, an empty text takes one. Highlighted runs are measured in {@code bold}, the others in
     * {@code regular}. A paragraph that fits whole (measured all in bold where it has a highlighted
     * run, which is never narrower) is one line without breaking it into lines: most cells are, and
     * breaking costs a full text layout. A paragraph without a highlighted run that was measured
     * lately in the same font and width is not measured again: a worksheet repeats many (its
     * glossary hints, its statuses).
     */
    int lines(List<Run> runs, Font regular, Font bold, float width) {
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        int lines = 0;
        int start = 0;
        for (int end = 0; end <= text.length(); end++) {
            if (end == text.length() || text.charAt(end) == '\n') {
                lines += paragraphLines(text, start, end, runs, regular, bold, width);
                start = end + 1;
            }
        }
        return lines;
    }

    private int paragraphLines(
            CharSequence text,
            int start,
            int end,
            List<Run> runs,
            Font regular,
            Font bold,
            float width) {
        if (end - start == 0) {
            return 1;
        }
        String plain = text.subSequence(start, end).toString();
        AttributedString paragraph = new AttributedString(plain);
        paragraph.addAttribute(TextAttribute.FONT, regular);
        boolean highlighted = false;
        int runStart = 0;
        for (Run run : runs) {
            int from = Math.max(runStart, start);
            int to = Math.min(runStart + run.text().length(), end);
            if (run.highlighted() && from < to) {
                paragraph.addAttribute(TextAttribute.FONT, bold, from - start, to - start);
                highlighted = true;
            }
            runStart += run.text().length();
        }
        if (highlighted) {
            return measuredLines(plain, paragraph, bold, width);
        }
        return recentPlain.computeIfAbsent(
                new PlainParagraph(plain, regular, width),
                k -> measuredLines(plain, paragraph, regular, width));
    }

    /**
     * The lines {@code paragraph} breaks into; one when {@code plain} fits whole in {@code widest}.
     */
    private static int measuredLines(
            String plain, AttributedString paragraph, Font widest, float width) {
        if (widest.getStringBounds(plain, CONTEXT).getWidth() <= width) {
            return 1;
        }
        LineBreakMeasurer measurer = new LineBreakMeasurer(paragraph.getIterator(), CONTEXT);
        int lines = 0;
        while (measurer.getPosition() < plain.length()) {
            measurer.setPosition(measurer.nextOffset(width));
            lines++;
        }
        return lines;
    }
}

package dev.attache.worksheet;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell text with some stretches highlighted (the glossary terms of a source, in bold dark blue):
 * its runs, in order, each already escaped for a cell. Immutable; {@link StreamedSharedStrings}
 * writes it as a rich string, without building POI's XML beans for it.
 */
record HighlightedText(List<Run> runs) implements CellText {
    /** One stretch of the text, and whether it is highlighted. */
    record Run(String text, boolean highlighted) {
        Run {
            requireNonNull(text, "text");
        }
    }

    HighlightedText {
        runs = List.copyOf(runs);
    }

    /**
     * {@code text} with the characters {@code highlighted} marks in highlighted runs, each run
     * escaped for a cell.
     */
    static HighlightedText of(String text, boolean[] highlighted) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || highlighted[i] != highlighted[start]) {
                runs.add(
                        new Run(
                                SheetLayout.cellText(text.substring(start, i)),
                                highlighted[start]));
                start = i;
            }
        }
        return new HighlightedText(runs);
    }

    @Override
    public String getString() {
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        return text.toString();
    }

    @Override
    public int length() {
        return runs.stream().mapToInt(r -> r.text().length()).sum();
    }

    @Override
    public int numFormattingRuns() {
        return runs.size();
    }

    @Override
    public int getIndexOfFormattingRun(int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start += runs.get(i).text().length();
        }
        return start;
    }
}

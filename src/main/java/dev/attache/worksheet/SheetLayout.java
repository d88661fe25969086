package dev.attache.worksheet;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where things are in a worksheet: the sheet names and the columns of the translation sheet. */
final class SheetLayout {
    static final String MANIFEST_SHEET = "attache-manifest";
    static final String GLOSSARY_SHEET = "Glossary";
    static final String INSTRUCTIONS_SHEET = "Instructions";
    static final String PROGRESS_SHEET = "Progress";

    static final int NUMBER = 0;
    static final int ID = 1;
    static final int SOURCE = 2;
    static final int TARGET = 3;
    static final int STATUS = 4;
    static final int GLOSSARY = 5;
    static final int MEMORY = 6;
    static final int COMMENT = 7;

    /** Who speaks, in a speaker turn: the rendered label ({@code С.В.Лавров}); locked. */
    static final int SPEAKER = 8;

    /**
     * Whether the Target misses a glossary term the Source asks for: a hidden formula per row that
     * expects terms ({@link MissingTermCheck}), read by the Target column's warning; readers of the
     * sheet pass over it (they find their columns by header).
     */
    static final int TERMS_MISSING = 9;

    static final int COLUMNS = 10;

    /**
     * Text that a reader would take for an OOXML escape ({@code _x0041_}), or a control character
     * XML cannot carry.
     */
    private static final Pattern NEEDS_ESCAPE =
            Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)|[\\x00-\\x08\\x0B-\\x1F]");

    /**
     * The narrowest Source and Target columns together, in characters, however many other columns
     * are wide.
     */
    private static final int NARROWEST_TEXT = 68;

    private SheetLayout() {}

    /** The translation sheet's name: {@code en-ru}. */
    static String sheetName(Locale source, Locale target) {
        return source.toLanguageTag() + "-" + target.toLanguageTag();
    }

    static String[] headers(Locale source, Locale target) {
        return new String[] {
            "#",
            "ID",
            "Source (" + source.toLanguageTag() + ")",
            "Target (" + target.toLanguageTag() + ")",
            "Status",
            "Glossary",
            "TM",
            "Comment",
            "Speaker",
            "Terms missing"
        };
    }

    /**
     * The translation sheet's column widths in characters, laid out for an A4 landscape page at 100
     * %: the TM column is narrow when no row has a memory match, the Speaker column when no row is
     * a speaker turn; Source and Target share what the other columns leave of the page ({@link
     * PrintLayout#LANDSCAPE_CHARACTERS}), at least {@value #NARROWEST_TEXT} characters, the Target
     * a little more (Russian and Azerbaijani run longer than English). The ID and Terms missing
     * columns are hidden and take no width on paper.
     */
    static int[] widths(boolean memoryMatches, boolean speakerTurns) {
        int[] widths = new int[COLUMNS];
        widths[NUMBER] = 5;
        widths[ID] = 10;
        widths[STATUS] = 12;
        widths[GLOSSARY] = 26;
        widths[MEMORY] = memoryMatches ? 16 : 4;
        widths[COMMENT] = 10;
        widths[SPEAKER] = speakerTurns ? 12 : 9;
        widths[TERMS_MISSING] = 10;
        int others = Arrays.stream(widths).sum() - widths[ID] - widths[TERMS_MISSING];
        int text = Math.max(NARROWEST_TEXT, PrintLayout.LANDSCAPE_CHARACTERS - others);
        widths[SOURCE] = text * 48 / 100;
        widths[TARGET] = text - widths[SOURCE];
        return widths;
    }

    /**
     * A text as a cell stores it: an underscore that starts something looking like an escape
     * becomes {@code _x005F_}, and a carriage return or other control character its {@code _xHHHH_}
     * escape, so that every reader (POI, Excel, LibreOffice) decodes exactly the text written.
     */
    static String cellText(String text) {
        Matcher m = NEEDS_ESCAPE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, String.format("_x%04X_", (int) m.group().charAt(0)));
        } while (m.find());
        return m.appendTail(out).toString();
    }

    /** The column letter, for formulas: 3 → {@code D}. */
    static char letter(int column) {
        return (char) ('A' + column);
    }
}

package dev.attache.worksheet;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;

/**
 * A text cell's value as the worksheet writes it: plain Java text, immutable, handed to POI as a
 * {@link RichTextString} so that POI keeps it as it is. A plain {@code String} cell would cost an
 * XML bean (POI's {@code XSSFRichTextString}) each time the row's height is measured and again when
 * the row is streamed out; {@link StreamedSharedStrings} takes these texts without one.
 */
sealed interface CellText extends RichTextString permits HighlightedText, PlainText {
    @Override
    default void applyFont(int startIndex, int endIndex, short fontIndex) {
        throw immutable();
    }

    @Override
    default void applyFont(int startIndex, int endIndex, Font font) {
        throw immutable();
    }

    @Override
    default void applyFont(Font font) {
        throw immutable();
    }

    @Override
    default void clearFormatting() {
        throw immutable();
    }

    @Override
    default void applyFont(short fontIndex) {
        throw immutable();
    }

    private static UnsupportedOperationException immutable() {
        return new UnsupportedOperationException("a cell text is made once, with its runs");
    }
}

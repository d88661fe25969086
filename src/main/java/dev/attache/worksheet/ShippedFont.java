package dev.attache.worksheet;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans, Arial's metric-compatible twin, as shipped in the jar ({@code fonts/}, SIL Open
 * Font License): the font every worksheet text is measured in, whatever fonts the machine has, so
 * that the same workbook comes out on every machine and its rows fit Arial in Excel and Liberation
 * Sans in LibreOffice. Each face is read from the jar once, when first asked for.
 */
enum ShippedFont {
    REGULAR("LiberationSans-Regular.ttf"),
    BOLD("LiberationSans-Bold.ttf");

    private final String file;
    private volatile Font font;

    ShippedFont(String file) {
        this.file = file;
    }

    /** The face for a style: bold or regular. */
    static ShippedFont of(boolean bold) {
        return bold ? BOLD : REGULAR;
    }

    /** This face at {@code points}; its style is plain, the face itself being regular or bold. */
    Font at(float points) {
        Font loaded = font;
        if (loaded == null) {
            synchronized (this) {
                loaded = font == null ? (font = load()) : font;
            }
        }
        return loaded.deriveFont(points);
    }

    private Font load() {
        try (InputStream in = ShippedFont.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its font " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the jar's font " + file + " cannot be read", e);
        }
    }
}

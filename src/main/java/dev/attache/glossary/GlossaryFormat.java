package dev.attache.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a glossary can be kept in. */
public enum GlossaryFormat {
    TBX,
    CSV;

    /**
     * The format a file name promises: {@code .tbx} or {@code .xml} is TBX, {@code .csv} is CSV.
     */
    public static Optional<GlossaryFormat> byExtension(Path file) {
        String name =
                file.getFileName() == null
                        ? ""
                        : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return Optional.of(TBX);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    /**
     * The format of content whose name says nothing: XML starts with {@code <} (after a BOM and
     * blanks).
     */
    public static GlossaryFormat sniff(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 256), StandardCharsets.UTF_8);
        return head.replace("\uFEFF", "").stripLeading().startsWith("<") ? TBX : CSV;
    }

    /** Writes the glossary in this format to {@code out} (left open). */
    public void write(Glossary glossary, OutputStream out) throws IOException {
        if (this == TBX) {
            new TbxWriter().write(glossary, out);
        } else {
            new CsvGlossaryWriter().write(glossary, out);
        }
    }
}

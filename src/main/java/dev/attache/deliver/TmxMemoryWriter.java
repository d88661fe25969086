package dev.attache.deliver;

import static java.util.Objects.requireNonNull;

import dev.attache.model.SegmentPair;
import dev.attache.model.Unit;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;

/**
 * Writes the done segment pairs of translated files as a TMX 1.4b memory through Okapi's {@link TMXWriter}: one
 * {@code <tu>} per pair, {@code xml:lang} on every {@code <tuv>}, the creation tool, its version and the date, and
 * where the pair came from as {@code prop}s ({@code x-file}, {@code x-unit}, {@code x-segment}). A pair already
 * written (same languages, source and target) is written once, with the place of its first occurrence.
 */
public final class TmxMemoryWriter {
    /** The creation tool, its version, and the date the memory is written on. */
    public record Header(String toolVersion, Instant date) {
        public Header {
            requireNonNull(toolVersion, "toolVersion");
            requireNonNull(date, "date");
        }
    }

    static final String TOOL = "Attaché";
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * Writes the memory to {@code out} and returns how many pairs it holds. Every file must have the same source
     * language (a TMX has one); their target languages may differ.
     */
    public int write(List<TranslatedFile> files, DoneSegments done, Header header, OutputStream out) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a memory needs at least one file");
        }
        LocaleId source = locale(files.get(0).document().sourceLang());
        TMXWriter tmx = new TMXWriter(new XMLWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        tmx.setWriteAllPropertiesAsAttributes(true);
        tmx.setAutoGenerateTuId(false);
        tmx.writeStartDocument(source, locale(files.get(0).document().targetLang()), TOOL, header.toolVersion(),
                "sentence", "XLIFF", "plaintext");
        String date = TMX_DATE.format(header.date());
        Set<List<String>> written = new HashSet<>();
        int pairs = 0;
        for (TranslatedFile file : files) {
            LocaleId target = locale(file.document().targetLang());
            for (Unit unit : file.document().units()) {
                if (!unit.translatable()) {
                    continue;
                }
                for (SegmentPair pair : unit.segments()) {
                    if (done.test(pair) && written.add(List.of(target.toBCP47(), pair.source(), pair.target()))) {
                        tmx.writeTUFull(textUnit(file, pair, target, date));
                        pairs++;
                    }
                }
            }
        }
        tmx.writeEndDocument();
        tmx.close();
        return pairs;
    }

    private static TextUnit textUnit(TranslatedFile file, SegmentPair pair, LocaleId target, String date) {
        TextUnit tu = new TextUnit(pair.id().toString(), pair.source());
        tu.setName(pair.id().toString());
        tu.setTarget(target, new TextContainer(pair.target()));
        tu.setProperty(new Property("creationdate", date));
        tu.setProperty(new Property("x-file", file.file().getFileName().toString()));
        tu.setProperty(new Property("x-unit", pair.id().unitId()));
        tu.setProperty(new Property("x-segment", pair.id().toString()));
        return tu;
    }

    private static LocaleId locale(Locale locale) {
        return LocaleId.fromBCP47(locale.toLanguageTag());
    }
}

package dev.attache.memory;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;

/**
 * Writes memory entries as TMX 1.4b through Okapi's {@link TMXWriter}: one {@code <tu>} per entry, its key as
 * {@code tuid}, {@code creationid} and {@code creationdate} (who added it, and when), the file it came from as the
 * {@code x-file} prop, {@code xml:lang} on every {@code <tuv>}. The header's {@code srclang} is the entries' source
 * language, or {@code *all*} when they have several.
 */
public final class TmxExport {
    static final String TOOL = "Attaché";
    static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Writes {@code entries} to {@code out} (which it closes) and returns how many it wrote. */
    public int write(List<MemoryEntry> entries, String toolVersion, OutputStream out) {
        List<Locale> sources = entries.stream().map(e -> e.languages().source()).distinct().toList();
        LocaleId header = sources.size() == 1 ? PensieveRecords.localeId(sources.get(0)) : LocaleId.fromString("*all*");
        LocaleId target = entries.isEmpty() ? LocaleId.EMPTY : PensieveRecords.localeId(entries.get(0).languages()
                .target());
        TMXWriter tmx = new TMXWriter(new XMLWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        tmx.setWriteAllPropertiesAsAttributes(true);
        tmx.setAutoGenerateTuId(false);
        tmx.writeStartDocument(header, target, TOOL, toolVersion, "sentence", "Pensieve", "plaintext");
        for (MemoryEntry entry : entries) {
            String key = PensieveRecords.key(entry.languages(), entry.source());
            TextUnit tu = new TextUnit(key, entry.source());
            tu.setName(key);
            tu.setTarget(PensieveRecords.localeId(entry.languages().target()), new TextContainer(entry.target()));
            tu.setProperty(new Property("creationid", entry.creator()));
            tu.setProperty(new Property("creationdate", TMX_DATE.format(entry.created())));
            if (!entry.file().isEmpty()) {
                tu.setProperty(new Property("x-file", entry.file()));
            }
            tmx.writeTUFull(tu, PensieveRecords.localeId(entry.languages().source()));
        }
        tmx.writeEndDocument();
        tmx.close();
        return entries.size();
    }

    /** When a TMX date ({@code 20240506T070809Z}) says, if it is one. */
    static java.util.Optional<Instant> date(String tmxDate) {
        try {
            return tmxDate == null ? java.util.Optional.empty()
                    : java.util.Optional.of(Instant.from(TMX_DATE.parse(tmxDate.strip())));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}

package dev.attache.memory;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;

/**
 * Writes TMX 1.4b through Okapi's {@link TMXWriter}, for the project memory's export and for the
 * done segments of XLIFF files alike: one {@code <tu>} per {@link TmxUnit}, its id as {@code tuid},
 * its props as {@code prop}s, {@code xml:lang} on every {@code <tuv>}; the header names the
 * creation tool, its version and the original format.
 */
public final class TmxWriter {
    static final String TOOL = "Attaché";
    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    /**
     * What the header says: the tool's version, the format the units came from ({@code XLIFF},
     * {@code Pensieve}), and the source language; without one, the units' own if they share it,
     * else {@code *all*}.
     */
    public record Header(String toolVersion, String originalFormat, Optional<Locale> sourceLang) {
        public Header {
            requireNonNull(toolVersion, "toolVersion");
            requireNonNull(originalFormat, "originalFormat");
            requireNonNull(sourceLang, "sourceLang");
        }
    }

    /** Writes {@code units} to {@code out} (which it closes) and returns how many it wrote. */
    public int write(List<TmxUnit> units, Header header, OutputStream out) {
        return write(
                units.stream().map(u -> u.languages().source()).distinct().toList(),
                header,
                units::forEach,
                out);
    }

    /**
     * Writes the units {@code units} hands over, one at a time and none held (a memory of a million
     * entries), to {@code out} (which it closes) and returns how many it wrote; {@code sources} are
     * the source languages among them, for a header that names none. The document's target language
     * is the first unit's.
     */
    public int write(
            List<Locale> sources,
            Header header,
            Consumer<Consumer<TmxUnit>> units,
            OutputStream out) {
        LocaleId source =
                header.sourceLang()
                        .map(MemoryRecords::localeId)
                        .orElseGet(
                                () ->
                                        sources.size() == 1
                                                ? MemoryRecords.localeId(sources.get(0))
                                                : LocaleId.fromString("*all*"));
        TMXWriter tmx =
                new TMXWriter(new XMLWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        tmx.setWriteAllPropertiesAsAttributes(true);
        tmx.setAutoGenerateTuId(false);
        int[] written = {0};
        units.accept(
                unit -> {
                    if (written[0]++ == 0) {
                        start(
                                tmx,
                                source,
                                MemoryRecords.localeId(unit.languages().target()),
                                header);
                    }
                    TextUnit tu = new TextUnit(unit.id(), unit.source());
                    tu.setName(unit.id());
                    tu.setTarget(
                            MemoryRecords.localeId(unit.languages().target()),
                            new TextContainer(unit.target()));
                    unit.props()
                            .forEach((name, value) -> tu.setProperty(new Property(name, value)));
                    tmx.writeTUFull(tu, MemoryRecords.localeId(unit.languages().source()));
                });
        if (written[0] == 0) {
            start(tmx, source, LocaleId.EMPTY, header);
        }
        tmx.writeEndDocument();
        tmx.close();
        return written[0];
    }

    private static void start(TMXWriter tmx, LocaleId source, LocaleId target, Header header) {
        tmx.writeStartDocument(
                source,
                target,
                TOOL,
                header.toolVersion(),
                "sentence",
                header.originalFormat(),
                "plaintext");
    }

    /** A TMX date: {@code 20240506T070809Z}. */
    public static String date(Instant instant) {
        return TMX_DATE.format(instant);
    }

    /** When a TMX date ({@code 20240506T070809Z}) says, if it is one. */
    static Optional<Instant> date(String tmxDate) {
        try {
            return tmxDate == null
                    ? Optional.empty()
                    : Optional.of(Instant.from(TMX_DATE.parse(tmxDate.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

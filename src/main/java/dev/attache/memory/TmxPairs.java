package dev.attache.memory;

import dev.attache.BadInputException;
import dev.attache.XmlProlog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.tmx.TmxFilter;

/**
 * Reads the pairs of a TMX file through Okapi's TMX filter, as memory entries: the header's source
 * language, every target language a {@code <tu>} has, its {@code creationid} and {@code
 * creationdate} when it has them (else the creator and date given), and its {@code x-file} prop
 * (else the TMX file's name).
 */
public final class TmxPairs {
    /** Every pair of the file, in file order. */
    public List<MemoryEntry> read(Path tmx, String creator, Instant created) {
        List<MemoryEntry> entries = new ArrayList<>();
        stream(tmx, creator, created, entries::add);
        return entries;
    }

    /**
     * Hands each pair of the file to {@code each} as it is read, in file order, so that a file of a
     * million units is never held whole.
     */
    public void stream(Path tmx, String creator, Instant created, Consumer<MemoryEntry> each) {
        checkRoot(tmx);
        LocaleId source = LocaleId.EMPTY;
        try (TmxFilter filter = new TmxFilter();
                RawDocument raw =
                        new RawDocument(tmx.toUri(), "UTF-8", LocaleId.EMPTY, LocaleId.EMPTY)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.getEventType() == EventType.PIPELINE_PARAMETERS
                        && event.getPipelineParameters().getSourceLocale() != null) {
                    source = event.getPipelineParameters().getSourceLocale();
                } else if (event.isTextUnit() && !source.equals(LocaleId.EMPTY)) {
                    add(event.getTextUnit(), source, tmx, creator, created, each);
                }
            }
        } catch (OkapiException e) {
            throw BadInputException.parserMessage(
                    tmx,
                    "not a TMX file Okapi can read: ",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof XMLStreamException xml) {
                throw BadInputException.malformedXml(tmx, xml);
            }
            throw e;
        }
    }

    /**
     * A file whose root element is not {@code <tmx>} (or that is no XML) is a {@link
     * BadInputException}.
     */
    public void checkRoot(Path tmx) {
        String root = XmlProlog.root(tmx, "a TMX file").getLocalPart();
        if (!root.equals("tmx")) {
            throw new BadInputException(tmx, "not a TMX file (root element <" + root + ">)");
        }
    }

    private static void add(
            ITextUnit tu,
            LocaleId sourceLocale,
            Path tmx,
            String creator,
            Instant created,
            Consumer<MemoryEntry> each) {
        String source = tu.getSource().toString();
        if (source.isBlank()) {
            return;
        }
        String by = value(tu.getProperty("creationid"), creator);
        Instant when = TmxWriter.date(value(tu.getProperty("creationdate"), null)).orElse(created);
        String file = value(tu.getProperty("x-file"), tmx.getFileName().toString());
        for (LocaleId targetLocale : tu.getTargetLocales()) {
            TextContainer target = tu.getTarget(targetLocale);
            if (target != null
                    && !target.toString().isBlank()
                    && !targetLocale.equals(sourceLocale)) {
                each.accept(
                        new MemoryEntry(
                                source,
                                target.toString(),
                                new LanguagePair(
                                        MemoryRecords.locale(sourceLocale),
                                        MemoryRecords.locale(targetLocale)),
                                by,
                                when,
                                file));
            }
        }
    }

    private static String value(Property property, String otherwise) {
        return property == null || property.getValue() == null || property.getValue().isBlank()
                ? otherwise
                : property.getValue();
    }
}

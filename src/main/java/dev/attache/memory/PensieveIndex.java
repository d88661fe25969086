package dev.attache.memory;

import java.util.Optional;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextFragment;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;

/**
 * A memory as Attaché wrote it before issue 25: an Okapi Pensieve index, whose documents keep the
 * source in {@code SOURCE_EXACT} (Okapi's coded text), the target in {@code TARGET}, their
 * languages in {@code SOURCE_LANG} and {@code TARGET_LANG}, who added the pair in {@code
 * Txt::GroupName}, when in {@code datatype} and its file in {@code Txt::FileName}. Read only to be
 * rewritten in the memory's own format ({@link MemoryRecords}).
 */
final class PensieveIndex {
    private static final String SOURCE = "SOURCE_EXACT";

    private PensieveIndex() {}

    /** Whether an index's fields are Pensieve's. */
    static boolean holds(FieldInfos fields) {
        return fields.fieldInfo(SOURCE) != null;
    }

    /** The entry a Pensieve document stands for; empty for one that is not a pair. */
    static Optional<MemoryEntry> entry(Document doc) {
        String source = doc.get(SOURCE);
        String sourceLang = doc.get("SOURCE_LANG");
        String targetLang = doc.get("TARGET_LANG");
        if (source == null || sourceLang == null || targetLang == null) {
            return Optional.empty();
        }
        return MemoryRecords.entry(
                TextFragment.getText(source),
                TextFragment.getText(MemoryRecords.nonNull(doc.get("TARGET"))),
                LocaleId.fromString(sourceLang).toBCP47(),
                LocaleId.fromString(targetLang).toBCP47(),
                doc.get("Txt::GroupName"),
                doc.get("datatype"),
                doc.get("Txt::FileName"));
    }
}

package dev.attache.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.MetadataType;
import net.sf.okapi.tm.pensieve.common.TranslationUnit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitField;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import org.apache.lucene.document.Document;

/**
 * How a {@link MemoryEntry} is kept in a Pensieve index. Pensieve stores the source, target and
 * their languages, and four metadata fields, which carry: {@code tuid} the entry's key (see {@link
 * #key}), {@code Txt::FileName} the file it came from, {@code Txt::GroupName} who added it, {@code
 * datatype} when (an ISO-8601 instant).
 */
final class PensieveRecords {
    private static final HexFormat HEX = HexFormat.of();

    private PensieveRecords() {}

    /**
     * Whether two sources are the same once their whitespace runs are one space and they are
     * composed (NFC).
     */
    static boolean sameSource(String one, String other) {
        return normalised(one).equals(normalised(other));
    }

    private static String normalised(String source) {
        return Normalizer.normalize(source, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /**
     * The stable key of an entry: a hash of its source and target language and its source with
     * whitespace runs made one space and Unicode composed (NFC). A newer translation of the same
     * source has the same key.
     */
    static String key(LanguagePair languages, String source) {
        String normalised = normalised(source);
        String text =
                languages.source().toLanguageTag().toLowerCase(Locale.ROOT)
                        + "\n"
                        + languages.target().toLanguageTag().toLowerCase(Locale.ROOT)
                        + "\n"
                        + normalised;
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static LocaleId localeId(Locale locale) {
        return LocaleId.fromBCP47(locale.toLanguageTag());
    }

    static Locale locale(LocaleId id) {
        return Locale.forLanguageTag(id.toBCP47());
    }

    static TranslationUnit translationUnit(MemoryEntry entry) {
        TranslationUnit tu =
                new TranslationUnit(
                        new TranslationUnitVariant(
                                localeId(entry.languages().source()),
                                new TextFragment(entry.source())),
                        new TranslationUnitVariant(
                                localeId(entry.languages().target()),
                                new TextFragment(entry.target())));
        tu.setMetadataValue(MetadataType.ID, key(entry.languages(), entry.source()));
        tu.setMetadataValue(MetadataType.FILE_NAME, entry.file());
        tu.setMetadataValue(MetadataType.GROUP_NAME, entry.creator());
        tu.setMetadataValue(MetadataType.TYPE, entry.created().toString());
        return tu;
    }

    /**
     * The entry a translation unit found by Pensieve's seeker stands for; empty for one that is not
     * ours.
     */
    static Optional<MemoryEntry> entry(TranslationUnit tu) {
        if (tu.getSource() == null
                || tu.getTarget() == null
                || tu.getSource().getLanguage() == null
                || tu.getTarget().getLanguage() == null) {
            return Optional.empty();
        }
        return entry(
                tu.getSource().getContent().getText(),
                tu.getTarget().getContent().getText(),
                tu.getSource().getLanguage().toBCP47(),
                tu.getTarget().getLanguage().toBCP47(),
                tu.getMetadataValue(MetadataType.GROUP_NAME),
                tu.getMetadataValue(MetadataType.TYPE),
                tu.getMetadataValue(MetadataType.FILE_NAME));
    }

    /**
     * The entry a stored Lucene document of the index stands for; empty for one that is not ours.
     */
    static Optional<MemoryEntry> entry(Document doc) {
        String source = doc.get(TranslationUnitField.SOURCE_EXACT.name());
        String sourceLang = doc.get(TranslationUnitField.SOURCE_LANG.name());
        String targetLang = doc.get(TranslationUnitField.TARGET_LANG.name());
        if (source == null || sourceLang == null || targetLang == null) {
            return Optional.empty();
        }
        return entry(
                TextFragment.getText(source),
                TextFragment.getText(nonNull(doc.get(TranslationUnitField.TARGET.name()))),
                LocaleId.fromString(sourceLang).toBCP47(),
                LocaleId.fromString(targetLang).toBCP47(),
                doc.get(MetadataType.GROUP_NAME.fieldName()),
                doc.get(MetadataType.TYPE.fieldName()),
                doc.get(MetadataType.FILE_NAME.fieldName()));
    }

    private static Optional<MemoryEntry> entry(
            String source,
            String target,
            String sourceLang,
            String targetLang,
            String creator,
            String created,
            String file) {
        if (source.isBlank() || target.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                new MemoryEntry(
                        source,
                        target,
                        LanguagePair.of(sourceLang, targetLang),
                        creator == null || creator.isBlank() ? "attache" : creator,
                        instant(created),
                        nonNull(file)));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? Instant.EPOCH : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

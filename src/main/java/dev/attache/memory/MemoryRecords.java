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
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * How a {@link MemoryEntry} is kept in the memory's Lucene index: one document per entry, with
 *
 * <ul>
 *   <li>{@value #KEY}: the entry's key ({@link #key}), indexed and stored: a newer translation
 *       replaces the document with its key;
 *   <li>{@value #EXACT}: the primary languages and the normalised source, hashed ({@link
 *       #exactTerm}): the exact look-up;
 *   <li>{@value #PAIR}: both language tags ({@code en>ru-RU}), indexed and stored: the counts;
 *   <li>{@code words:en>ru}: the source's words and tags in lower case ({@link
 *       FuzzyScore#WORD_OR_TAG}), indexed for the fuzzy look-up's candidates, one field per pair of
 *       primary languages, so that a look-up never reads another pair's postings;
 *   <li>stored: {@code source}, {@code target}, {@code creator}, {@code created} (ISO-8601) and
 *       {@code file}.
 * </ul>
 */
final class MemoryRecords {
    static final String KEY = "key";
    static final String EXACT = "exact";
    static final String PAIR = "pair";
    static final String SOURCE = "source";
    private static final String TARGET = "target";
    private static final String CREATOR = "creator";
    private static final String CREATED = "created";
    private static final String FILE = "file";
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private MemoryRecords() {}

    /**
     * Whether two sources are the same once their whitespace runs are one space and they are
     * composed (NFC).
     */
    static boolean sameSource(String one, String other) {
        return sameSourceAs(one).test(other);
    }

    /**
     * Whether a source is the same as {@code source}, as {@link #sameSource} tells, with {@code
     * source} normalised once: a look-up compares it with every candidate it reads.
     */
    static Predicate<String> sameSourceAs(String source) {
        String normal = normalised(source);
        return other -> normalised(other).equals(normal);
    }

    private static String normalised(String source) {
        return WHITESPACE
                .matcher(Normalizer.normalize(source, Normalizer.Form.NFC).strip())
                .replaceAll(" ");
    }

    /**
     * The stable key of an entry: a hash of its source and target language and its source with
     * whitespace runs made one space and Unicode composed (NFC). A newer translation of the same
     * source has the same key.
     */
    static String key(LanguagePair languages, String source) {
        return hash(
                languages.source().toLanguageTag().toLowerCase(Locale.ROOT)
                        + "\n"
                        + languages.target().toLanguageTag().toLowerCase(Locale.ROOT)
                        + "\n"
                        + normalised(source));
    }

    /**
     * What the exact look-up asks for: a hash of the primary languages ({@code en→ru-RU} is {@code
     * en→ru}) and the normalised source.
     */
    static String exactTerm(LanguagePair languages, String source) {
        return hash(
                languages.source().getLanguage()
                        + "\n"
                        + languages.target().getLanguage()
                        + "\n"
                        + normalised(source));
    }

    /** The field that holds the source words of the entries of {@code languages}' primary pair. */
    static String wordsField(LanguagePair languages) {
        return "words:" + languages.source().getLanguage() + ">" + languages.target().getLanguage();
    }

    private static String hash(String text) {
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

    private static String pair(LanguagePair languages) {
        return languages.source().toLanguageTag() + ">" + languages.target().toLanguageTag();
    }

    /** The pair a {@value #PAIR} term names. */
    static LanguagePair pair(String term) {
        int cut = term.indexOf('>');
        return LanguagePair.of(term.substring(0, cut), term.substring(cut + 1));
    }

    static Document document(MemoryEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(entry.languages(), entry.source()), Field.Store.YES));
        doc.add(
                new StringField(
                        EXACT, exactTerm(entry.languages(), entry.source()), Field.Store.NO));
        doc.add(new StringField(PAIR, pair(entry.languages()), Field.Store.YES));
        doc.add(new TextField(wordsField(entry.languages()), entry.source(), Field.Store.NO));
        doc.add(new StoredField(SOURCE, entry.source()));
        doc.add(new StoredField(TARGET, entry.target()));
        doc.add(new StoredField(CREATOR, entry.creator()));
        doc.add(new StoredField(CREATED, entry.created().toString()));
        doc.add(new StoredField(FILE, entry.file()));
        return doc;
    }

    /** The entry a stored document stands for; empty for one that is not an entry. */
    static Optional<MemoryEntry> entry(Document doc) {
        String pair = doc.get(PAIR);
        if (pair == null || pair.indexOf('>') < 0) {
            return Optional.empty();
        }
        LanguagePair languages = pair(pair);
        return entry(
                nonNull(doc.get(SOURCE)),
                nonNull(doc.get(TARGET)),
                languages.source().toLanguageTag(),
                languages.target().toLanguageTag(),
                doc.get(CREATOR),
                doc.get(CREATED),
                doc.get(FILE));
    }

    static Optional<MemoryEntry> entry(
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

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

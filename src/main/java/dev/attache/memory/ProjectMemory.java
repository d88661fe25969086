package dev.attache.memory;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.exceptions.OkapiIOException;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.MetadataType;
import net.sf.okapi.tm.pensieve.common.TmHit;
import net.sf.okapi.tm.pensieve.seeker.PensieveSeeker;
import net.sf.okapi.tm.pensieve.writer.PensieveWriter;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The project's translation memory: a Pensieve (Lucene) index in a folder ({@code tm/}). Entries
 * are kept per language pair under a stable key ({@link PensieveRecords#key}): adding a pair again
 * changes nothing, and a newer translation of a source replaces the older one. Lookups use
 * Pensieve's exact search and its n-gram fuzzy scoring and answer only from entries of the language
 * pair asked for.
 *
 * <p>Open it once and look up as often as needed, from several threads at once: the index is read
 * through one searcher, and a lookup asked again (the same text, languages and limits) is answered
 * from a small cache. Adding takes Lucene's write lock for the time of the add only, and commits
 * through Pensieve; a failed add is rolled back (adding is not meant to run beside lookups).
 */
public final class ProjectMemory implements AutoCloseable {
    private static final int CACHED_LOOKUPS = 4096;

    /** Pensieve's n-gram analyser cuts text into 4-grams: anything shorter has no fuzzy matches. */
    private static final int SHORTEST_FUZZY = 4;

    private record Lookup(String text, LanguagePair languages, int minScore, int max) {}

    private final Path folder;
    private final FSDirectory directory;
    private final Map<Lookup, List<MemoryMatch>> cache =
            Collections.synchronizedMap(
                    new LinkedHashMap<>(256, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(
                                Map.Entry<Lookup, List<MemoryMatch>> eldest) {
                            return size() > CACHED_LOOKUPS;
                        }
                    });
    private PensieveSeeker seeker;

    private ProjectMemory(Path folder, FSDirectory directory) {
        this.folder = folder;
        this.directory = directory;
    }

    /** Whether {@code folder} holds a memory (a Lucene index). */
    public static boolean exists(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (FSDirectory dir = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(dir);
        } catch (IOException e) {
            return false;
        }
    }

    /** The memory in {@code folder}, which must hold one. */
    public static ProjectMemory open(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(
                    folder, "no translation memory here: add pairs with 'attache tm add'");
        }
        ProjectMemory memory = openFolder(folder);
        if (!memory.hasIndex()) {
            memory.close();
            throw notAMemory(folder);
        }
        return memory;
    }

    /**
     * The memory in {@code folder}; a missing or empty folder is a new memory (the index is made on
     * the first add).
     */
    public static ProjectMemory openOrCreate(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BadInputException(
                    folder, null, "cannot make the memory's folder: " + e.getMessage(), e);
        }
        ProjectMemory memory = openFolder(folder);
        if (!memory.hasIndex() && !isEmpty(folder)) {
            memory.close();
            throw notAMemory(folder);
        }
        return memory;
    }

    private static ProjectMemory openFolder(Path folder) {
        requireNonNull(folder, "folder");
        try {
            ProjectMemory memory = new ProjectMemory(folder, FSDirectory.open(folder));
            memory.checkIsOurs();
            return memory;
        } catch (IOException e) {
            throw new BadInputException(
                    folder, null, "cannot open the memory: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * Adds the entries: a pair the memory holds already is left alone, a newer translation of a
     * source (same languages) replaces the older one, and of several entries with one key in {@code
     * entries} the last wins.
     */
    public AddSummary add(Collection<MemoryEntry> entries) {
        Map<String, MemoryEntry> byKey = new LinkedHashMap<>();
        entries.forEach(e -> byKey.put(PensieveRecords.key(e.languages(), e.source()), e));
        if (byKey.isEmpty()) {
            return new AddSummary(0, 0, 0);
        }
        closeSeeker();
        cache.clear();
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        try (DirectoryReader reader = hasIndex() ? DirectoryReader.open(directory) : null) {
            PensieveWriter writer = writer();
            try {
                IndexSearcher searcher = reader == null ? null : new IndexSearcher(reader);
                for (Map.Entry<String, MemoryEntry> keyed : byKey.entrySet()) {
                    Optional<MemoryEntry> held =
                            searcher == null ? Optional.empty() : held(searcher, keyed.getKey());
                    if (held.isPresent() && held.get().target().equals(keyed.getValue().target())) {
                        unchanged++;
                        continue;
                    }
                    if (held.isPresent()) {
                        writer.delete(keyed.getKey());
                        replaced++;
                    } else {
                        added++;
                    }
                    writer.indexTranslationUnit(PensieveRecords.translationUnit(keyed.getValue()));
                }
                writer.commit();
            } catch (RuntimeException | IOException e) {
                writer.getIndexWriter().rollback();
                throw e;
            }
            writer.close();
        } catch (IOException | OkapiException e) {
            throw unreadable(e);
        }
        return new AddSummary(added, replaced, unchanged);
    }

    /**
     * The best entries of {@code languages} for {@code text}, scoring at least {@code minScore}, at
     * most {@code max}: exact matches first, then by score. A match is exact when its source is the
     * text with whitespace runs made one space (as the entry's key has it). An entry of other
     * primary languages never answers ({@code en→ru} answers {@code en→ru-RU}). Fuzzy scores stop
     * at 99, so a minimum of 100 asks for exact matches only, and Pensieve's fuzzy search (the
     * costly part) is then skipped.
     */
    public List<MemoryMatch> lookup(String text, LanguagePair languages, int minScore, int max) {
        requireNonNull(text, "text");
        requireNonNull(languages, "languages");
        if (minScore < 0 || minScore > 100 || max < 1) {
            throw new IllegalArgumentException(
                    "a lookup needs a minimum score of 0 to 100 and at least one match: "
                            + minScore
                            + ", "
                            + max);
        }
        Lookup lookup = new Lookup(text, languages, minScore, max);
        List<MemoryMatch> cached = cache.get(lookup);
        if (cached != null) {
            return cached;
        }
        List<MemoryMatch> matches = search(lookup);
        cache.put(lookup, matches);
        return matches;
    }

    private List<MemoryMatch> search(Lookup lookup) {
        if (lookup.text().isBlank() || !hasIndex()) {
            return List.of();
        }
        TextFragment query = new TextFragment(lookup.text());
        Map<String, MemoryMatch> best = new LinkedHashMap<>();
        try {
            List<TmHit> hits = new ArrayList<>(seeker().searchExact(query, null));
            if (lookup.minScore() < 100 && lookup.text().strip().length() >= SHORTEST_FUZZY) {
                hits.addAll(
                        seeker().searchFuzzy(query, lookup.minScore(), Integer.MAX_VALUE, null));
            }
            for (TmHit hit : hits) {
                Optional<MemoryEntry> entry = PensieveRecords.entry(hit.getTu());
                if (entry.isEmpty() || !entry.get().languages().sameLanguages(lookup.languages())) {
                    continue;
                }
                boolean exact = PensieveRecords.sameSource(entry.get().source(), lookup.text());
                int score = exact ? 100 : Math.min(99, (int) Math.floor(hit.getScore()));
                if (score >= lookup.minScore()) {
                    best.merge(
                            hit.getTu().getMetadataValue(MetadataType.ID),
                            new MemoryMatch(score, exact, entry.get()),
                            (a, b) -> a.score() >= b.score() ? a : b);
                }
            }
        } catch (OkapiException e) {
            throw unreadable(e);
        }
        return best.values().stream()
                .sorted(
                        Comparator.comparing(MemoryMatch::exact)
                                .reversed()
                                .thenComparing(
                                        Comparator.comparingInt(MemoryMatch::score).reversed())
                                .thenComparing(m -> m.entry().source()))
                .limit(lookup.max())
                .toList();
    }

    /**
     * The entries from {@code sourceLang} (into {@code targetLang}, or any language when empty)
     * whose source, or with {@code inTarget} whose target, holds {@code phrase} in any of its
     * inflected forms ({@link PhraseFinder}), in the order of the index. Every entry is read, one
     * at a time.
     */
    public List<ConcordanceLine> concordance(
            String phrase, Locale sourceLang, Optional<Locale> targetLang, boolean inTarget) {
        Map<String, PhraseFinder> finders = new HashMap<>();
        List<ConcordanceLine> lines = new ArrayList<>();
        forEachEntry(
                entry -> {
                    LanguagePair languages = entry.languages();
                    if (!languages.source().getLanguage().equals(sourceLang.getLanguage())
                            || targetLang
                                    .filter(
                                            t ->
                                                    !t.getLanguage()
                                                            .equals(
                                                                    languages
                                                                            .target()
                                                                            .getLanguage()))
                                    .isPresent()) {
                        return;
                    }
                    Locale side = inTarget ? languages.target() : languages.source();
                    PhraseFinder finder =
                            finders.computeIfAbsent(
                                    side.getLanguage(), l -> new PhraseFinder(phrase, side));
                    List<PhraseFinder.Span> hits =
                            finder.find(inTarget ? entry.target() : entry.source());
                    if (!hits.isEmpty()) {
                        lines.add(new ConcordanceLine(entry, inTarget, hits));
                    }
                });
        return lines;
    }

    /** Every entry, in the order of the index. */
    public List<MemoryEntry> entries() {
        List<MemoryEntry> entries = new ArrayList<>();
        forEachEntry(entries::add);
        return entries;
    }

    /** Hands every entry to {@code each}, in the order of the index, without holding them all. */
    private void forEachEntry(Consumer<MemoryEntry> each) {
        if (!hasIndex()) {
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    PensieveRecords.entry(stored.document(doc)).ifPresent(each);
                }
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** How many entries each language pair has, in the order of the pairs. */
    public Map<LanguagePair, Integer> counts() {
        Map<LanguagePair, Integer> counts = new TreeMap<>();
        entries().forEach(e -> counts.merge(e.languages(), 1, Integer::sum));
        return counts;
    }

    @Override
    public void close() {
        closeSeeker();
        try {
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<MemoryEntry> held(IndexSearcher searcher, String key) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(MetadataType.ID.fieldName(), key)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
        return PensieveRecords.entry(doc);
    }

    private PensieveWriter writer() {
        try {
            return new PensieveWriter(directory, !hasIndex());
        } catch (LockObtainFailedException e) {
            throw new BadInputException(
                    folder,
                    null,
                    "the memory is in use by another run (its write.lock is held): "
                            + "try again when that run has finished",
                    e);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private synchronized PensieveSeeker seeker() {
        if (seeker == null) {
            seeker = new SharedSeeker(directory);
        }
        return seeker;
    }

    /**
     * A Pensieve seeker whose searcher is opened when it is made: Pensieve opens it on the first
     * search otherwise, and two threads searching first at once would each open one. Made before
     * the lookups start, it is shared by them.
     */
    private static final class SharedSeeker extends PensieveSeeker {
        SharedSeeker(FSDirectory directory) {
            super(directory);
            try {
                getIndexSearcher();
            } catch (IOException e) {
                throw new OkapiIOException(e.getMessage(), e);
            }
        }
    }

    private synchronized void closeSeeker() {
        if (seeker != null) {
            seeker.close();
            seeker = null;
        }
    }

    private boolean hasIndex() {
        try {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * A Lucene index of documents that are not Pensieve's (no source field) is not a memory of
     * ours.
     */
    private void checkIsOurs() {
        if (!hasIndex()) {
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            if (reader.numDocs() > 0
                    && FieldInfos.getMergedFieldInfos(reader)
                                    .fieldInfo(
                                            net.sf.okapi.tm.pensieve.common.TranslationUnitField
                                                    .SOURCE_EXACT
                                                    .name())
                            == null) {
                throw new BadInputException(
                        folder, "a Lucene index, but not a Pensieve translation memory");
            }
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            throw new BadInputException(
                    folder, null, "a Lucene index of a version this Lucene cannot read", e);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new BadInputException(
                    folder, null, "cannot list the memory's folder: " + e.getMessage(), e);
        }
    }

    private static BadInputException notAMemory(Path folder) {
        return new BadInputException(
                folder,
                "not a translation memory (no Pensieve index in it): name another "
                        + "folder with --tm, or an empty one for a new memory");
    }

    private BadInputException unreadable(Exception e) {
        String reason =
                e.getMessage() == null
                        ? e.getClass().getSimpleName()
                        : e.getMessage().lines().findFirst().orElse("");
        return new BadInputException(
                folder, null, "the memory cannot be read or written: " + reason, e);
    }
}

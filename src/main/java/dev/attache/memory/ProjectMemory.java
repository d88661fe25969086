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
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The project's translation memory as a Lucene index in a folder ({@code tm/}): the embedded {@link
 * TranslationMemory}. Entries are kept per language pair under a stable key ({@link
 * MemoryRecords#key}): adding a pair again changes nothing, and a newer translation of a source
 * replaces the older one. The exact look-up asks for the entry's normalised source; the fuzzy one
 * asks the index for the entries that share the most of the sentence's words ({@link SharedWords})
 * and scores them by {@link FuzzyScore}, reading more of them while one not read could still score
 * higher.
 *
 * <p>A folder written before issue 25 (an Okapi Pensieve index) is rewritten in this format the
 * first time it is opened, every entry kept, in one commit. Open it once and look up as often as
 * needed, from several threads at once: the index is read through one searcher, and a look-up asked
 * again is answered from a small cache. Adding takes Lucene's write lock for the time of the add
 * only; a failed add is rolled back.
 */
public final class ProjectMemory implements TranslationMemory {
    /** How many candidates the index names for one fuzzy look-up. */
    static final int CANDIDATES = 64;

    /** The most candidates one fuzzy look-up reads. */
    static final int MOST_CANDIDATES = 4096;

    private static final int CACHED_LOOKUPS = 4096;
    private static final String FORMAT_KEY = "attache.memory.format";
    private static final String FORMAT = "2";

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
    private DirectoryReader reader;
    private IndexSearcher searcher;

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

    /**
     * The memory in {@code folder}, which must hold one or be empty (a memory nothing was added to
     * yet, as an import that kept every row out leaves it).
     */
    public static ProjectMemory open(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(
                    folder, "no translation memory here: add pairs with 'attache tm add'");
        }
        return openFolder(folder);
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
        return openFolder(folder);
    }

    /** The memory in {@code folder}, which holds one of this format or nothing. */
    private static ProjectMemory openFolder(Path folder) {
        requireNonNull(folder, "folder");
        ProjectMemory memory;
        try {
            memory = new ProjectMemory(folder, FSDirectory.open(folder));
        } catch (IOException e) {
            throw new BadInputException(
                    folder, null, "cannot open the memory: " + e.getMessage(), e);
        }
        try {
            memory.checkFormat();
            if (!memory.hasIndex() && !isEmpty(folder)) {
                throw notAMemory(folder);
            }
        } catch (RuntimeException e) {
            memory.close();
            throw e;
        }
        return memory;
    }

    @Override
    public Path location() {
        return folder;
    }

    @Override
    public AddSummary add(Collection<MemoryEntry> entries) {
        Map<String, MemoryEntry> byKey = new LinkedHashMap<>();
        entries.forEach(e -> byKey.put(MemoryRecords.key(e.languages(), e.source()), e));
        if (byKey.isEmpty()) {
            return new AddSummary(0, 0, 0);
        }
        closeSearcher();
        cache.clear();
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        IndexWriter writer = writer();
        try (DirectoryReader held = hasIndex() ? DirectoryReader.open(directory) : null) {
            IndexSearcher heldSearcher = held == null ? null : new IndexSearcher(held);
            for (Map.Entry<String, MemoryEntry> keyed : byKey.entrySet()) {
                Optional<MemoryEntry> old =
                        heldSearcher == null
                                ? Optional.empty()
                                : held(heldSearcher, keyed.getKey());
                if (old.isPresent() && old.get().target().equals(keyed.getValue().target())) {
                    unchanged++;
                    continue;
                }
                if (old.isPresent()) {
                    replaced++;
                } else {
                    added++;
                }
                writer.updateDocument(
                        new Term(MemoryRecords.KEY, keyed.getKey()),
                        MemoryRecords.document(keyed.getValue()));
            }
            commit(writer);
        } catch (RuntimeException | IOException e) {
            throw rolledBack(writer, e);
        }
        return new AddSummary(added, replaced, unchanged);
    }

    @Override
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
        if (lookup.text().isBlank()) {
            return List.of();
        }
        Map<String, MemoryMatch> best = new LinkedHashMap<>();
        try {
            Optional<IndexSearcher> opened = searcher();
            if (opened.isEmpty()) {
                return List.of();
            }
            IndexSearcher index = opened.get();
            TopDocs exact =
                    index.search(
                            new TermQuery(
                                    new Term(
                                            MemoryRecords.EXACT,
                                            MemoryRecords.exactTerm(
                                                    lookup.languages(), lookup.text()))),
                            lookup.max());
            StoredFields stored = index.storedFields();
            Predicate<String> lookedUp = MemoryRecords.sameSourceAs(lookup.text());
            for (ScoreDoc hit : exact.scoreDocs) {
                MemoryRecords.entry(stored.document(hit.doc))
                        .filter(e -> e.languages().sameLanguages(lookup.languages()))
                        .filter(e -> lookedUp.test(e.source()))
                        .ifPresent(e -> best.put(keyOf(e), new MemoryMatch(100, true, e)));
            }
            if (lookup.minScore() < 100) {
                fuzzy(index, lookup, lookedUp, best);
            }
        } catch (IOException e) {
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
     * The candidates: the entries of the pair ranked by {@link SharedWords} plus a hundredth for
     * each of the sentence's numbers they hold (a hundred times that, less the sentence's numbers,
     * bounds their score from above: a number the entry lacks costs a point), read in that order
     * and scored by {@link FuzzyScore} until the next one's bound is below the minimum or no higher
     * than the worst of the {@code max} best found: no entry not read can then score more. The
     * index is asked for {@value #CANDIDATES} at first, four times as many each time they are all
     * read, up to {@value #MOST_CANDIDATES}.
     */
    private void fuzzy(
            IndexSearcher shared,
            Lookup lookup,
            Predicate<String> lookedUp,
            Map<String, MemoryMatch> best)
            throws IOException {
        FuzzyScore score = new FuzzyScore(lookup.text());
        Map<String, Integer> words = score.wordCounts();
        if (words.isEmpty() || words.size() > IndexSearcher.getMaxClauseCount()) {
            return;
        }
        String field = MemoryRecords.wordsField(lookup.languages());
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        words.forEach(
                (word, count) -> {
                    Query term = new TermQuery(new Term(field, word));
                    builder.add(new BoostQuery(term, count), BooleanClause.Occur.SHOULD);
                    if (FuzzyScore.isNumber(word)) {
                        builder.add(
                                new BoostQuery(new ConstantScoreQuery(term), count / 100f),
                                BooleanClause.Occur.SHOULD);
                    }
                });
        Query query = builder.build();
        int numbers = score.numberCount();
        IndexSearcher index = new IndexSearcher(shared.getIndexReader());
        index.setSimilarity(new SharedWords(score.wordCount()));
        float floor = (lookup.minScore() + numbers) / 100f - 1e-4f;
        List<Integer> found = new ArrayList<>();
        int read = 0;
        for (int wanted = CANDIDATES; ; wanted *= 4) {
            CandidateCollector candidates = new CandidateCollector(wanted, floor);
            index.search(query, candidates);
            ScoreDoc[] hits = candidates.topDocs().scoreDocs;
            StoredFields stored = index.storedFields();
            for (int i = read; i < hits.length; i++) {
                int bound = (int) Math.floor(100 * hits[i].score + 1e-3) - numbers;
                boolean enough =
                        found.size() >= lookup.max() && found.get(lookup.max() - 1) >= bound;
                if (bound < lookup.minScore() || enough) {
                    return;
                }
                candidate(stored.document(hits[i].doc), score, lookup, lookedUp, best)
                        .ifPresent(
                                points -> {
                                    found.add(points);
                                    found.sort(Comparator.reverseOrder());
                                });
            }
            read = hits.length;
            if (hits.length < wanted || wanted >= MOST_CANDIDATES) {
                return;
            }
        }
    }

    /** The score of one candidate, added to {@code best} when it reaches the minimum. */
    private static Optional<Integer> candidate(
            Document doc,
            FuzzyScore score,
            Lookup lookup,
            Predicate<String> lookedUp,
            Map<String, MemoryMatch> best) {
        Optional<MemoryEntry> entry = MemoryRecords.entry(doc);
        if (entry.isEmpty()
                || !entry.get().languages().sameLanguages(lookup.languages())
                || lookedUp.test(entry.get().source())) {
            return Optional.empty();
        }
        int points = score.against(entry.get().source());
        if (points < lookup.minScore()) {
            return Optional.empty();
        }
        best.putIfAbsent(keyOf(entry.get()), new MemoryMatch(points, false, entry.get()));
        return Optional.of(points);
    }

    private static String keyOf(MemoryEntry entry) {
        return MemoryRecords.key(entry.languages(), entry.source());
    }

    @Override
    public List<ConcordanceLine> concordance(
            String phrase, Locale sourceLang, Optional<Locale> targetLang, boolean inTarget) {
        Map<String, PhraseFinder> finders = new HashMap<>();
        List<ConcordanceLine> lines = new ArrayList<>();
        export(
                entry -> {
                    LanguagePair languages = entry.languages();
                    boolean otherTarget =
                            targetLang
                                    .filter(
                                            t ->
                                                    !t.getLanguage()
                                                            .equals(
                                                                    languages
                                                                            .target()
                                                                            .getLanguage()))
                                    .isPresent();
                    if (!languages.source().getLanguage().equals(sourceLang.getLanguage())
                            || otherTarget) {
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
    @Override
    public void export(Consumer<MemoryEntry> each) {
        if (!hasIndex()) {
            return;
        }
        try (DirectoryReader all = DirectoryReader.open(directory)) {
            Bits live = MultiBits.getLiveDocs(all);
            StoredFields stored = all.storedFields();
            for (int doc = 0; doc < all.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    MemoryRecords.entry(stored.document(doc)).ifPresent(each);
                }
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Counted in the index's {@code pair} terms, without reading the entries. */
    @Override
    public Map<LanguagePair, Integer> counts() {
        Map<LanguagePair, Integer> counts = new TreeMap<>();
        try {
            Optional<IndexSearcher> opened = searcher();
            if (opened.isEmpty()) {
                return counts;
            }
            IndexSearcher index = opened.get();
            Terms pairs = MultiTerms.getTerms(index.getIndexReader(), MemoryRecords.PAIR);
            if (pairs == null) {
                return counts;
            }
            TermsEnum each = pairs.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                String pair = term.utf8ToString();
                int count = index.count(new TermQuery(new Term(MemoryRecords.PAIR, pair)));
                if (count > 0) {
                    counts.merge(MemoryRecords.pair(pair), count, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return counts;
    }

    @Override
    public void close() {
        closeSearcher();
        try {
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<MemoryEntry> held(IndexSearcher index, String key) throws IOException {
        TopDocs top = index.search(new TermQuery(new Term(MemoryRecords.KEY, key)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document doc = index.storedFields().document(top.scoreDocs[0].doc);
        return MemoryRecords.entry(doc);
    }

    private IndexWriter writer() {
        try {
            IndexWriterConfig config =
                    new IndexWriterConfig(new WordsAnalyzer())
                            .setSimilarity(new SharedWords(1))
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                            .setRAMBufferSizeMB(48)
                            .setCommitOnClose(false);
            return new IndexWriter(directory, config);
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

    private static void commit(IndexWriter writer) throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
        writer.close();
    }

    private BadInputException rolledBack(IndexWriter writer, Exception e) {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException suppressed) {
            e.addSuppressed(suppressed);
        }
        return e instanceof BadInputException bad ? bad : unreadable(e);
    }

    /** The searcher of the index as last committed; none while the folder holds no index. */
    private synchronized Optional<IndexSearcher> searcher() throws IOException {
        if (searcher == null && hasIndex()) {
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        }
        return Optional.ofNullable(searcher);
    }

    private synchronized void closeSearcher() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw unreadable(e);
            }
            reader = null;
            searcher = null;
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
     * An index of ours is used as it is; a Pensieve memory (before issue 25) is rewritten; a Lucene
     * index of other documents is not a memory of ours.
     */
    private void checkFormat() {
        if (!hasIndex()) {
            return;
        }
        boolean pensieve;
        try (DirectoryReader current = DirectoryReader.open(directory)) {
            if (FORMAT.equals(current.getIndexCommit().getUserData().get(FORMAT_KEY))) {
                return;
            }
            FieldInfos fields = FieldInfos.getMergedFieldInfos(current);
            pensieve = PensieveIndex.holds(fields);
            if (current.numDocs() > 0 && !pensieve) {
                throw new BadInputException(
                        folder, "a Lucene index, but not a translation memory of Attaché's");
            }
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            throw new BadInputException(
                    folder, null, "a Lucene index of a version this Lucene cannot read", e);
        } catch (IOException e) {
            throw unreadable(e);
        }
        migrate();
    }

    /**
     * Rewrites a Pensieve memory in this format: every entry added as a document of ours, every
     * Pensieve document deleted (those without a key field), in one commit, so that a run broken
     * off part way leaves the Pensieve memory as it was.
     */
    private void migrate() {
        IndexWriter writer = writer();
        try (DirectoryReader old = DirectoryReader.open(directory)) {
            Bits live = MultiBits.getLiveDocs(old);
            StoredFields stored = old.storedFields();
            for (int doc = 0; doc < old.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Optional<MemoryEntry> entry = PensieveIndex.entry(stored.document(doc));
                    if (entry.isPresent()) {
                        writer.updateDocument(
                                new Term(MemoryRecords.KEY, keyOf(entry.get())),
                                MemoryRecords.document(entry.get()));
                    }
                }
            }
            writer.deleteDocuments(
                    new BooleanQuery.Builder()
                            .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                            .add(
                                    new TermRangeQuery(MemoryRecords.KEY, null, null, true, true),
                                    BooleanClause.Occur.MUST_NOT)
                            .build());
            commit(writer);
        } catch (RuntimeException | IOException e) {
            throw rolledBack(writer, e);
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
                "not a translation memory (no memory index in it): name another "
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

package dev.attache.qa;

import dev.attache.glossary.Glossary;
import dev.attache.model.Note;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.qa.finding.QaFinding;
import dev.attache.qa.mechanical.MechanicalChecker;
import dev.attache.qa.numbers.NumberChecker;
import dev.attache.qa.quotes.QuoteChecker;
import dev.attache.qa.script.ScriptChecker;
import dev.attache.qa.spelling.SpellingChecker;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The QA checks of a document's translated segments: term QA (when there is a glossary and the
 * sources carry their term hits), the numbers check (when both languages have a numbers lexicon),
 * the mechanical check, and the quotes and script checks (of ru and az targets), and the spelling
 * check (of ru targets, when asked for). Can record the findings as notes from {@code qa}
 * (replacing earlier ones of the checked segments).
 */
public final class SegmentQa {
    public static final String NOTE_AUTHOR = Note.FROM_QA;

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}]+");

    private final Optional<TermChecker> terms;
    private final Optional<NumberChecker> numbers;
    private final Optional<MechanicalChecker> mechanical;
    private final Optional<QuoteChecker> quotes;
    private final Optional<ScriptChecker> script;
    private final Optional<SpellingChecker> spelling;
    private final List<Acceptance> accepted;

    /** The {@code checks} that apply to {@code document}: terms only with a glossary. */
    public SegmentQa(
            Optional<Glossary> glossary, Set<QaCheck> checks, TranslationDocument document) {
        String sourceLang = document.sourceLang().getLanguage();
        String targetLang = document.targetLang().getLanguage();
        this.terms =
                glossary.filter(g -> checks.contains(QaCheck.TERMS))
                        .map(g -> new TermChecker(g, sourceLang, targetLang));
        this.numbers =
                checks.contains(QaCheck.NUMBERS)
                        ? NumberChecker.of(sourceLang, targetLang)
                        : Optional.empty();
        this.mechanical =
                checks.contains(QaCheck.MECHANICAL)
                        ? Optional.of(new MechanicalChecker(sourceLang, targetLang))
                        : Optional.empty();
        this.quotes =
                checks.contains(QaCheck.QUOTES) ? QuoteChecker.of(targetLang) : Optional.empty();
        this.script =
                checks.contains(QaCheck.SCRIPT) ? ScriptChecker.of(targetLang) : Optional.empty();
        this.spelling =
                checks.contains(QaCheck.SPELLING)
                        ? SpellingChecker.of(targetLang, glossaryWords(glossary, targetLang))
                        : Optional.empty();
        this.accepted = Acceptance.in(document);
    }

    /** The checks that run on this document's targets but terms (which need a glossary). */
    public Set<QaCheck> running() {
        Set<QaCheck> running = EnumSet.noneOf(QaCheck.class);
        numbers.ifPresent(c -> running.add(QaCheck.NUMBERS));
        mechanical.ifPresent(c -> running.add(QaCheck.MECHANICAL));
        quotes.ifPresent(c -> running.add(QaCheck.QUOTES));
        script.ifPresent(c -> running.add(QaCheck.SCRIPT));
        spelling.ifPresent(c -> running.add(QaCheck.SPELLING));
        return running;
    }

    /**
     * The findings on every translated segment that {@code which} selects, in document order:
     * terms, numbers, then the mechanical check, which also looks at a segment marked past new
     * whose target is empty. The findings of a check a reviser accepted on the segment's present
     * target ({@link Acceptance}) are left out.
     */
    public List<SegmentFinding> check(TranslationDocument document, Predicate<SegmentPair> which) {
        List<SegmentPair> checked =
                document.translatableSegments().filter(SegmentQa::isChecked).filter(which).toList();
        // The segments on every core, their findings kept in document order (the checkers are
        // thread-safe; the mechanical and spelling ones check one target at a time).
        List<SegmentFinding> findings =
                new ArrayList<>(
                        checked.parallelStream()
                                .flatMap(
                                        segment ->
                                                findingsOn(segment).stream()
                                                        .map(
                                                                f ->
                                                                        new SegmentFinding(
                                                                                segment.id(), f)))
                                .toList());
        if (!accepted.isEmpty()) {
            findings.removeIf(f -> isAccepted(f, document));
        }
        return findings;
    }

    /**
     * One segment's findings: on a translated target terms, numbers, quotes, script and spelling,
     * then the mechanical check on any.
     */
    private List<QaFinding> findingsOn(SegmentPair segment) {
        List<QaFinding> found = new ArrayList<>();
        if (segment.isTranslated()) {
            terms.ifPresent(c -> found.addAll(c.check(segment.termHits(), segment.target())));
            numbers.ifPresent(c -> found.addAll(c.check(segment.source(), segment.target())));
            quotes.ifPresent(c -> found.addAll(c.check(segment.target())));
            script.ifPresent(c -> found.addAll(c.check(segment.target())));
            spelling.ifPresent(c -> found.addAll(c.check(segment.target())));
        }
        mechanical.ifPresent(c -> found.addAll(c.check(segment.source(), segment.target())));
        return found;
    }

    /**
     * The words of the glossary's terms in {@code lang}, every status: the speller's known words.
     */
    static Set<String> glossaryWords(Optional<Glossary> glossary, String lang) {
        return glossary.stream()
                .flatMap(g -> g.concepts().stream())
                .flatMap(c -> c.terms(lang).stream())
                .flatMap(t -> WORD_BREAK.splitAsStream(t.text()))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    /**
     * Whether a reviser accepted {@code finding}'s check on its segment as the target now stands.
     */
    public boolean isAccepted(SegmentFinding finding, TranslationDocument document) {
        String target = document.segment(finding.segment()).map(SegmentPair::target).orElse("");
        return accepted.stream()
                .anyMatch(a -> a.covers(finding.segment(), finding.finding().check(), target));
    }

    /** Whether QA looks at {@code segment}: translated, or marked past new with an empty target. */
    public static boolean isChecked(SegmentPair segment) {
        return segment.isTranslated() || segment.state() != State.NEW;
    }

    /** The document with the QA notes of the checked segments replaced by these findings. */
    public static TranslationDocument recordAsNotes(
            TranslationDocument document,
            Predicate<SegmentPair> checked,
            List<SegmentFinding> findings) {
        Map<String, List<SegmentFinding>> byUnit =
                findings.stream().collect(Collectors.groupingBy(f -> f.segment().unitId()));
        List<Unit> units = new ArrayList<>();
        for (Unit unit : document.units()) {
            List<String> checkedIds =
                    unit.segments().stream().filter(checked).map(s -> s.id() + ": ").toList();
            List<Note> notes =
                    new ArrayList<>(
                            unit.notes().stream()
                                    .filter(
                                            n ->
                                                    !n.from().equals(NOTE_AUTHOR)
                                                            || checkedIds.stream()
                                                                    .noneMatch(
                                                                            n.text()::startsWith))
                                    .toList());
            byUnit.getOrDefault(unit.id(), List.of())
                    .forEach(f -> notes.add(new Note(NOTE_AUTHOR, f.describe())));
            units.add(unit.withNotes(notes));
        }
        return document.withUnits(units);
    }
}

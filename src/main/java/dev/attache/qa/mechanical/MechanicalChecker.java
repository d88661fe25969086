package dev.attache.qa.mechanical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.IssueType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.QualityCheckSession;

/**
 * The mechanical check ({@value MechanicalFinding#CHECK}): an empty target, a target equal to the
 * source, or white space at either end, through Okapi CheckMate; a doubled word by CheckMate's
 * rule, done here ({@link DoubledWords}); a source ending with a full stop whose target does not,
 * and two or more spaces between words in the target that the source does not have, matched here;
 * and a target too short for its source ({@link LengthRatio}, calibrated per language pair).
 * CheckMate compares words case-sensitively, so "Мы мы" would pass: it (and the doubled-word check)
 * is handed the source and target folded to lower case one character at a time (which keeps every
 * offset, so its spans are the target's). Its other checks (lengths, inline codes, characters, its
 * patterns, doubled words) are off: the two patterns were CheckMate's until its patterns check
 * proved the dearest part of import's QA (on the 1 M-word benchmark sheet, where every target
 * lacked its full stop, it reported each finding through a formatted signature, a random UUID and
 * ITS annotations: 48 of the 249 samples of QA), and are matched here with CheckMate's semantics;
 * its doubled-word check, which allocated nearly a quarter of what import's QA allocated, is done
 * here ({@link DoubledWords}). An instance may be shared between threads: CheckMate's session is
 * not, so each thread checks with a session of its own (import checks its segments on every core).
 */
public final class MechanicalChecker {
    /** A source ending with a full stop. */
    private static final Pattern SOURCE_FINAL_STOP = Pattern.compile("\\.$");

    /**
     * A target ending with a full stop or an ellipsis, before any white space (which is a finding
     * of its own).
     */
    private static final Pattern TARGET_FINAL_STOP = Pattern.compile("[.…]\\s*$");

    /** Two or more spaces between words. */
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?<=\\S)\\h{2,}(?=\\S)");

    /**
     * Two spaces side by side: where there are none, {@link #DOUBLE_SPACE}, which looks behind at
     * every place, need not run.
     */
    private static final Pattern TWO_SPACES = Pattern.compile("\\h\\h");

    private final ThreadLocal<QualityCheckSession> sessions;
    private final DoubledWords doubledWords;
    private final LocaleId targetLocale;
    private final Optional<LengthRatio> lengthRatio;

    /** A checker of {@code targetLang} translations of {@code sourceLang} (ISO 639-1 codes). */
    public MechanicalChecker(String sourceLang, String targetLang) {
        LocaleId sourceLocale = LocaleId.fromString(sourceLang);
        targetLocale = LocaleId.fromString(targetLang);
        lengthRatio = LengthRatio.of(sourceLang, targetLang);
        doubledWords = new DoubledWords(targetLang);
        sessions = ThreadLocal.withInitial(() -> session(sourceLocale, targetLocale));
    }

    private static QualityCheckSession session(LocaleId sourceLocale, LocaleId targetLocale) {
        QualityCheckSession session = new QualityCheckSession();
        session.setParameters(parameters());
        session.startProcess(sourceLocale, targetLocale);
        StartDocument document = new StartDocument("attache");
        document.setName("attache");
        document.setMultilingual(true);
        session.processStartDocument(document, List.of());
        return session;
    }

    private static Parameters parameters() {
        Parameters params = new Parameters();
        params.setEmptySource(false);
        params.setCodeDifference(false);
        params.setCheckXliffSchema(false);
        params.setCheckStorageSize(false);
        params.setCheckMaxCharLength(false);
        params.setCheckMinCharLength(false);
        params.setCheckAllowedCharacters(false);
        params.setCorruptedCharacters(false);
        params.setDoubledWord(false);
        params.setCheckPatterns(false);
        return params;
    }

    /**
     * The findings on {@code target}, a translation of {@code source}: CheckMate's, its white space
     * at the ends after the doubled words, then the final stop and the spaces between words (the
     * order CheckMate gave them in), then the length; an empty target, or one of white space only
     * (our XLIFF reads an empty one as new, untranslated), has that finding alone (the final-stop
     * check would add that it lacks the full stop).
     */
    public List<MechanicalFinding> check(String source, String target) {
        QualityCheckSession session = sessions.get();
        String folded = target.isBlank() ? "" : fold(target);
        ITextUnit unit = new TextUnit("1", fold(source));
        unit.setTarget(targetLocale, new TextContainer(folded));
        session.getIssues().clear();
        session.processTextUnit(unit);
        List<MechanicalFinding> findings = new ArrayList<>();
        List<MechanicalFinding> spaceAtTheEnds = new ArrayList<>();
        for (Issue issue : session.getIssues()) {
            MechanicalFinding finding = finding(issue, source, target);
            (finding.type() == MechanicalKind.WHITESPACE ? spaceAtTheEnds : findings).add(finding);
        }
        for (int[] repeat : doubledWords.in(folded)) {
            findings.add(doubledWord(target, repeat[0], repeat[1]));
        }
        findings.addAll(spaceAtTheEnds);
        if (SOURCE_FINAL_STOP.matcher(source).find() && !TARGET_FINAL_STOP.matcher(target).find()) {
            findings.add(finalStop(target));
        }
        findings.addAll(doubleSpaces(source, target));
        lengthRatio.flatMap(ratio -> ratio.check(source, target)).ifPresent(findings::add);
        return findings.stream()
                .filter(f -> f.type() == MechanicalKind.EMPTY)
                .findFirst()
                .map(List::of)
                .orElse(findings);
    }

    /** {@code text} in lower case, one character for one, so that offsets stay. */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static MechanicalFinding finding(Issue issue, String source, String target) {
        IssueType type = issue.getIssueType();
        return switch (type) {
            case EMPTY_TARGETSEG ->
                    new MechanicalFinding(
                            MechanicalKind.EMPTY,
                            0,
                            0,
                            "the target should render the source; it is empty");
            case TARGET_SAME_AS_SOURCE ->
                    new MechanicalFinding(
                            MechanicalKind.SAME_AS_SOURCE,
                            0,
                            target.length(),
                            "the target should be a translation; it is the source as is ("
                                    + quote(target)
                                    + ")");
            case EXTRA_LEADINGWS, EXTRAORDIFF_LEADINGWS ->
                    whitespace(
                            target,
                            0,
                            leadingSpace(target),
                            "the target should start as the source does, with no white space; it starts with");
            case EXTRA_TRAILINGWS, EXTRAORDIFF_TRAILINGWS ->
                    whitespace(
                            target,
                            target.stripTrailing().length(),
                            target.length(),
                            "the target should end as the source does, with no white space; it ends with");
            case MISSING_LEADINGWS, MISSINGORDIFF_LEADINGWS ->
                    new MechanicalFinding(
                            MechanicalKind.WHITESPACE,
                            0,
                            0,
                            "the target should start with white space, as the source does; it starts with "
                                    + quote(target.substring(0, Math.min(1, target.length()))));
            case MISSING_TRAILINGWS, MISSINGORDIFF_TRAILINGWS ->
                    new MechanicalFinding(
                            MechanicalKind.WHITESPACE,
                            target.length(),
                            target.length(),
                            "the target should end with white space, as the source does;"
                                    + " it ends with "
                                    + quote(target.substring(Math.max(0, target.length() - 1))));
            default ->
                    throw new IllegalStateException(
                            "CheckMate reported "
                                    + type
                                    + ", a check left off: "
                                    + issue.getMessage()
                                    + " (source "
                                    + quote(source)
                                    + ")");
        };
    }

    /**
     * Each run of spaces between words in {@code target} that {@code source} does not have as many
     * times: as CheckMate matched a pattern whose source part is the target's match, each run found
     * in the source is used up.
     */
    private static List<MechanicalFinding> doubleSpaces(String source, String target) {
        if (!TWO_SPACES.matcher(target).find()) {
            return List.of();
        }
        Matcher runs = DOUBLE_SPACE.matcher(target);
        if (!runs.find()) {
            return List.of();
        }
        List<MechanicalFinding> findings = new ArrayList<>();
        StringBuilder unused = new StringBuilder(source);
        do {
            int at = unused.indexOf(runs.group());
            if (at < 0) {
                findings.add(
                        whitespace(
                                target,
                                runs.start(),
                                runs.end(),
                                "the target should have one space between words; it has"));
            } else {
                unused.delete(at, at + runs.group().length());
            }
        } while (runs.find());
        return findings;
    }

    private static MechanicalFinding whitespace(
            String target, int start, int end, String expected) {
        return new MechanicalFinding(
                MechanicalKind.WHITESPACE,
                start,
                end,
                expected
                        + " "
                        + (end - start)
                        + " white-space character"
                        + (end - start == 1 ? "" : "s")
                        + " at "
                        + start);
    }

    /** The last character of {@code target} but white space, where a full stop should be. */
    private static MechanicalFinding finalStop(String target) {
        int end = target.stripTrailing().length();
        int start = Math.max(0, end - 1);
        return new MechanicalFinding(
                MechanicalKind.PUNCTUATION,
                start,
                end,
                "the target should end with a full stop, as the source does; it ends with "
                        + quote(target.substring(start, end)));
    }

    private static int leadingSpace(String target) {
        return target.length() - target.stripLeading().length();
    }

    /** The doubled word whose repeat is {@code [start, end)} of {@code target}. */
    private static MechanicalFinding doubledWord(String target, int start, int end) {
        return new MechanicalFinding(
                MechanicalKind.DOUBLED_WORD,
                start,
                end,
                "the target should have "
                        + quote(target.substring(start, end))
                        + " once; it has it twice in a row"
                        + " ("
                        + quote(doubled(target, start, end))
                        + ")");
    }

    /**
     * The doubled word at {@code [start, end)} with the word and space before it: {@code Мы мы}.
     */
    private static String doubled(String target, int start, int end) {
        int from = start;
        while (from > 0 && Character.isWhitespace(target.charAt(from - 1))) {
            from--;
        }
        return target.substring(Math.max(0, from - (end - start)), end);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }
}

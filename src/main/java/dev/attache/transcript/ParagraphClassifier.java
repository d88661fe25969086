package dev.attache.transcript;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Gives each paragraph its kind by its shape alone. Site furniture ({@link ChromeLines}: settings,
 * site names, breadcrumbs, separators, the site's clock, contact and navigation lines) is
 * boilerplate wherever it stands, and so is a paragraph written mostly in another script than the
 * source language's (a breadcrumb "Документ /" copied from a Russian page into an English source:
 * never translatable by default). A web page's head copied along before the title is boilerplate
 * too: section headings in capitals ("SPEECHES, INTERVIEWS, ARTICLES": a list with commas, or at
 * most three words), language switchers and a site menu (four short lines or more); datelines and
 * document numbers there keep their kind. The first other paragraph is the title when it reads as
 * one: it does not end a sentence (a full stop, question or exclamation mark); a page copied from
 * below its headline has none. Between the title and the first body paragraph, a repeat of the
 * title (or a line that opens with it: a teaser glued to it) and a section label of at most three
 * words without a final stop are boilerplate. A language switcher (a line of language tags such as
 * "en-GB1" and bullets: "• en-GB1 ru-RU1") is boilerplate wherever it stands. The trailing run of
 * paragraphs whose every line looks like a web page's footer (a lone "|", a single word in
 * capitals, a line with a "|" in it (a navigation bar), punctuation only, a bare address, a
 * copyright line) is boilerplate. Among the rest, a date with an optional time and place ("26
 * August 202015:20", "May 25, 2023, The Kremlin, Moscow", "January 22, 2019 - 18:20 - The Kremlin,
 * Moscow", "Baku, November 21, AZERTAC", "15 Feb. 12:00 (UTC+3 MSK)") is a dateline, except the
 * site's own date above its clock and a repeat of an earlier dateline, which are boilerplate; a
 * document number is a reference, a short address ending with a comma is a salutation, and
 * everything else is body.
 */
public final class ParagraphClassifier {
    private static final String MONTH =
            "(?i:January|February|March|April|May|June|July|August|September|October"
                    + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    private static final String ZONE =
            "(?:\\s*\\((?:UTC|GMT)\\s?[+-]\\d{1,2}(?::\\d{2})?(?:\\s+[A-Z]{2,5})?\\)"
                    + "|\\s*\\(?[A-Z]{2,5}\\)?)?";
    private static final String TIME =
            "(?:(?:(?:,?\\s+|\\s+-\\s+)(?:at\\s+)?\\d{1,2}[:.]|\\d{1,2}:)\\d{2}"
                    + "(?:\\s*(?:[ap]\\.m\\.|[AaPp][Mm]))?"
                    + ZONE
                    + ")?";

    /** A place around a date: "Baku", "BAKU, Azerbaijan", "The Kremlin, Moscow", "AZERTAC". */
    private static final String PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2}";

    private static final String DATE_WITH_YEAR =
            "\\d{1,2}\\s+"
                    + MONTH
                    + ",?\\s+\\d{4}"
                    + "|"
                    + MONTH
                    + ",?\\s+\\d{1,2},?\\s+\\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2}"
                    + "|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}";
    private static final String DATE_WITHOUT_YEAR =
            "\\d{1,2}\\s+" + MONTH + "|" + MONTH + "\\s+\\d{1,2}";
    private static final Pattern DATELINE =
            Pattern.compile(
                    "(?:#\\s*)?(?:(?:"
                            + PLACE
                            + ",\\s+)*"
                            + WEEKDAY
                            + "(?:"
                            + DATE_WITH_YEAR
                            + ")"
                            + TIME
                            + "(?:(?:,|\\s+-)\\s+"
                            + PLACE
                            + ")*"
                            + "|(?:"
                            + PLACE
                            + ",\\s+)+(?:"
                            + DATE_WITHOUT_YEAR
                            + ")(?:,\\s+"
                            + PLACE
                            + ")*"
                            + "|(?:"
                            + DATE_WITHOUT_YEAR
                            + ")(?:(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]|\\d{1,2}:)\\d{2})"
                            + ZONE
                            + ")");

    /**
     * A document number: digit groups joined by hyphens or slashes, optionally after "No." or "#".
     */
    private static final Pattern REFERENCE =
            Pattern.compile("(?:(?:No\\.?|Nr\\.?|Ref\\.?|#)\\s*)?\\d+(?:[-/]\\p{Alnum}+)+");

    private static final Pattern SALUTATION = Pattern.compile("\\p{Lu}[^.!?;:]*(?:\\.[^.!?;:]+)*,");
    private static final int SALUTATION_MAX_WORDS = 6;

    /**
     * Language tags with an optional count ("en-GB1") among bullets; at least one tag has its
     * region.
     */
    private static final Pattern LANGUAGE_SWITCHER =
            Pattern.compile(
                    "[•·|\\s]*(?:[a-z]{2,3}(?:-[A-Z]{2})?\\d*[•·|\\s]+)*[a-z]{2,3}-[A-Z]{2}\\d*(?:[•·|\\s]+[a-z]{2,3}(?:-[A-Z]{2})?\\d*)*[•·|\\s]*");

    /** A page's section heading in capitals: a list joined by commas, or one to three words. */
    private static final Pattern PAGE_HEADING =
            Pattern.compile("[\\p{Lu}&][\\p{Lu}&'’-]*(?:(?:,\\s*|\\s+)[\\p{Lu}&][\\p{Lu}&'’-]*)*");

    private static final int PAGE_HEADING_MAX_WORDS = 3;
    private static final int SECTION_LABEL_MAX_WORDS = 3;

    /** An entry of an archive's list: a date, a dash, a headline. */
    private static final Pattern ARCHIVE_ENTRY =
            Pattern.compile("(?:" + DATE_WITH_YEAR + ")\\s+[-–—]\\s+");

    private static final int MENU_LINES_MIN = 4;
    private static final int MENU_ITEM_MAX_WORDS = 4;

    /**
     * A sentence's end: a full stop, question or exclamation mark, closing quotes and brackets
     * aside.
     */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…][\"'”’»)\\]]*");

    private static final Pattern[] BOILERPLATE = {
        Pattern.compile("[\\p{P}\\p{S}\\s]+"),
        Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}&'’-]+"),
        Pattern.compile(".*\\|.*"),
        Pattern.compile("(?:https?://|www\\.)\\S+"),
        Pattern.compile("(?i)(?:©|\\(c\\)|copyright\\b|all rights reserved\\b).*"),
    };

    /**
     * The scripts of the source language (ICU's, from its locale): Latin for English; none known,
     * none checked.
     */
    private final int[] sourceScripts;

    /** A classifier for a transcript in {@code language} (a BCP 47 tag: {@code en}). */
    public ParagraphClassifier(String language) {
        this.sourceScripts = UScript.getCode(ULocale.forLanguageTag(language));
    }

    /**
     * The kind of each paragraph that comes from elsewhere than a text file (an HTML page's or a
     * Word document's, one line each), found the same way as a text transcript's.
     */
    public List<ParagraphKind> classifyOneLineEach(List<String> paragraphs) {
        return classify(paragraphs.stream().map(List::of).toList());
    }

    List<ParagraphKind> classify(List<List<String>> paragraphs) {
        List<String> texts = paragraphs.stream().map(lines -> String.join(" ", lines)).toList();
        List<ParagraphKind> kinds = new ArrayList<>(paragraphs.size());
        int menuEnd = menuEnd(texts);
        int title = 0;
        for (; title < paragraphs.size() - 1; title++) {
            Optional<ParagraphKind> head =
                    title < menuEnd
                            ? Optional.of(ParagraphKind.BOILERPLATE)
                            : pageHead(paragraphs.get(title), texts.get(title));
            if (head.isEmpty()) {
                break;
            }
            kinds.add(head.get());
        }
        int boilerplateStart = paragraphs.size();
        while (boilerplateStart > title + 1
                && isBoilerplate(paragraphs.get(boilerplateStart - 1))) {
            boilerplateStart--;
        }
        boolean hasTitle = readsAsTitle(paragraphs.get(title), texts.get(title));
        boolean beforeBody = true;
        for (int i = title; i < paragraphs.size(); i++) {
            if (i == title && hasTitle) {
                kinds.add(ParagraphKind.TITLE);
            } else if (i >= boilerplateStart
                    || isChrome(paragraphs.get(i))
                    || beforeBody
                            && hasTitle
                            && repeatsTitleOrLabelsSection(texts.get(i), texts.get(title))) {
                kinds.add(ParagraphKind.BOILERPLATE);
            } else {
                ParagraphKind kind = kindOf(texts.get(i));
                kinds.add(kind);
                beforeBody &= kind != ParagraphKind.BODY;
            }
        }
        return Collections.unmodifiableList(siteDatesAndRepeatsLeftOut(kinds, paragraphs, texts));
    }

    /**
     * The end of the site's menu that opens the page: a run of {@value #MENU_LINES_MIN} paragraphs
     * or more, each of at most {@value #MENU_ITEM_MAX_WORDS} words and no final punctuation
     * ("Editor's Column", "October 2018 (14)"), at the start; 0 when the page does not open with
     * one.
     */
    private static int menuEnd(List<String> texts) {
        int end = 0;
        while (end < texts.size()
                && hasAtMostWords(texts.get(end), MENU_ITEM_MAX_WORDS)
                && !texts.get(end).matches(".*[.,;:!?…]")) {
            end++;
        }
        return end >= MENU_LINES_MIN && end < texts.size() ? end : 0;
    }

    /**
     * Whether a line stands as a paragraph of its own, never joined to the lines around it: site
     * furniture, a dateline, a document number or a language switcher.
     */
    static boolean standsAlone(String line) {
        return ChromeLines.shipped().shapeOf(line).isPresent()
                || DATELINE.matcher(line).matches()
                || REFERENCE.matcher(line).matches()
                || LANGUAGE_SWITCHER.matcher(line).matches();
    }

    /** The kind of a paragraph of the page's head before the title; empty when it is the title. */
    private Optional<ParagraphKind> pageHead(List<String> lines, String text) {
        if (isChrome(lines)
                || LANGUAGE_SWITCHER.matcher(text).matches()
                || PAGE_HEADING.matcher(text).matches()
                        && (text.contains(",") || hasAtMostWords(text, PAGE_HEADING_MAX_WORDS))) {
            return Optional.of(ParagraphKind.BOILERPLATE);
        }
        ParagraphKind kind = kindOf(text);
        return kind == ParagraphKind.DATELINE || kind == ParagraphKind.REFERENCE
                ? Optional.of(kind)
                : Optional.empty();
    }

    /**
     * A headline does not end a sentence ("Meeting with President of Azerbaijan Ilham Aliyev"), nor
     * is it a speaker turn whose label stood alone on its line ("Vladimir Putin:" over "Ladies and
     * gentlemen,") or the first entry of an archive's list ("04.05.2018 - Embassy press officer
     * comments on …").
     */
    private static boolean readsAsTitle(List<String> lines, String text) {
        return !ENDS_SENTENCE.matcher(text).matches()
                && !(lines.size() > 1 && SpeakerLabels.isLabelAlone(lines.get(0)))
                && !ARCHIVE_ENTRY.matcher(text).lookingAt();
    }

    /**
     * Whether a paragraph between the title and the body repeats the title (or opens with it, a
     * teaser glued to it), or is a site's section label ("Foreign policy": at most three words, the
     * first capitalised, no final stop).
     */
    private static boolean repeatsTitleOrLabelsSection(String text, String title) {
        return text.startsWith(title)
                || hasAtMostWords(text, SECTION_LABEL_MAX_WORDS)
                        && Character.isUpperCase(text.codePointAt(0))
                        && !text.endsWith(",")
                        && !ENDS_SENTENCE.matcher(text).matches()
                        && !DATELINE.matcher(text).matches()
                        && !REFERENCE.matcher(text).matches();
    }

    /**
     * The kinds with the site's own date (a dateline right above the site's clock: "27 October
     * 2020" over "Moscow: 17:51") and a repeat of an earlier dateline (the page's date again below
     * the text) made boilerplate.
     */
    private static List<ParagraphKind> siteDatesAndRepeatsLeftOut(
            List<ParagraphKind> kinds, List<List<String>> paragraphs, List<String> texts) {
        List<ParagraphKind> result = new ArrayList<>(kinds);
        List<String> datelines = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i) != ParagraphKind.DATELINE) {
                continue;
            }
            boolean aboveClock =
                    i + 1 < paragraphs.size()
                            && ChromeLines.shipped()
                                    .shapeOf(paragraphs.get(i + 1).get(0))
                                    .filter(shape -> shape.kind().equals("clock"))
                                    .isPresent();
            if (aboveClock || datelines.contains(texts.get(i))) {
                result.set(i, ParagraphKind.BOILERPLATE);
            }
            datelines.add(texts.get(i));
        }
        return result;
    }

    private ParagraphKind kindOf(String text) {
        if (LANGUAGE_SWITCHER.matcher(text).matches() || inAnotherScript(text)) {
            return ParagraphKind.BOILERPLATE;
        }
        if (DATELINE.matcher(text).matches()) {
            return ParagraphKind.DATELINE;
        }
        if (REFERENCE.matcher(text).matches()) {
            return ParagraphKind.REFERENCE;
        }
        if (text.endsWith(",")
                && hasAtMostWords(text, SALUTATION_MAX_WORDS)
                && SALUTATION.matcher(text).matches()) {
            return ParagraphKind.SALUTATION;
        }
        return ParagraphKind.BODY;
    }

    /**
     * Whether {@code text} has at most {@code max} words (runs of non-whitespace), counted without
     * copying it.
     */
    static boolean hasAtMostWords(String text, int max) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++words > max) {
                return false;
            }
            inWord = !space;
        }
        return true;
    }

    /** Whether every line of a paragraph is site furniture. */
    private static boolean isChrome(List<String> lines) {
        return lines.stream().allMatch(line -> ChromeLines.shipped().shapeOf(line).isPresent());
    }

    /**
     * Whether more than half the letters of {@code text} are of another script than the source
     * language's.
     */
    private boolean inAnotherScript(String text) {
        if (sourceScripts.length == 0) {
            return false;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long own =
                text.codePoints()
                        .filter(Character::isLetter)
                        .filter(
                                c ->
                                        IntStream.of(sourceScripts)
                                                .anyMatch(script -> script == UScript.getScript(c)))
                        .count();
        return letters > 0 && own * 2 < letters;
    }

    private static boolean isBoilerplate(List<String> lines) {
        return lines.stream().allMatch(ParagraphClassifier::isBoilerplateLine);
    }

    private static boolean isBoilerplateLine(String line) {
        for (Pattern shape : BOILERPLATE) {
            if (shape.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}

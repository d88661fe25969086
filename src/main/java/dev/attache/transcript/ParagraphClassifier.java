package dev.attache.transcript;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives each paragraph its kind by its shape alone. A web page's head copied along before the title is
 * boilerplate: section headings in capitals ("SPEECHES, INTERVIEWS, ARTICLES": a list with commas, or at most three
 * words) and language switchers; datelines and document numbers there keep their kind. The first other paragraph
 * is the title. A language switcher (a line of language tags such as "en-GB1" and bullets: "• en-GB1 ru-RU1") is
 * boilerplate wherever it stands. The trailing run of paragraphs whose every line looks like a web page's footer
 * (a lone "|", a single word in capitals, a line with a "|" in it (a navigation bar), punctuation only, a bare
 * address, a copyright line) is boilerplate. Among the rest, a date with an optional time (also glued to the year,
 * as pages copied as text give it: "26 August 202015:20") is a dateline, a document number is a reference, a
 * short address ending with a comma is a salutation, and everything else is body.
 */
public final class ParagraphClassifier {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    private static final String TIME = "(?:(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]|\\d{1,2}:)\\d{2}(?:\\s*(?:[ap]\\.m\\.|[AaPp][Mm]))?"
            + "(?:\\s*\\(?[A-Z]{2,5}\\)?)?)?";
    private static final Pattern DATELINE = Pattern.compile(WEEKDAY + "(?:"
            + "\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}"
            + ")" + TIME);
    /** A document number: digit groups joined by hyphens or slashes, optionally after "No." or "#". */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:(?:No\\.?|Nr\\.?|Ref\\.?|#)\\s*)?\\d+(?:[-/]\\p{Alnum}+)+");
    private static final Pattern SALUTATION = Pattern.compile("\\p{Lu}[^.!?;:]*(?:\\.[^.!?;:]+)*,");
    private static final int SALUTATION_MAX_WORDS = 6;
    /** Language tags with an optional count ("en-GB1") among bullets; at least one tag has its region. */
    private static final Pattern LANGUAGE_SWITCHER = Pattern.compile(
            "[•·|\\s]*(?:[a-z]{2,3}(?:-[A-Z]{2})?\\d*[•·|\\s]+)*[a-z]{2,3}-[A-Z]{2}\\d*(?:[•·|\\s]+[a-z]{2,3}(?:-[A-Z]{2})?\\d*)*[•·|\\s]*");
    /** A page's section heading in capitals: a list joined by commas, or one to three words. */
    private static final Pattern PAGE_HEADING = Pattern.compile(
            "[\\p{Lu}&][\\p{Lu}&'’-]*(?:(?:,\\s*|\\s+)[\\p{Lu}&][\\p{Lu}&'’-]*)*");
    private static final int PAGE_HEADING_MAX_WORDS = 3;
    private static final Pattern[] BOILERPLATE = {
        Pattern.compile("[\\p{P}\\p{S}\\s]+"),
        Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}&'’-]+"),
        Pattern.compile(".*\\|.*"),
        Pattern.compile("(?:https?://|www\\.)\\S+"),
        Pattern.compile("(?i)(?:©|\\(c\\)|copyright\\b|all rights reserved\\b).*"),
    };

    /**
     * The kind of each paragraph that comes from elsewhere than a text file (an HTML page's or a Word document's, one
     * line each), found the same way as a text transcript's.
     */
    public List<ParagraphKind> classifyOneLineEach(List<String> paragraphs) {
        return classify(paragraphs.stream().map(List::of).toList());
    }

    List<ParagraphKind> classify(List<List<String>> paragraphs) {
        List<ParagraphKind> kinds = new ArrayList<>(paragraphs.size());
        int title = 0;
        for (; title < paragraphs.size() - 1; title++) {
            Optional<ParagraphKind> head = pageHead(String.join(" ", paragraphs.get(title)));
            if (head.isEmpty()) {
                break;
            }
            kinds.add(head.get());
        }
        int boilerplateStart = paragraphs.size();
        while (boilerplateStart > title + 1 && isBoilerplate(paragraphs.get(boilerplateStart - 1))) {
            boilerplateStart--;
        }
        for (int i = title; i < paragraphs.size(); i++) {
            if (i == title) {
                kinds.add(ParagraphKind.TITLE);
            } else if (i >= boilerplateStart) {
                kinds.add(ParagraphKind.BOILERPLATE);
            } else {
                kinds.add(kindOf(String.join(" ", paragraphs.get(i))));
            }
        }
        return Collections.unmodifiableList(kinds);
    }

    /** The kind of a paragraph of the page's head before the title; empty when it is the title. */
    private static Optional<ParagraphKind> pageHead(String text) {
        if (LANGUAGE_SWITCHER.matcher(text).matches() || PAGE_HEADING.matcher(text).matches()
                && (text.contains(",") || text.split("\\s+").length <= PAGE_HEADING_MAX_WORDS)) {
            return Optional.of(ParagraphKind.BOILERPLATE);
        }
        ParagraphKind kind = kindOf(text);
        return kind == ParagraphKind.DATELINE || kind == ParagraphKind.REFERENCE ? Optional.of(kind) : Optional.empty();
    }

    private static ParagraphKind kindOf(String text) {
        if (LANGUAGE_SWITCHER.matcher(text).matches()) {
            return ParagraphKind.BOILERPLATE;
        }
        if (DATELINE.matcher(text).matches()) {
            return ParagraphKind.DATELINE;
        }
        if (REFERENCE.matcher(text).matches()) {
            return ParagraphKind.REFERENCE;
        }
        if (text.endsWith(",") && text.split("\\s+").length <= SALUTATION_MAX_WORDS
                && SALUTATION.matcher(text).matches()) {
            return ParagraphKind.SALUTATION;
        }
        return ParagraphKind.BODY;
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

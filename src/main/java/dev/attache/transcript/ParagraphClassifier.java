package dev.attache.transcript;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives each paragraph its kind by its shape alone. The first paragraph is the title. The trailing run of
 * paragraphs whose every line looks like a web page's footer (a lone "|", a single word in capitals, a line with a
 * "|" in it (a navigation bar), punctuation only, a bare address, a copyright line) is boilerplate. Among the
 * rest, a date with an optional time is a dateline, a document number is a reference, a short address ending
 * with a comma is a salutation, and everything else is body.
 */
final class ParagraphClassifier {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    private static final String TIME = "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:[ap]\\.m\\.|[AaPp][Mm]))?"
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
    private static final Pattern[] BOILERPLATE = {
        Pattern.compile("[\\p{P}\\p{S}\\s]+"),
        Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}&'’-]+"),
        Pattern.compile(".*\\|.*"),
        Pattern.compile("(?:https?://|www\\.)\\S+"),
        Pattern.compile("(?i)(?:©|\\(c\\)|copyright\\b|all rights reserved\\b).*"),
    };

    List<ParagraphKind> classify(List<List<String>> paragraphs) {
        int boilerplateStart = paragraphs.size();
        while (boilerplateStart > 1 && isBoilerplate(paragraphs.get(boilerplateStart - 1))) {
            boilerplateStart--;
        }
        List<ParagraphKind> kinds = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == 0) {
                kinds.add(ParagraphKind.TITLE);
            } else if (i >= boilerplateStart) {
                kinds.add(ParagraphKind.BOILERPLATE);
            } else {
                kinds.add(kindOf(String.join(" ", paragraphs.get(i))));
            }
        }
        return Collections.unmodifiableList(kinds);
    }

    private static ParagraphKind kindOf(String text) {
        if (DATELINE.matcher(text).matches()) {
            return ParagraphKind.DATELINE;
        }
        if (REFERENCE.matcher(text).matches()) {
            return ParagraphKind.REFERENCE;
        }
        if (SALUTATION.matcher(text).matches() && text.split("\\s+").length <= SALUTATION_MAX_WORDS) {
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

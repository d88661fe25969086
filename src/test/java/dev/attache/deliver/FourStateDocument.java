package dev.attache.deliver;

import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small en-ru document with segments in all four states, three kinds and a non-translatable
 * reference, with its word counts made by hand (GMX-V: a hyphenated word such as 30-летие (30th
 * anniversary) and a number such as 2022 are one word each):
 *
 * <pre>
 * p1 title       s1 final         "Foreign Minister Sergey Lavrov's opening remarks"                 6 →  7
 * p2 reference   (translate="no") "359-27-02-2023"                                                   not counted
 * p3 body        s1 translated    "In 2022, we marked the 30th anniversary of diplomatic relations." 10 → 8
 *                s2 needs-review  "Practical cooperation continues to develop effectively and actively." 8 → 6
 *                s3 new           "Many of our and your partners show interest in these projects."  11 → 0
 * p4 salutation  s1 new           "Mr Aliyev,"                                                        2 → 0
 * </pre>
 *
 * Total: 5 segments, 6 + 10 + 8 + 11 + 2 = 37 source words, 7 + 8 + 6 = 21 target words.
 */
public final class FourStateDocument {
    public static final Locale RU = Locale.forLanguageTag("ru");

    public static final WordTally TOTAL = new WordTally(5, 37, 21);
    public static final WordTally NEW = new WordTally(2, 13, 0);
    public static final WordTally TRANSLATED = new WordTally(1, 10, 8);
    public static final WordTally NEEDS_REVIEW = new WordTally(1, 8, 6);
    public static final WordTally FINAL = new WordTally(1, 6, 7);
    public static final WordTally TITLE = new WordTally(1, 6, 7);
    public static final WordTally BODY = new WordTally(3, 29, 14);
    public static final WordTally SALUTATION = new WordTally(1, 2, 0);

    private FourStateDocument() {}

    public static TranslationDocument document() {
        return new TranslationDocument(
                "four-states.en.txt",
                Locale.ENGLISH,
                RU,
                List.of(
                        unit(
                                "p1",
                                "title",
                                true,
                                seg(
                                        "p1",
                                        1,
                                        "Foreign Minister Sergey Lavrov's opening remarks",
                                        "Вступительное слово министра иностранных дел Сергея Лаврова",
                                        State.FINAL)),
                        unit(
                                "p2",
                                "reference",
                                false,
                                seg("p2", 1, "359-27-02-2023", "", State.NEW)),
                        unit(
                                "p3",
                                "body",
                                true,
                                seg(
                                        "p3",
                                        1,
                                        "In 2022, we marked the 30th anniversary of diplomatic relations.",
                                        "В 2022 году мы отметили 30-летие дипломатических отношений.",
                                        State.TRANSLATED),
                                seg(
                                        "p3",
                                        2,
                                        "Practical cooperation continues to develop effectively and actively.",
                                        "Практическое сотрудничество развивается эффективно и активно.",
                                        State.NEEDS_REVIEW),
                                seg(
                                        "p3",
                                        3,
                                        "Many of our and your partners show interest in these projects.",
                                        "",
                                        State.NEW)),
                        unit("p4", "salutation", true, seg("p4", 1, "Mr Aliyev,", "", State.NEW))));
    }

    private static Unit unit(
            String id, String kind, boolean translatable, SegmentPair... segments) {
        List<String> separators = new ArrayList<>();
        for (int i = 1; i < segments.length; i++) {
            separators.add(" ");
        }
        return new Unit(id, kind, translatable, List.of(segments), separators, List.of());
    }

    private static SegmentPair seg(
            String unit, int number, String source, String target, State state) {
        return new SegmentPair(new SegmentId(unit, number), source, target, state, List.of());
    }
}

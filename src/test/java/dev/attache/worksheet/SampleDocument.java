package dev.attache.worksheet;

import dev.attache.glossary.Concept;
import dev.attache.glossary.Glossary;
import dev.attache.glossary.Term;
import dev.attache.glossary.TermStatus;
import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TermHit;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small document and glossary from the Lavrov–Aliyev remarks, built in code for the worksheet
 * tests.
 */
final class SampleDocument {
    static final Locale RU = Locale.forLanguageTag("ru");

    private SampleDocument() {}

    static Glossary glossary() {
        return new Glossary(
                List.of(
                        concept(
                                "allied-interaction",
                                "allied interaction",
                                new Term("союзническое взаимодействие", TermStatus.PREFERRED),
                                new Term(
                                        "союзное взаимодействие",
                                        TermStatus.DEPRECATED,
                                        "noun",
                                        "not the Declaration's wording")),
                        concept(
                                "foreign-minister",
                                "Foreign Minister",
                                new Term("министр иностранных дел", TermStatus.PREFERRED),
                                new Term("глава МИД", TermStatus.ADMITTED, "noun", "informal")),
                        concept(
                                "azerbaijan",
                                "Republic of Azerbaijan",
                                new Term("Азербайджанская Республика", TermStatus.PREFERRED),
                                new Term("Республика Азербайджан", TermStatus.DEPRECATED)),
                        concept(
                                "president-rf",
                                "President of the Russian Federation",
                                new Term("Президент Российской Федерации", TermStatus.PREFERRED)),
                        concept("declaration", "Declaration on Allied Interaction"),
                        concept(
                                "strategic-partnership",
                                "strategic partnership",
                                new Term("стратегическое партнёрство", TermStatus.PREFERRED))));
    }

    static TranslationDocument document() {
        return new TranslationDocument(
                "lavrov-aliyev-2023-02-27.en.txt",
                Locale.ENGLISH,
                RU,
                List.of(
                        unit(
                                "p1",
                                "title",
                                true,
                                List.of(
                                        seg(
                                                "p1",
                                                1,
                                                "Foreign Minister Sergey Lavrov's opening remarks at a meeting with President of the "
                                                        + "Republic of Azerbaijan Ilham Aliyev, Baku, February 27, 2023",
                                                "",
                                                State.NEW,
                                                "foreign-minister:Foreign Minister",
                                                "azerbaijan:Republic of Azerbaijan"))),
                        unit(
                                "p2",
                                "dateline",
                                false,
                                List.of(seg("p2", 1, "27 February 2023 20:59", "", State.NEW))),
                        unit(
                                "p3",
                                "salutation",
                                true,
                                List.of(
                                        seg(
                                                "p3",
                                                1,
                                                "Mr Aliyev,",
                                                "Господин Алиев,",
                                                State.FINAL))),
                        unit(
                                "p4",
                                "body",
                                true,
                                List.of(
                                        seg(
                                                "p4",
                                                1,
                                                "First of all, I would like to convey the warmest greetings and friendly wishes "
                                                        + "from President of the Russian Federation Vladimir Putin.",
                                                "Прежде всего хотел бы передать самые тёплые приветствия и дружеские пожелания от "
                                                        + "Президента Российской Федерации Владимира Путина.",
                                                State.TRANSLATED,
                                                "president-rf:President of the Russian Federation"),
                                        seg(
                                                "p4",
                                                2,
                                                "He personally devotes close attention to developing our allied interaction.",
                                                "",
                                                State.NEW,
                                                "allied-interaction:allied interaction"))),
                        unit(
                                "p5",
                                "body",
                                true,
                                List.of(
                                        seg(
                                                "p5",
                                                1,
                                                "-30% on tariffs, said the minister.",
                                                "=1+1 не формула",
                                                State.NEEDS_REVIEW),
                                        seg(
                                                "p5",
                                                2,
                                                "@everyone: +7 495 244-16-06.",
                                                "",
                                                State.NEW))),
                        unit(
                                "p6",
                                "reference",
                                true,
                                List.of(
                                        seg(
                                                "p6",
                                                1,
                                                "Declaration on Allied Interaction\nbetween the Russian Federation and the Republic of Azerbaijan",
                                                "",
                                                State.NEW,
                                                "declaration:Declaration on Allied Interaction",
                                                "allied-interaction:Allied Interaction",
                                                "azerbaijan:Republic of Azerbaijan")))));
    }

    /**
     * Four rows of which three name allied interaction, so that they share one missing-term rule
     * (on {@code D2 D4:D5}): p1.s1 renders the term, p1.s2 has no term, p2.s1 is translated without
     * the term, p2.s2 is empty.
     */
    static TranslationDocument rowsSharingARule() {
        return new TranslationDocument(
                "allied.en.txt",
                Locale.ENGLISH,
                RU,
                List.of(
                        unit(
                                "p1",
                                "body",
                                true,
                                List.of(
                                        seg(
                                                "p1",
                                                1,
                                                "He devotes close attention to our allied interaction.",
                                                "Он уделяет пристальное внимание нашему союзническому взаимодействию.",
                                                State.TRANSLATED,
                                                "allied-interaction:allied interaction"),
                                        seg(
                                                "p1",
                                                2,
                                                "Baku, February 27, 2023.",
                                                "Баку, 27 февраля 2023 года.",
                                                State.TRANSLATED))),
                        unit(
                                "p2",
                                "body",
                                true,
                                List.of(
                                        seg(
                                                "p2",
                                                1,
                                                "Our allied interaction keeps growing.",
                                                "Наше сотрудничество продолжает расти.",
                                                State.TRANSLATED,
                                                "allied-interaction:allied interaction"),
                                        seg(
                                                "p2",
                                                2,
                                                "The allied interaction of our countries.",
                                                "",
                                                State.NEW,
                                                "allied-interaction:allied interaction")))));
    }

    /** The rows a reader finds in the sample's untouched worksheet. */
    static List<WorksheetRow> expectedRows() {
        List<WorksheetRow> rows = new ArrayList<>();
        List<SegmentPair> segments = document().translatableSegments().toList();
        for (int i = 0; i < segments.size(); i++) {
            SegmentPair s = segments.get(i);
            rows.add(
                    new WorksheetRow(
                            i + 2,
                            s.id().toString(),
                            s.source(),
                            new TargetCell.Text(s.target()),
                            WorksheetStatus.of(s.state()).label(),
                            ""));
        }
        return rows;
    }

    /** The source hashes of the sample's manifest, in row order. */
    static Map<String, String> expectedSourceHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        document()
                .translatableSegments()
                .forEach(s -> hashes.put(s.id().toString(), Manifest.sourceHash(s.source())));
        return hashes;
    }

    static Map<String, String> expectedTranslationHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        document()
                .translatableSegments()
                .forEach(
                        s ->
                                hashes.put(
                                        s.id().toString(),
                                        Manifest.translationHash(s.target(), s.state())));
        return hashes;
    }

    private static Concept concept(String id, String english, Term... russian) {
        return new Concept(
                id,
                "diplomacy",
                "",
                "",
                Map.of(
                        "en",
                        List.of(new Term(english, TermStatus.PREFERRED)),
                        "ru",
                        List.of(russian)));
    }

    private static Unit unit(
            String id, String kind, boolean translatable, List<SegmentPair> segments) {
        List<String> separators = new ArrayList<>();
        for (int i = 1; i < segments.size(); i++) {
            separators.add(" ");
        }
        return new Unit(id, kind, translatable, segments, separators, List.of());
    }

    /**
     * A segment; each hit is {@code concept:text}, found at the text's first occurrence in the
     * source.
     */
    static SegmentPair seg(
            String unit, int n, String source, String target, State state, String... hits) {
        List<TermHit> termHits = new ArrayList<>();
        for (String hit : hits) {
            String concept = hit.substring(0, hit.indexOf(':'));
            String text = hit.substring(hit.indexOf(':') + 1);
            int start = source.indexOf(text);
            termHits.add(new TermHit(concept, start, start + text.length(), text));
        }
        return new SegmentPair(new SegmentId(unit, n), source, target, state, termHits);
    }
}

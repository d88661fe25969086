package dev.attache.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A TMX file of N en→ru units as a ministry's memory repeats its phrasing: unit {@code i} is
 * "{subject} {verb} {object} on {day} March, item {i}." (6 × 6 × 6 phrasings, 28 days, the item
 * number making each unit its own), with its Russian. Sentence {@code i} for any {@code i} is
 * {@link #sentence}: below N one the memory holds, above it one it does not (a fuzzy match of the
 * same phrasing and day).
 */
final class FormulaicTmx {
    private static final List<String> SUBJECTS =
            List.of(
                    "The Ministry",
                    "The delegation",
                    "The President",
                    "The Foreign Minister",
                    "The working group",
                    "The joint commission");
    private static final List<String> VERBS =
            List.of("welcomed", "discussed", "reviewed", "noted", "supported", "confirmed");
    private static final List<String> OBJECTS =
            List.of(
                    "the progress of bilateral cooperation",
                    "the agenda of the next meeting",
                    "the results of the consultations",
                    "the draft agreement on trade",
                    "the humanitarian projects in the region",
                    "the schedule of mutual visits");
    private static final List<String> RU_SUBJECTS =
            List.of(
                    "Министерство",
                    "Делегация",
                    "Президент",
                    "Министр иностранных дел",
                    "Рабочая группа",
                    "Совместная комиссия");
    private static final List<String> RU_VERBS =
            List.of(
                    "приветствовал(а)",
                    "обсудил(а)",
                    "рассмотрел(а)",
                    "отметил(а)",
                    "поддержал(а)",
                    "подтвердил(а)");
    private static final List<String> RU_OBJECTS =
            List.of(
                    "ход двустороннего сотрудничества",
                    "повестку следующей встречи",
                    "итоги консультаций",
                    "проект соглашения о торговле",
                    "гуманитарные проекты в регионе",
                    "график взаимных визитов");

    private FormulaicTmx() {}

    static String sentence(long i) {
        return SUBJECTS.get((int) (i % 6))
                + " "
                + VERBS.get((int) (i / 6 % 6))
                + " "
                + OBJECTS.get((int) (i / 36 % 6))
                + " on "
                + (i % 28 + 1)
                + " March, item "
                + i
                + ".";
    }

    private static String translation(long i) {
        return RU_SUBJECTS.get((int) (i % 6))
                + " "
                + RU_VERBS.get((int) (i / 6 % 6))
                + " "
                + RU_OBJECTS.get((int) (i / 36 % 6))
                + " "
                + (i % 28 + 1)
                + " марта, пункт "
                + i
                + ".";
    }

    static void write(long units, Path tmx) throws IOException {
        Files.createDirectories(tmx.toAbsolutePath().getParent());
        try (Writer out =
                new BufferedWriter(Files.newBufferedWriter(tmx, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header"
                            + " creationtool=\"bench\" creationtoolversion=\"1\" segtype=\"sentence\""
                            + " o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>"
                            + "<body>\n");
            for (long i = 0; i < units; i++) {
                out.write("<tu tuid=\"" + i + "\"><tuv xml:lang=\"en\"><seg>");
                out.write(sentence(i));
                out.write("</seg></tuv><tuv xml:lang=\"ru\"><seg>");
                out.write(translation(i));
                out.write("</seg></tuv></tu>\n");
            }
            out.write("</body></tmx>\n");
        }
    }
}

package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameCandidatesTest {
    private static final Path SHIPPED = Path.of("glossary/diplomatic-terms.tbx");
    private static final Glossary GLOSSARY = TermMatcherFieldTest.read(SHIPPED);

    @Test
    void listsTheNamesAndAbbreviationsTheGlossaryLacksWithCountsAndContext() {
        NameCandidates names = new NameCandidates(GLOSSARY);
        names.add("a.txt", "Foreign Minister Elmar Mammadyarov met Yury Ushakov at the Antalya Diplomacy Forum.");
        names.add("a.txt", "The Committee of Ministers of the Council of Europe met; TASS reported it.");
        names.add("b.txt", "Mr Ushakov said that Yury Ushakov, not Elmar Mammadyarov, spoke to TASS.");

        assertThat(names.candidates()).extracting(c -> c.count() + " " + c.kind() + " " + c.text()).containsExactly(
                "2 name Elmar Mammadyarov", "2 name Yury Ushakov", "2 abbreviation TASS",
                "1 name Antalya Diplomacy Forum", "1 name Committee of Ministers of the Council of Europe");
        NameCandidates.Candidate first = names.candidates().get(0);
        assertThat(first.source()).isEqualTo("a.txt");
        assertThat(first.context()).contains("Foreign Minister Elmar Mammadyarov met");
    }

    @Test
    void leavesOutWhatTheGlossaryHoldsSentenceOpeningsAndSingleWords() {
        NameCandidates names = new NameCandidates(GLOSSARY);
        names.add("a.txt", "President of the Republic of Azerbaijan Ilham Aliyev received Sergey Lavrov in Baku.");
        names.add("a.txt", "Certainly, the CIS and the OSCE Minsk Group matter. Today Moscow agreed.");

        assertThat(names.candidates()).isEmpty();
    }

    @Test
    void writesSkeletonTbxEntriesForTheCandidates() throws IOException {
        NameCandidates names = new NameCandidates(GLOSSARY);
        names.add("page.txt", "Yury Ushakov spoke to TASS.");
        ByteArrayOutputStream tbx = new ByteArrayOutputStream();

        new TbxWriter().write(names.skeleton(), tbx);

        Glossary read = new TbxReader().read(Path.of("skeleton.tbx"), tbx.toByteArray()).glossary();
        assertThat(read.concepts()).extracting(Concept::id).containsExactly("c-yury-ushakov", "c-tass");
        assertThat(read.concepts().get(0).terms("en")).extracting(Term::text).containsExactly("Yury Ushakov");
        assertThat(read.concepts().get(0).source()).contains("page.txt", "Yury Ushakov spoke to TASS.");
    }

    @Test
    void findsNamesOnARealPage() throws IOException {
        Path page = CorpusHints.CORPUS.resolve("mid.ru/lavrov-mammadyarov-moscow-2017.txt");
        NameCandidates names = new NameCandidates(GLOSSARY);
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            names.add(page.getFileName().toString(), line);
        }

        List<String> texts = names.candidates().stream().map(NameCandidates.Candidate::text).toList();
        assertThat(texts).contains("Elmar Mammadyarov");
        assertThat(texts).doesNotContain("Sergey Lavrov", "Azerbaijan", "Foreign Minister");
    }
}

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
        names.add("a.txt", "Antony Blinken met Josep Borrell at the Raisina Dialogue.");
        names.add("a.txt", "The Board of Governors of the Atomic Agency met; IAEA reported it.");
        names.add(
                "b.txt", "Mr Borrell said that Josep Borrell, not Antony Blinken, spoke to IAEA.");

        assertThat(names.candidates())
                .extracting(c -> c.count() + " " + c.kind() + " " + c.text())
                .containsExactly(
                        "2 name Antony Blinken",
                        "2 name Josep Borrell",
                        "2 abbreviation IAEA",
                        "1 name Raisina Dialogue",
                        "1 name Board of Governors of the Atomic Agency");
        NameCandidates.Candidate first = names.candidates().get(0);
        assertThat(first.source()).isEqualTo("a.txt");
        assertThat(first.context()).contains("Antony Blinken met Josep Borrell");
    }

    @Test
    void leavesOutWhatTheGlossaryHoldsSentenceOpeningsAndSingleWords() {
        NameCandidates names = new NameCandidates(GLOSSARY);
        names.add(
                "a.txt",
                "President of the Republic of Azerbaijan Ilham Aliyev received Sergey Lavrov in Baku.");
        names.add(
                "a.txt",
                "Certainly, the CIS and the OSCE Minsk Group matter. Today Moscow agreed.");

        assertThat(names.candidates()).isEmpty();
    }

    @Test
    void writesSkeletonTbxEntriesForTheCandidates() throws IOException {
        NameCandidates names = new NameCandidates(GLOSSARY);
        names.add("page.txt", "Josep Borrell spoke to IAEA.");
        ByteArrayOutputStream tbx = new ByteArrayOutputStream();

        new TbxWriter().write(names.skeleton(), tbx);

        Glossary read = new TbxReader().read(Path.of("skeleton.tbx"), tbx.toByteArray()).glossary();
        assertThat(read.concepts())
                .extracting(Concept::id)
                .containsExactly("c-josep-borrell", "c-iaea");
        assertThat(read.concepts().get(0).terms("en"))
                .extracting(Term::text)
                .containsExactly("Josep Borrell");
        assertThat(read.concepts().get(0).source())
                .contains("page.txt", "Josep Borrell spoke to IAEA.");
    }

    @Test
    void findsNamesOnARealPage() throws IOException {
        Path page = CorpusHints.CORPUS.resolve("mid.ru/lavrov-mammadyarov-moscow-2017.txt");
        NameCandidates names = new NameCandidates(GLOSSARY);
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            names.add(page.getFileName().toString(), line);
        }

        List<String> texts =
                names.candidates().stream().map(NameCandidates.Candidate::text).toList();
        // the termbase holds the page's ministers (Elmar Mammadyarov among them since it grew):
        // none is listed
        assertThat(texts)
                .doesNotContain(
                        "Elmar Mammadyarov", "Sergey Lavrov", "Azerbaijan", "Foreign Minister");
    }
}

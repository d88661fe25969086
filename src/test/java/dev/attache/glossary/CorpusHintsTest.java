package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hint precision and recall of the shipped glossary on the real-page corpus (see {@link
 * CorpusHints}), printed, with floors at what the matcher and the 594-concept termbase reach on the
 * gold of the recall pass of issue 23 with the house style for "Mr" and a surname (59 pages, 1095
 * gold hints: precision 0.994, 1.000 where the gold lists the span, recall 0.958; with 551 concepts
 * on the 1098 gold hints before: 0.985, 0.988, 0.894; with 542 concepts on 1107 gold hints: 0.982,
 * 0.983, 0.865; on the 590 gold hints before the review: 0.405, 0.898, 0.656; with the 193-concept
 * termbase: 0.242, 1.000, 0.258); and the same with each verb finder, for the trade-off between
 * them. No verb of the pages and no generic word may get a hint of a noun or an institution.
 */
class CorpusHintsTest {
    private static final Path SHIPPED = Path.of("glossary/diplomatic-terms.tbx");

    /**
     * A hint on the verbs the real pages have ("to talk", "talked", "visited"), as {@link
     * CorpusHints} lists it.
     */
    private static final Pattern VERB_HINT =
            Pattern.compile(": (talk|talked|talking|visited|visiting) → ");

    @Test
    void hintsAgreeWithTheGoldTermsOfTheRealPages() throws IOException {
        Glossary glossary = new TbxReader().read(SHIPPED, Files.readAllBytes(SHIPPED)).glossary();
        List<CorpusHints.Page> pages = CorpusHints.pages();
        CorpusHints hints = new CorpusHints(glossary);

        CorpusHints.Score cues = hints.score(pages, new TermMatcher(glossary, "en"));
        CorpusHints.Score openNlp =
                hints.score(pages, new TermMatcher(glossary, "en", new OpenNlpVerbs()));
        CorpusHints.Score none =
                hints.score(pages, new TermMatcher(glossary, "en", VerbFinder.NONE));

        System.out.println("Real-page corpus, " + pages.size() + " pages, hints into Russian:");
        System.out.println("  lexical rule (VerbCues, the default): " + cues.figures());
        System.out.println("  OpenNLP POS model:                    " + openNlp.figures());
        System.out.println("  no verb finder:                       " + none.figures());
        cues.wrong().forEach(w -> System.out.println("  wrong:  " + w));
        cues.missed().forEach(m -> System.out.println("  missed: " + m));
        cues.onVerbs().forEach(v -> System.out.println("  on a verb (OpenNLP): " + v));
        cues.all().stream()
                .filter(h -> !openNlp.all().contains(h))
                .forEach(h -> System.out.println("  only with the lexical rule: " + h));
        openNlp.all().stream()
                .filter(h -> !cues.all().contains(h))
                .forEach(h -> System.out.println("  only with OpenNLP: " + h));
        assertThat(cues.institutionOnGeneric())
                .as("an institution's rendering on a generic word")
                .isEmpty();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(59);
        assertThat(cues.precision()).isGreaterThanOrEqualTo(0.993);
        assertThat(cues.judgedPrecision()).isGreaterThanOrEqualTo(0.999);
        assertThat(cues.recall()).isGreaterThanOrEqualTo(0.955);
        assertThat(cues.all())
                .as("verbs the corpus has as hints")
                .noneMatch(VERB_HINT.asPredicate());
    }
}

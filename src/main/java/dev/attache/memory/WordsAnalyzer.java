package dev.attache.memory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts a source into the words the index holds: {@link FuzzyScore}'s words in lower case (Lucene's
 * {@code LowerCaseFilter}, code point by code point, as {@link FuzzyScore#lowerCase}), tags left
 * out, so that a field's length is the source's word count.
 */
final class WordsAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer tokens = new PatternTokenizer(FuzzyScore.WORD_OR_TAG, 0);
        return new TokenStreamComponents(tokens, new WordsOnly(new LowerCaseFilter(tokens)));
    }

    private static final class WordsOnly extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        WordsOnly(org.apache.lucene.analysis.TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            return term.length() == 0 || term.charAt(0) != '{';
        }
    }
}

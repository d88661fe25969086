package dev.attache.glossary;

import static java.util.Objects.requireNonNull;

import dev.attache.Severity;

/**
 * A problem found in a glossary: in its file structure or in its content. Each names its place
 * ({@code c-allied-interaction/ru}, or a line of the file) and reads as a sentence.
 */
public sealed interface GlossaryFinding {
    String place();

    String message();

    Severity severity();

    /**
     * The whole finding on one line, as every problem and finding is printed: {@code severity:
     * file:place: message}.
     */
    default String line(String file) {
        return severity().word() + ": " + file + ":" + place() + ": " + message();
    }

    /** The file breaks the format's structure in a way the reader could step over. */
    record StructureProblem(String place, String detail, Severity severity)
            implements GlossaryFinding {
        public StructureProblem {
            requireNonNull(place, "place");
            requireNonNull(detail, "detail");
            requireNonNull(severity, "severity");
        }

        @Override
        public String message() {
            return detail;
        }
    }

    /** A concept has no term at all in one of the languages every concept needs. */
    record MissingLanguage(String conceptId, String lang) implements GlossaryFinding {
        public MissingLanguage {
            requireNonNull(conceptId, "conceptId");
            requireNonNull(lang, "lang");
        }

        @Override
        public String place() {
            return conceptId;
        }

        @Override
        public String message() {
            return "the concept has no " + lang + " term";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }
    }

    /** A language of a concept has terms but none of them is preferred. */
    record NoPreferredTerm(String conceptId, String lang) implements GlossaryFinding {
        public NoPreferredTerm {
            requireNonNull(conceptId, "conceptId");
            requireNonNull(lang, "lang");
        }

        @Override
        public String place() {
            return conceptId + "/" + lang;
        }

        @Override
        public String message() {
            return "no " + lang + " term is preferred";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }
    }

    /** The same term (ignoring case) is listed twice in one language of one concept. */
    record RepeatedTerm(String conceptId, String lang, String term, boolean statusesDiffer)
            implements GlossaryFinding {
        public RepeatedTerm {
            requireNonNull(conceptId, "conceptId");
            requireNonNull(lang, "lang");
            requireNonNull(term, "term");
        }

        @Override
        public String place() {
            return conceptId + "/" + lang;
        }

        @Override
        public String message() {
            return "'"
                    + term
                    + "' is listed twice"
                    + (statusesDiffer ? ", with different statuses" : "");
        }

        @Override
        public Severity severity() {
            return statusesDiffer ? Severity.ERROR : Severity.WARNING;
        }
    }

    /**
     * The same term (ignoring case) belongs to two concepts. It is an error when either claims it
     * as a usable term, since a matcher could not tell which concept a hit is; two deprecated
     * listings only warn.
     */
    record SharedTerm(
            String conceptId, String lang, String term, String otherConceptId, boolean usable)
            implements GlossaryFinding {
        public SharedTerm {
            requireNonNull(conceptId, "conceptId");
            requireNonNull(lang, "lang");
            requireNonNull(term, "term");
            requireNonNull(otherConceptId, "otherConceptId");
        }

        @Override
        public String place() {
            return conceptId + "/" + lang;
        }

        @Override
        public String message() {
            return "'" + term + "' is also a term of concept " + otherConceptId;
        }

        @Override
        public Severity severity() {
            return usable ? Severity.ERROR : Severity.WARNING;
        }
    }

    /** A part of speech outside the TBX-Basic picklist (noun, verb, adjective, adverb, other). */
    record UnknownPartOfSpeech(String conceptId, String lang, String term, String partOfSpeech)
            implements GlossaryFinding {
        public UnknownPartOfSpeech {
            requireNonNull(conceptId, "conceptId");
            requireNonNull(lang, "lang");
            requireNonNull(term, "term");
            requireNonNull(partOfSpeech, "partOfSpeech");
        }

        @Override
        public String place() {
            return conceptId + "/" + lang;
        }

        @Override
        public String message() {
            return "'"
                    + term
                    + "' has part of speech '"
                    + partOfSpeech
                    + "', which TBX-Basic does not allow (noun, verb, adjective, adverb, other)";
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }
    }
}

/**
 * Spelling of Russian targets through LanguageTool's Russian speller (language-ru), with the
 * glossary's renderings and their inflections as known words; loaded only when asked for (qa
 * --spelling).
 */
package dev.attache.qa.spelling;

/**
 * The termbase: concepts, terms and their status, TBX-Basic and CSV readers and writers,
 * validation, per-language stemming and TermMatcher; and the two document steps that use it:
 * TermAnnotator (term hits and the glossary note of each unit) and SpeakerRenderer (speaker labels
 * in the target language).
 */
package dev.attache.glossary;

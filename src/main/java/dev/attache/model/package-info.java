/**
 * The translation document and its parts: TranslationDocument, Unit (a paragraph), SegmentPair (a
 * sentence and its translation), SegmentId, State, Note, Speaker, TermHit, TmMatch, InlineTokens,
 * Origin and SourceFormat, TargetOrigin, WorksheetImport, TermRenderings. Records that check
 * themselves; no file formats and no other package of ours.
 */
package dev.attache.model;

/**
 * From a transcript to a translation document: sentence segmentation by SRX rules (Okapi),
 * DocumentBuilder (one unit per paragraph, one segment pair per sentence), and TranslationCarrier,
 * which carries an earlier XLIFF's translations into a re-segmented document.
 */
package dev.attache.segment;

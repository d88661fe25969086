/**
 * Reading HTML pages and Word documents through Okapi's filters (beside {@code transcript}, which
 * reads plain text): each paragraph the filter extracts becomes a {@link
 * dev.attache.transcript.Paragraph} whose inline codes are {@link dev.attache.model.InlineTokens}.
 * The same filter set-up serves {@code deliver} to write the translation back into the original's
 * format. Okapi's filter types stay inside this package and {@code deliver}.
 */
package dev.attache.transcript.rich;

/**
 * Sentence alignment of a published translation with its English original: the sentences of both
 * documents (as {@code segment} cut them), Okapi's Gale–Church alignment by lengths, and this
 * domain's anchors added to its costs (glossary terms and their renderings, numbers and dates,
 * names, speaker labels, paragraph openings), so that 1:1, 2:1, 1:2, 1:0 and 0:1 pairs come out
 * right; each pair with a confidence, and the pairs as a translation document.
 */
package dev.attache.align;

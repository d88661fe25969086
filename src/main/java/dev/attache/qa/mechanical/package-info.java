/**
 * Okapi CheckMate's checks (okapi-lib-verification) on each pair: empty target, target same as
 * source, doubled word, whitespace and final punctuation.
 */
package dev.attache.qa.mechanical;

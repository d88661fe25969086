/**
 * Numbers and dates in English, Russian and Azerbaijani source and target: digits, words, ordinals,
 * scale words and month names from lexicons kept as data (numbers-en.tsv, numbers-ru.tsv,
 * numbers-az.tsv).
 */
package dev.attache.qa.numbers;

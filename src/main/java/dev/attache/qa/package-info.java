/**
 * QA on targets put together: term QA (missing, too few, deprecated terms), QaCheck (the ids
 * --checks takes), SegmentQa (every chosen check over a document, findings as notes), ExactMatchQa
 * (memory matches checked before they are offered) and glossary coverage. The checks themselves
 * live in the sub-packages.
 */
package dev.attache.qa;

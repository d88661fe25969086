/**
 * Delivery: the translated transcript in its original format (text, and HTML or DOCX through
 * Okapi's filter writers), TMX of the done segments, and GMX-V word counts.
 */
package dev.attache.deliver;

/**
 * A target written in the wrong script for its language (Latin in a Russian target, Cyrillic in an
 * Azerbaijani one).
 */
package dev.attache.qa.script;

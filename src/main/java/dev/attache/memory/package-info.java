/**
 * The project memory behind one interface ({@link dev.attache.memory.TranslationMemory}; a Lucene
 * index in a folder by default, Pensieve folders migrated): adding clean pairs, exact and fuzzy
 * look-up, leverage into a document, TMX import and export.
 */
package dev.attache.memory;

/**
 * The project memory (Okapi Pensieve): adding clean pairs, exact and fuzzy look-up, leverage into a
 * document, TMX import and export.
 */
package dev.attache.memory;

/**
 * One flow per command: each reads its files, runs the stages over one translation document, writes
 * its products and returns a result record. Flows never print; the commands and the output layer
 * do.
 */
package dev.attache.flow;

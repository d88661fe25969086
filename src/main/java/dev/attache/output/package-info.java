/**
 * The output layer: one writer per --json shape, each with its format and version, and the JSON
 * printer they share.
 */
package dev.attache.output;

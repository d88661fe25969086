/**
 * Reconciling worksheet rows with the document: the pure Reconciler (rows, current document and
 * manifest in; edits, issues and counts out), and the issues it can raise.
 */
package dev.attache.reimport;

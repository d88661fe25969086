/**
 * The HTML reports (progress of a project, the verdicts of an import): self-contained pages with a
 * strict Content-Security-Policy.
 */
package dev.attache.report;

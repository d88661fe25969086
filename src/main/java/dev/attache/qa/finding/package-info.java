/**
 * What every QA check reports: QaFinding (check, kind, message, severity, and the span of the
 * target it concerns), Severity and TargetSpan.
 */
package dev.attache.qa.finding;

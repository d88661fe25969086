/**
 * XLIFF 1.2 and 2.1 files (Okapi): readers and writers of the model, version sniffing, and XliffFiles, XliffLock
 * and FileDigest, the one way the flows read, lock and write them. No class outside this package reads or writes
 * XLIFF.
 */
package dev.attache.xliff;

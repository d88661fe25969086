/**
 * XLIFF 1.2 and 2.1 files (Okapi): readers and writers of the model, version sniffing, and
 * XliffFiles (open: the document, version and digest from one read; update: a rewrite under the
 * file's XliffLock), the one way the flows read, lock and write them; FileDigest for the originals.
 * No class outside this package reads or writes XLIFF.
 */
package dev.attache.xliff;

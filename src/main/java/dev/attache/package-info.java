/**
 * Attaché, a translation and glossary workbench for diplomatic transcripts. This root package holds
 * the pieces every package may use: AtomicFile (write to a temporary file, move it into place),
 * OutputFile (an output that is never an input and replaces an existing file only when asked),
 * BadInputException (one line naming the file and the place), XmlProlog, Severity, and DataFile
 * (the tab-separated data files shipped in the jar, read one way). The packages and their arrows
 * are in docs/ARCHITECTURE.md, which ArchitectureTest enforces.
 */
package dev.attache;

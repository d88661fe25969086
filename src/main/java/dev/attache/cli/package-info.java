/**
 * The command line (picocli): one thin command per flow, mixins for shared options, option
 * converters, Console (what goes to stdout and to stderr), exit codes, and Main, the only place
 * that calls System.exit.
 */
package dev.attache.cli;

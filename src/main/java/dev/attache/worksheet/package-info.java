/**
 * The translator's worksheet (.xlsx, Apache POI): the writer (translation sheet with term runs, row
 * heights measured in the shipped Liberation Sans, conditional formats, side sheets, print layout),
 * the streaming reader and the very hidden manifest.
 */
package dev.attache.worksheet;

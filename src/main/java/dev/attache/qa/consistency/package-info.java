/**
 * Consistency across a document: one source translated two ways, and two sources sharing one
 * translation.
 */
package dev.attache.qa.consistency;

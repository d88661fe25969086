/**
 * Reading a plain-text transcript: charset and line endings, paragraphs, and each paragraph's kind
 * (title, dateline, reference, salutation, body, boilerplate) and speaker label, found by their
 * shape.
 */
package dev.attache.transcript;

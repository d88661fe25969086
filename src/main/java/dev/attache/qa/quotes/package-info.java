/** Quotation marks: each opened one closed, and the target language's quote style. */
package dev.attache.qa.quotes;

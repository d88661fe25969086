package dev.attache.glossary;

import java.util.Arrays;

/**
 * The trie of a {@link TermIndex} in arrays: a node is a number (the root is {@value #ROOT}), an
 * edge is a node and a word's number ({@link TermIndex#wordNumber}), kept in one open-addressing
 * hash table for the whole trie, and each node lists the numbers of the terms that end there. A
 * step down the trie is then a few array reads, whatever the glossary's size: with a map of strings
 * per node, the walk of a 10,000-concept glossary spent its time waiting for the nodes, keys and
 * terms scattered over the heap. Built once, then only read.
 */
final class TermTrie {
    static final int ROOT = 0;

    /** What {@link #child} returns when there is no such edge. */
    static final int NO_NODE = -1;

    private static final int[] NO_TERMS = {};

    /** Each edge's node and word number ({@code node << 32 | word}); free where its child is 0. */
    private long[] edgeKeys = new long[64];

    /** Each edge's child, never the root; 0 marks a free slot. */
    private int[] edgeChildren = new int[64];

    private int edges;

    /**
     * Of each node, the word numbers of its edges folded onto 64 bits (bit {@code word % 64}): most
     * words of a text lead nowhere from a node, and this tells so without searching the table.
     */
    private long[] edgeWords = new long[64];

    private int[][] terms = new int[64][];
    private int nodes = 1;

    /**
     * The node reached from {@code node} by the word numbered {@code word}, or {@link #NO_NODE}.
     */
    int child(int node, int word) {
        if ((edgeWords[node] & 1L << (word & 63)) == 0) {
            return NO_NODE;
        }
        long key = edgeKey(node, word);
        int mask = edgeKeys.length - 1;
        for (int slot = slot(key, mask); edgeChildren[slot] != 0; slot = (slot + 1) & mask) {
            if (edgeKeys[slot] == key) {
                return edgeChildren[slot];
            }
        }
        return NO_NODE;
    }

    /** The numbers of the terms that end at {@code node}; not to be changed. */
    int[] terms(int node) {
        int[] here = terms[node];
        return here == null ? NO_TERMS : here;
    }

    /** A new node, reached from none yet. */
    int newNode() {
        if (nodes == terms.length) {
            terms = Arrays.copyOf(terms, nodes * 2);
            edgeWords = Arrays.copyOf(edgeWords, nodes * 2);
        }
        return nodes++;
    }

    /** Makes {@code child} the node reached from {@code node} by the word numbered {@code word}. */
    void addEdge(int node, int word, int child) {
        if (child == ROOT) {
            throw new IllegalArgumentException("no edge leads to the root");
        }
        if ((edges + 1) * 2 > edgeKeys.length) {
            grow();
        }
        put(edgeKey(node, word), child);
        edgeWords[node] |= 1L << (word & 63);
        edges++;
    }

    /** Lists the term numbered {@code term} at {@code node}, unless it is there already. */
    void addTerm(int node, int term) {
        int[] here = terms(node);
        for (int listed : here) {
            if (listed == term) {
                return;
            }
        }
        int[] more = Arrays.copyOf(here, here.length + 1);
        more[here.length] = term;
        terms[node] = more;
    }

    private void put(long key, int child) {
        int mask = edgeKeys.length - 1;
        int slot = slot(key, mask);
        while (edgeChildren[slot] != 0) {
            if (edgeKeys[slot] == key) {
                throw new IllegalStateException("the edge is there already");
            }
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeChildren[slot] = child;
    }

    private void grow() {
        long[] keys = edgeKeys;
        int[] children = edgeChildren;
        edgeKeys = new long[keys.length * 2];
        edgeChildren = new int[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            if (children[i] != 0) {
                put(keys[i], children[i]);
            }
        }
    }

    private static long edgeKey(int node, int word) {
        return (long) node << 32 | (word & 0xFFFF_FFFFL);
    }

    /** Fibonacci hashing: the high bits of the key times the golden ratio. */
    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> 32) & mask;
    }
}

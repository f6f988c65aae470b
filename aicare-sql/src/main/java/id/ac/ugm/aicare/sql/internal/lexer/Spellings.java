package id.ac.ugm.aicare.sql.internal.lexer;

import java.util.Locale;

/**
 * One {@link String} per distinct spelling of a short token in one file, with its upper-case
 * keyword, so that the thousandth {@code (} or {@code CREATE} of a file costs a table look-up rather
 * than two new strings.
 *
 * <p>Why: a file is a few spellings repeated many times. With a string (and its byte array) of its
 * own per token, every token pulled its own three objects through the CPU cache each time a rule
 * scanned the statement, and a large file's tokens outgrew the cache: four times the input took five
 * to ten times as long. Shared spellings keep the scanned data to the tokens themselves, in time and
 * memory proportional to the input. Open addressing on the source's characters, so a spelling already
 * seen allocates nothing; one table per lexer, never shared between threads.
 */
final class Spellings {

    /** Longer tokens are strings, comments and bodies: nearly always unique, not worth a slot. */
    static final int MAX_LENGTH = 64;

    private String[] texts = new String[256];
    private String[] keywords = new String[256];
    private int[] hashes = new int[256];
    private int size;

    /** The slot of {@code source[from, to)}, a word or not, added if new; valid until the next call. */
    int slot(String source, int from, int to, boolean word) {
        int hash = word ? 1 : 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + source.charAt(i);
        }
        int mask = texts.length - 1;
        int slot = mix(hash) & mask;
        while (texts[slot] != null) {
            // A word and a symbol never share a spelling, but keep the kinds apart all the same.
            if (hashes[slot] == hash && texts[slot].length() == to - from
                    && (keywords[slot] != null) == word && source.startsWith(texts[slot], from)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        String text = source.substring(from, to);
        texts[slot] = text;
        hashes[slot] = hash;
        if (word) {
            String upper = text.toUpperCase(Locale.ROOT);
            keywords[slot] = upper.equals(text) ? text : upper;
        }
        if (++size * 2 > texts.length) {
            grow();
            return find(text, hash);
        }
        return slot;
    }

    String text(int slot) {
        return texts[slot];
    }

    /** The upper-case keyword of a word's slot (the text itself when written in upper case); null for others. */
    String keyword(int slot) {
        return keywords[slot];
    }

    private int find(String text, int hash) {
        int mask = texts.length - 1;
        int slot = mix(hash) & mask;
        while (texts[slot] != text) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        String[] oldTexts = texts;
        String[] oldKeywords = keywords;
        int[] oldHashes = hashes;
        texts = new String[oldTexts.length * 2];
        keywords = new String[texts.length];
        hashes = new int[texts.length];
        int mask = texts.length - 1;
        for (int i = 0; i < oldTexts.length; i++) {
            if (oldTexts[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (texts[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                texts[slot] = oldTexts[i];
                keywords[slot] = oldKeywords[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}

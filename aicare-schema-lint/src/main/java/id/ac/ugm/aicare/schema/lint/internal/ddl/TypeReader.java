package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.Token;
import id.ac.ugm.aicare.sql.internal.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a data type written as {@code tokens[from, to)}. */
final class TypeReader {

    private TypeReader() {
    }

    /** The type, or null when the range holds no type name. */
    static SqlType read(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return null;
        }
        List<String> words = new ArrayList<>();
        boolean quoted = false;
        boolean modifiers = false;
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                if (depth == 0 && t.isSymbol("(")) {
                    modifiers = true;
                }
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth > 0) {
                continue;
            } else if (t.isSymbol(".")) {
                // A schema qualifier such as pg_catalog.int4: keep only what follows.
                words.clear();
                quoted = false;
            } else if (t.type() == TokenType.QUOTED_IDENTIFIER) {
                words.add(t.identifier());
                quoted = true;
            } else if (t.type() == TokenType.WORD && !t.is("ARRAY")) {
                words.add(t.text().toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        boolean withTimeZone = removeTimeZone(words, "with");
        removeTimeZone(words, "without");
        return new SqlType(tokens.get(from), String.join(" ", words), modifiers, withTimeZone, quoted);
    }

    private static boolean removeTimeZone(List<String> words, String preposition) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).equals(preposition) && words.get(i + 1).equals("time") && words.get(i + 2).equals("zone")) {
                words.subList(i, i + 3).clear();
                return true;
            }
        }
        return false;
    }
}

package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.nio.charset.StandardCharsets;

/**
 * PostgreSQL keeps names in {@code NAMEDATALEN} (64) bytes, one for the terminator: a longer
 * identifier is cut to 63 bytes with only a NOTICE, so the catalog holds a name that is not the one
 * written, and two long names with the same first 63 bytes are the same object. The lexer does this
 * to every identifier, quoted or not, so every identifier token is checked. (Squawk's rule of the
 * same name.)
 */
public final class IdentifierTooLong implements Rule {

    /** {@code NAMEDATALEN - 1}. */
    static final int MAX_BYTES = 63;

    public static final RuleDefinition DEFINITION = RuleDefinition.of("identifier-too-long", RuleCategory.DATA_LOSS,
            Severity.WARNING,
            "identifier longer than 63 bytes; PostgreSQL silently truncates it, so the catalog holds another name",
            "shorten it to 63 bytes or fewer, so that the name in the catalog is the one the migrations and the code use");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.all()) {
            for (Token token : statement.sql().tokens()) {
                if (!token.isIdentifier()) {
                    continue;
                }
                String name = token.identifier();
                int bytes = name.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > MAX_BYTES) {
                    hits.report(DEFINITION, statement, token, "identifier of " + bytes + " bytes is silently truncated to \""
                            + MessageText.printable(truncated(name), MAX_BYTES) + "\" (63 bytes)");
                }
            }
        }
    }

    /** The name as PostgreSQL stores it: the longest prefix of whole characters within 63 bytes. */
    static String truncated(String name) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }
}

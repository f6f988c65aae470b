package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;

/**
 * A statement of a migration with what it does and where it stands.
 *
 * @param sql         its tokens
 * @param ddl         what it does
 * @param enclosingDo the DO block it was found in, or null for a top-level statement
 * @param guarded     whether that DO block guards it (an IF or an exception handler)
 * @param order       its position among all statements of the file, nested ones included
 */
public record ParsedStatement(SqlStatement sql, Ddl ddl, ParsedStatement enclosingDo, boolean guarded, int order) {

    public boolean isTopLevel() {
        return enclosingDo == null;
    }

    public boolean isInsideDoBlock() {
        return enclosingDo != null;
    }
}

package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.util.Set;

/**
 * A column's data type, reduced to what the type rules look at.
 *
 * @param start         the type's first token, where findings point
 * @param name          lower-case name without schema, modifiers, array brackets or time zone words,
 *                      e.g. {@code character varying}, {@code timestamp}, {@code int4}
 * @param hasModifiers  whether a {@code (...)} modifier such as a length follows the name
 * @param withTimeZone  whether {@code with time zone} was written
 * @param quoted        whether the name was a quoted identifier, i.e. a user type or {@code "char"}
 */
public record SqlType(Token start, String name, boolean hasModifiers, boolean withTimeZone, boolean quoted) {

    private static final Set<String> INT4 = Set.of("int", "integer", "int4", "serial", "serial4");
    private static final Set<String> INT2 = Set.of("smallint", "int2", "smallserial", "serial2");
    private static final Set<String> SERIAL = Set.of("serial", "serial4", "bigserial", "serial8", "smallserial", "serial2");
    private static final Set<String> CHAR = Set.of("char", "character", "bpchar", "nchar", "national character");
    private static final Set<String> VARCHAR = Set.of("varchar", "character varying", "national character varying");

    public boolean isInt4() {
        return !quoted && INT4.contains(name);
    }

    /** A 16-bit integer, the serial form included. */
    public boolean isInt2() {
        return !quoted && INT2.contains(name);
    }

    public boolean isSerial() {
        return !quoted && SERIAL.contains(name);
    }

    public boolean isTimestampWithoutTimeZone() {
        return !quoted && name.equals("timestamp") && !withTimeZone;
    }

    public boolean isVarcharWithLength() {
        return !quoted && VARCHAR.contains(name) && hasModifiers;
    }

    public boolean isChar() {
        return !quoted && CHAR.contains(name);
    }
}

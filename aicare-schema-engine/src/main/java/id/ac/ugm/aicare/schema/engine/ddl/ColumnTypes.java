package id.ac.ugm.aicare.schema.engine.ddl;

import id.ac.ugm.aicare.model.core.enums.PgEnums;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import java.lang.reflect.Field;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.type.SqlTypes;

/**
 * The PostgreSQL type of a mapped column, written the way PostgreSQL's own {@code format_type}
 * reads it back where that is unambiguous. Rules, in order: a native enum type for a
 * {@code @PgEnum} field; {@code serial}/{@code bigserial} for an IDENTITY key; the mapping's
 * {@code columnDefinition} verbatim; otherwise the JDBC type with only the sizes the mapping gave
 * (no Hibernate defaults such as {@code timestamp(6)} or {@code numeric(38,2)}).
 */
final class ColumnTypes {

    private ColumnTypes() {
    }

    static String typeOf(Column column, Field field, Metadata metadata) {
        Class<?> javaType = field.getType();
        if (PgEnums.isPgEnum(javaType)) {
            return SqlIdentifiers.quote(PgEnums.typeName(javaType));
        }
        if (isIdentityKey(field)) {
            if (javaType == Long.class || javaType == long.class) {
                return "bigserial";
            }
            if (javaType == Short.class || javaType == short.class) {
                return "smallserial";
            }
            return "serial";
        }
        if (column.getSqlType() != null) {
            return column.getSqlType();
        }
        int code = column.getSqlTypeCode(metadata);
        return switch (code) {
            case SqlTypes.VARCHAR, SqlTypes.NVARCHAR -> column.getLength() == null
                    ? "varchar" : "varchar(" + column.getLength() + ")";
            case SqlTypes.CHAR, SqlTypes.NCHAR -> column.getLength() == null ? "char" : "char(" + column.getLength() + ")";
            case SqlTypes.LONGVARCHAR, SqlTypes.LONGNVARCHAR, SqlTypes.LONG32VARCHAR, SqlTypes.LONG32NVARCHAR,
                 SqlTypes.CLOB, SqlTypes.NCLOB -> "text";
            case SqlTypes.BOOLEAN, SqlTypes.BIT -> "boolean";
            case SqlTypes.TINYINT, SqlTypes.SMALLINT -> "smallint";
            case SqlTypes.INTEGER -> "integer";
            case SqlTypes.BIGINT -> "bigint";
            case SqlTypes.REAL -> "real";
            case SqlTypes.FLOAT, SqlTypes.DOUBLE -> "double precision";
            case SqlTypes.NUMERIC, SqlTypes.DECIMAL -> column.getPrecision() == null || column.getPrecision() == 0
                    ? "numeric"
                    : "numeric(" + column.getPrecision() + "," + (column.getScale() == null ? 0 : column.getScale()) + ")";
            case SqlTypes.DATE -> "date";
            case SqlTypes.TIME -> withPrecision("time", column, " without time zone");
            case SqlTypes.TIME_WITH_TIMEZONE, SqlTypes.TIME_UTC -> withPrecision("time", column, " with time zone");
            case SqlTypes.TIMESTAMP -> withPrecision("timestamp", column, " without time zone");
            case SqlTypes.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC ->
                    withPrecision("timestamp", column, " with time zone");
            case SqlTypes.UUID -> "uuid";
            case SqlTypes.JSON -> "jsonb";
            case SqlTypes.BINARY, SqlTypes.VARBINARY, SqlTypes.LONGVARBINARY, SqlTypes.LONG32VARBINARY -> "bytea";
            default -> column.getSqlType(metadata);
        };
    }

    /** Whether the field is a key filled by the database on insert. */
    static boolean isIdentityKey(Field field) {
        GeneratedValue generated = field.getAnnotation(GeneratedValue.class);
        return generated != null && generated.strategy() == GenerationType.IDENTITY;
    }

    private static String withPrecision(String base, Column column, String zone) {
        Integer precision = column.getTemporalPrecision();
        return precision == null ? base + zone : base + "(" + precision + ")" + zone;
    }
}

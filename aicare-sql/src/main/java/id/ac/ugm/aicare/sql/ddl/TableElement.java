package id.ac.ugm.aicare.sql.ddl;

/** One line inside a {@link CreateTable}: a column or a table constraint. */
public sealed interface TableElement permits ColumnDefinition, KeyConstraint, Check {

    /** The line as it stands inside {@code CREATE TABLE ( ... )}. */
    String sql();
}

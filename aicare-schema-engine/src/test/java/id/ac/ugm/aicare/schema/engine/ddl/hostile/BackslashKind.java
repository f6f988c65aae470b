package id.ac.ugm.aicare.schema.engine.ddl.hostile;

import id.ac.ugm.aicare.model.core.enums.DbLabeled;
import id.ac.ugm.aicare.model.core.enums.PgEnum;
import id.ac.ugm.aicare.model.core.enums.PgEnumConverter;

/** An enum type whose first label holds a backslash-quote. */
@PgEnum("backslash_kind")
public enum BackslashKind implements DbLabeled {
    SLY("z\\'); DROP TABLE victim; --"), PLAIN("plain");

    private final String dbLabel;

    BackslashKind(String dbLabel) {
        this.dbLabel = dbLabel;
    }

    @Override
    public String dbLabel() {
        return dbLabel;
    }

    public static final class Converter extends PgEnumConverter<BackslashKind> {
        public Converter() {
            super(BackslashKind.class);
        }
    }
}

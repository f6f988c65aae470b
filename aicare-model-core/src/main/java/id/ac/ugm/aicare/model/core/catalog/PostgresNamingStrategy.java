package id.ac.ugm.aicare.model.core.catalog;

import id.ac.ugm.aicare.sql.PostgresDefaultNames;
import java.util.List;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;

/**
 * Gives constraints that the models leave unnamed the names PostgreSQL would choose, instead of
 * Hibernate's hashed {@code FK…}/{@code UK…} names, so the schema matches a database whose
 * constraints PostgreSQL named.
 */
public class PostgresNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineForeignKeyName(ImplicitForeignKeyNameSource source) {
        Identifier explicit = source.getUserProvidedIdentifier();
        return explicit != null ? explicit : Identifier.toIdentifier(
                PostgresDefaultNames.foreignKey(source.getTableName().getText(), texts(source.getColumnNames())));
    }

    @Override
    public Identifier determineUniqueKeyName(ImplicitUniqueKeyNameSource source) {
        Identifier explicit = source.getUserProvidedIdentifier();
        return explicit != null ? explicit : Identifier.toIdentifier(
                PostgresDefaultNames.uniqueKey(source.getTableName().getText(), texts(source.getColumnNames())));
    }

    @Override
    public Identifier determineIndexName(ImplicitIndexNameSource source) {
        Identifier explicit = source.getUserProvidedIdentifier();
        return explicit != null ? explicit : Identifier.toIdentifier(
                PostgresDefaultNames.index(source.getTableName().getText(), texts(source.getColumnNames())));
    }

    private static List<String> texts(List<Identifier> identifiers) {
        return identifiers.stream().map(Identifier::getText).toList();
    }
}

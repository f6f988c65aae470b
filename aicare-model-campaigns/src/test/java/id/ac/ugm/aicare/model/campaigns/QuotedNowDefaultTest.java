package id.ac.ugm.aicare.model.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.campaigns.campaign.Campaign;
import id.ac.ugm.aicare.model.campaigns.campaign.ScaCampaignExecution;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the original schema's quoted {@code DEFAULT 'now()'} means in PostgreSQL: the literal is
 * read as a {@code timestamptz} input when the table is created, so the stored default is that
 * fixed moment, not a call to {@code now()}. Every row that omits the column gets the table's
 * creation time. The entities therefore never leave these columns to the database.
 */
@PostgresTest
class QuotedNowDefaultTest {

    private static final Pattern FROZEN = Pattern.compile("'([^']+)'::timestamp with time zone");
    private static final DateTimeFormatter POSTGRES_TIMESTAMPTZ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 6, true).optionalEnd()
            .appendPattern("X")
            .toFormatter();

    @AutoClose
    private static JpaTestDatabase db;
    private static Instant schemaCreatedBefore;
    private static Instant schemaCreatedAfter;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        schemaCreatedBefore = Instant.now();
        db = CampaignsDatabase.create(database);
        schemaCreatedAfter = Instant.now();
    }

    @ParameterizedTest
    @CsvSource({"campaigns, created_at", "campaigns, updated_at", "sca_campaign_executions, executed_at"})
    void theStoredDefaultIsTheMomentTheTableWasCreated(String table, String column) {
        Instant frozen = frozenDefault(table, column);

        assertThat(frozen).isBetween(schemaCreatedBefore.minusSeconds(5), schemaCreatedAfter.plusSeconds(5));
    }

    @Test
    void anUnquotedNowDefaultStaysAFunctionCall() {
        assertThat(defaultExpression("agent_health_logs", "created_at")).isEqualTo("now()");
    }

    @Test
    void aRowThatOmitsTheColumnGetsTheTablesCreationTimeNotTheInsertTime() throws InterruptedException {
        Thread.sleep(1_100);
        UUID id = UUID.randomUUID();

        db.execute("INSERT INTO campaigns (id, name, message_template, status, priority) "
                + "VALUES (?, 'raw insert', 'hello', 'draft', 'medium')", id);

        Instant createdAt = timestamp("SELECT created_at FROM campaigns WHERE id = ?", id);
        assertThat(createdAt).isEqualTo(frozenDefault("campaigns", "created_at"));
        assertThat(Duration.between(createdAt, Instant.now())).isGreaterThan(Duration.ofSeconds(1));
    }

    @Test
    void theEntitiesSetTheseColumnsThemselves() throws InterruptedException {
        Thread.sleep(1_100);
        Instant before = Instant.now();

        Campaign campaign = db.callInTransaction(em -> {
            Campaign written = new Campaign("entity insert", "hello");
            written.addExecution(new ScaCampaignExecution("entity insert", "hello"));
            em.persist(written);
            return written;
        });

        Campaign read = db.find(Campaign.class, campaign.getId());
        assertThat(read.getCreatedAt()).isAfterOrEqualTo(before.minusMillis(1)).isNotEqualTo(frozenDefault("campaigns", "created_at"));
        assertThat(read.getUpdatedAt()).isAfterOrEqualTo(before.minusMillis(1));
        Instant executedAt = timestamp("SELECT executed_at FROM sca_campaign_executions WHERE campaign_id = ?",
                campaign.getId());
        assertThat(executedAt).isAfterOrEqualTo(before.minusSeconds(2))
                .isNotEqualTo(frozenDefault("sca_campaign_executions", "executed_at"));
    }

    private static String defaultExpression(String table, String column) {
        return db.queryText("SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d "
                + "JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
                + "WHERE d.adrelid = ?::regclass AND a.attname = ?", table, column);
    }

    private static Instant frozenDefault(String table, String column) {
        String expression = defaultExpression(table, column);
        Matcher matcher = FROZEN.matcher(expression);
        assertThat(matcher.matches()).as("default of %s.%s is a fixed timestamp: %s", table, column, expression).isTrue();
        return OffsetDateTime.parse(matcher.group(1), POSTGRES_TIMESTAMPTZ).toInstant();
    }

    /** The single timestamp {@code sql} selects, to the microsecond. */
    private static Instant timestamp(String sql, Object... parameters) {
        long micros = db.queryLong("SELECT (extract(epoch FROM (" + sql + ")) * 1000000)::bigint", parameters);
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}

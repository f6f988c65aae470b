package id.ac.ugm.aicare.schema.engine.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.DiaryModule;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

@PostgresTest
class DdlRendererTest {

    /** The DDL a careful person would write by hand for the fixture. */
    private static final String HAND_WRITTEN = """
            CREATE TYPE mood_enum AS ENUM ('low', 'steady', 'high', 'in between');
            CREATE TABLE diaries (
                id serial PRIMARY KEY,
                title varchar(120) NOT NULL,
                slug varchar,
                body text,
                mood mood_enum NOT NULL,
                score integer,
                amount numeric(20,6),
                ratio double precision,
                extra jsonb,
                legacy json,
                tags varchar[],
                external_ref uuid UNIQUE,
                written_on date,
                reminder_at time,
                local_seen_at timestamp,
                created_at timestamptz NOT NULL DEFAULT now(),
                owner_id integer,
                flags smallint,
                CONSTRAINT uq_diaries_owner_title UNIQUE (owner_id, title),
                CONSTRAINT diaries_score_range CHECK (score >= 0 AND score <= 10)
            );
            COMMENT ON COLUMN diaries.body IS 'What the writer felt; it''s free text';
            CREATE INDEX ix_diaries_id ON diaries (id);
            CREATE UNIQUE INDEX ix_diaries_slug ON diaries (slug);
            CREATE INDEX ix_diaries_tags ON diaries USING gin (tags);
            CREATE INDEX ix_diaries_owner_written ON diaries (owner_id, written_on);
            CREATE TABLE diary_pages (
                id serial PRIMARY KEY,
                diary_id integer NOT NULL REFERENCES diaries ON DELETE CASCADE,
                page_no integer NOT NULL,
                copied_from_id integer REFERENCES diaries ON DELETE SET NULL,
                diary_slug varchar REFERENCES diaries (slug)
            );
            """;

    private final ModelCatalog catalog = ModelCatalog.of(List.of(new DiaryModule()));

    @Test
    void renderedSchemaEqualsTheHandWrittenOneInPostgres(TestDatabase db) throws Exception {
        TestDatabase rendered = db.createSibling("rendered");
        rendered.execute(ModelSchema.of(catalog).ddl());
        TestDatabase handWritten = db.createSibling("hand");
        handWritten.execute(HAND_WRITTEN);
        SchemaSnapshot actual;
        SchemaSnapshot expected;
        try (Connection a = rendered.connection(); Connection b = handWritten.connection()) {
            actual = CatalogReader.read(a);
            expected = CatalogReader.read(b);
        }
        assertThat(SchemaDiff.compare(expected, actual)).isEmpty();
        assertThat(actual.table("diaries").columns()).extracting(c -> c.name()).startsWith("id", "title", "slug", "body");
    }

    @Test
    void enumLabelsKeepDeclarationOrderAndKeysAreSerial() {
        String ddl = ModelSchema.of(catalog).ddl();
        assertThat(ddl).contains("CREATE TYPE mood_enum AS ENUM ('low', 'steady', 'high', 'in between');")
                .contains("    id serial NOT NULL,")
                .contains("COMMENT ON COLUMN diaries.body IS 'What the writer felt; it''s free text';")
                .contains("CREATE INDEX ix_diaries_tags ON diaries USING gin (tags);")
                .contains("ALTER TABLE diary_pages ADD CONSTRAINT diary_pages_diary_id_fkey FOREIGN KEY (diary_id) "
                        + "REFERENCES diaries (id) ON DELETE CASCADE;")
                .doesNotContain("CHECK (mood in");
    }

    @Test
    void outputIsTheSameBytesWhateverTheTimeZoneAndLocale() {
        String first = ModelSchema.of(ModelCatalog.of(List.of(new DiaryModule()))).ddl();
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Jakarta"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(ModelSchema.of(ModelCatalog.of(List.of(new DiaryModule()))).ddl()).isEqualTo(first);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }
}

package id.ac.ugm.aicare.testing.jdbc;

/**
 * Inserts the smallest valid row into {@code users}: an e-mail address plus every other NOT NULL
 * column that has no database default, set to the platform's defaults.
 *
 * <p>Why it lives here: {@code users} belongs to the auth module, but the tests of every module
 * built on auth (clinical, content, gamification, campaigns, finance, langgraph) need a user to
 * point their rows at. Writing that row with plain SQL keeps those tests independent of how the
 * auth module builds a {@code User}, and the modules cannot share test code with each other except
 * through this artifact, so the SQL is held here, once. It matches the reference schema's
 * {@code users} table (this artifact's own tests insert it into exactly that table); when auth
 * adds a required column, this is the one statement to change.
 */
public final class MinimalUserRow {

    static final String INSERT = "INSERT INTO users (email, sentiment_score, role, email_verified, is_active, "
            + "current_streak, longest_streak, allow_email_checkins, consent_data_sharing, consent_research, "
            + "consent_emergency_contact, consent_marketing) "
            + "VALUES (?, 0.0, 'user', false, true, 0, 0, true, false, false, false, false) RETURNING id";

    private MinimalUserRow() {
    }

    /** Inserts a user with that e-mail address and returns its id. */
    public static int insert(JdbcTestDatabase database, String email) {
        return database.insertReturningId(INSERT, email);
    }
}

package id.ac.ugm.aicare.schema.migration;

/** What a helper did: brought the database to the described state, or found it there already. */
public enum Outcome {

    /** The database was changed (created, altered, validated, repaired or rebuilt). */
    APPLIED,

    /** The database already was in the described state; no DDL ran. */
    ALREADY_PRESENT;

    public boolean changed() {
        return this == APPLIED;
    }
}

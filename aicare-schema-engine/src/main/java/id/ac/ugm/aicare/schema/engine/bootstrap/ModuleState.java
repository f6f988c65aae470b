package id.ac.ugm.aicare.schema.engine.bootstrap;

/** Where a module stands in a database, as {@code init} and {@code status} see it. */
public enum ModuleState {
    /** None of its tables exist and it has no history: {@code init} creates it. */
    ABSENT,
    /** All of its tables exist but it has no history (an earlier backend built them): {@code init} adopts it if they match the models. */
    PRESENT,
    /** Some but not all of its tables exist and it has no history: {@code init} refuses to guess. */
    PARTIAL,
    /** Its Flyway history table exists: {@code init} leaves it alone, {@code migrate} carries it forward. */
    INITIALISED
}

package id.ac.ugm.aicare.schema.migration;

import java.util.Objects;

/**
 * The explicit consent a destructive helper requires, naming the object it destroys:
 * {@code Confirmation.dataLoss("users.legacy_flag")} for a column, {@code "users"} for a table,
 * {@code "users.users_email_key"} for a constraint, the bare name for an index or a sequence.
 * A confirmation for another object does not count, so a copied line cannot drop the wrong thing.
 */
public final class Confirmation {

    private final String object;

    private Confirmation(String object) {
        this.object = Objects.requireNonNull(object, "object");
    }

    /** I know that dropping {@code object} loses what it holds. */
    public static Confirmation dataLoss(String object) {
        return new Confirmation(object);
    }

    public String object() {
        return object;
    }

    /** Throws, before any SQL runs, unless the confirmation names exactly {@code object}. */
    static void require(Confirmation confirmation, String operation, String object, String loses) {
        if (confirmation == null || !confirmation.object.equals(object)) {
            throw new DestructiveOperationException(operation + " destroys " + loses + "; confirm with "
                    + "Confirmation.dataLoss(\"" + object + "\")"
                    + (confirmation == null ? "" : " (the confirmation given names \"" + confirmation.object + "\")")
                    + "; nothing was run");
        }
    }

    @Override
    public String toString() {
        return "Confirmation.dataLoss(" + object + ")";
    }
}

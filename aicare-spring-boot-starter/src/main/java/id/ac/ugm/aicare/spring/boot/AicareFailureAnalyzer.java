package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.error.AicareException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a library failure at start-up into Boot's "APPLICATION FAILED TO START" report: the
 * library's one-line message (it holds no values) and what to do, by category, instead of a stack
 * trace through Spring's bean creation.
 */
final class AicareFailureAnalyzer extends AbstractFailureAnalyzer<AicareException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AicareException cause) {
        return new FailureAnalysis(cause.getMessage(), action(cause.category()), cause);
    }

    private static String action(AicareException.Category category) {
        return switch (category) {
            case USER_ERROR -> "Correct the aicare.schema properties, the model jars or the service's migrations named above.";
            case CONFLICT -> "The database's schema refuses this start-up as it is; see MIGRATIONS.md for the way "
                    + "forward (repair after a failed migration, adopting an existing schema), or start with "
                    + "aicare.schema.mode=none to leave the schema alone.";
            case DATABASE_FAILURE -> "Check that the database is reachable and that the data source's user may "
                    + "create objects in its schema.";
            case BUG -> "This is a fault of the library; please report it with the message above.";
        };
    }
}

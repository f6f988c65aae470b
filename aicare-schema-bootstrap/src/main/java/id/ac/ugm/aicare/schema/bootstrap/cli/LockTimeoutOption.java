package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrapConfiguration;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --lock-timeout}, the same option and the same check wherever a command takes the schema lock. */
final class LockTimeoutOption {

    static final long DEFAULT_SECONDS = 600;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_SECONDS,
            description = "How long to wait for another instance's schema lock; 0 waits for ever (default: ${DEFAULT-VALUE}).")
    private long seconds = DEFAULT_SECONDS;

    /** The timeout; a usage error (exit 2) outside 0 to the bootstrap's maximum. */
    Duration value() {
        if (seconds < 0 || seconds > SchemaBootstrapConfiguration.MAX_LOCK_TIMEOUT.toSeconds()) {
            throw new UserError(2, "--lock-timeout must be between 0 and " + SchemaBootstrapConfiguration.MAX_LOCK_TIMEOUT.toSeconds()
                    + " seconds (0 waits for ever), got " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }
}

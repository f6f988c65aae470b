package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.model.core.catalog.ModelDiscoveryException;
import id.ac.ugm.aicare.schema.engine.model.ModelMappingException;
import id.ac.ugm.aicare.sql.InvalidIdentifierException;
import picocli.CommandLine;

/**
 * Turns the errors a user can cause into one line on standard error and an exit code; anything
 * else is a bug in the tool and keeps its stack trace.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String tool = ToolName.of(commandLine);
        if (e instanceof UserError userError) {
            commandLine.getErr().println(tool + ": " + userError.getMessage());
            return userError.exitCode();
        }
        if (e instanceof ModelDiscoveryException || e instanceof InvalidIdentifierException) {
            commandLine.getErr().println(tool + ": " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        if (e instanceof ModelMappingException) {
            commandLine.getErr().println(tool + ": " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        commandLine.getErr().println(tool + ": internal error (a bug; please report it with this trace):");
        e.printStackTrace(commandLine.getErr());
        return 70;
    }
}

package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.error.AicareException;
import id.ac.ugm.aicare.error.AicareException.Category;
import id.ac.ugm.aicare.sql.InvalidIdentifierException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Turns the library's failures into one line on standard error and an exit code ({@link ExitCodes});
 * anything else is a bug in the tool and keeps its stack trace. A conflict or database failure of a
 * command that connects is prefixed with the database it was about (host, port, database; never
 * the password).
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String tool = ToolName.of(commandLine);
        if (e instanceof UserError userError) {
            commandLine.getErr().println(tool + ": " + userError.getMessage());
            return userError.exitCode();
        }
        if (e instanceof AicareException failure && failure.category() != Category.BUG) {
            String about = failure.category() == Category.USER_ERROR ? "" : databaseOf(commandLine.getCommandSpec());
            commandLine.getErr().println(tool + ": " + about + failure.getMessage());
            return ExitCodes.of(failure.category());
        }
        if (e instanceof InvalidIdentifierException) {
            commandLine.getErr().println(tool + ": " + e.getMessage());
            return ExitCodes.of(Category.USER_ERROR);
        }
        commandLine.getErr().println(tool + ": internal error (a bug; please report it with this trace):");
        e.printStackTrace(commandLine.getErr());
        return ExitCodes.BUG;
    }

    private static String databaseOf(CommandSpec command) {
        for (CommandSpec mixin : command.mixins().values()) {
            if (mixin.userObject() instanceof DatabaseOptions database) {
                return database.describe() + ": ";
            }
        }
        return "";
    }
}

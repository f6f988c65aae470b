package id.ac.ugm.aicare.schema.bootstrap.cli;

import picocli.CommandLine;

/** A bad option or argument: one line naming it, one line of usage, exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        commandLine.getErr().println(ToolName.of(commandLine) + ": " + e.getMessage());
        commandLine.getErr().println("Usage: " + ToolName.of(commandLine) + " [OPTIONS]; see --help");
        return CommandLine.ExitCode.USAGE;
    }
}

package id.ac.ugm.aicare.schema.bootstrap.cli;

import picocli.CommandLine;

/** The "aicare-schema COMMAND" that starts every error line, written once for every kind of error. */
final class ToolName {

    private ToolName() {
    }

    /** "aicare-schema" for the tool itself, "aicare-schema ddl" for a command. */
    static String of(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }

    /** The command the arguments named (the deepest one parsed), or the tool when parsing stopped before one. */
    static String ofCommandRun(CommandLine tool) {
        CommandLine.ParseResult parsed = tool.getParseResult();
        CommandLine ran = tool;
        while (parsed != null && parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
            ran = parsed.commandSpec().commandLine();
        }
        return of(ran);
    }
}

package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.engine.bootstrap.ProgressPrinter;
import picocli.CommandLine.Option;

/** {@code -q} or {@code -v}, not both (an exclusive group: picocli rejects the pair with exit code 2). */
final class Verbosity {

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail.")
    boolean verbose;

    ProgressPrinter.Detail detail() {
        return quiet ? ProgressPrinter.Detail.QUIET : verbose ? ProgressPrinter.Detail.VERBOSE
                : ProgressPrinter.Detail.NORMAL;
    }
}

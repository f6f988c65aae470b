package id.ac.ugm.aicare.schema.bootstrap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Output and exit code of one in-process run of the tool, for command tests. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AicareSchemaCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}

package id.ac.ugm.aicare.schema.bootstrap.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = AicareSchemaCli.class.getPackage().getImplementationVersion();
        return new String[] {"aicare-schema " + (version == null ? "development" : version)};
    }
}

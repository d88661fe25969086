package dev.attache.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest (set by the build). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"attache " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version")};
    }
}

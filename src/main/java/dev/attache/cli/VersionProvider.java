package dev.attache.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest (set by the build). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"attache " + attacheVersion(), "Java " + System.getProperty("java.version")};
    }

    /** The version the build wrote into the jar's manifest; {@code development build} when run from the classes. */
    static String attacheVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}

package dev.attache.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: Attaché's version (the jar's manifest, set by the build) and those of the
 * libraries that do the work, each read from the library itself: POI's {@code Version}, Lucene's
 * {@code Version.LATEST}, picocli's {@code CommandLine.VERSION}, and Okapi's Maven descriptor in
 * the jar (its classes carry no version of their own).
 */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "attache " + attacheVersion(),
            "Okapi Framework " + mavenVersion("net.sf.okapi", "okapi-core"),
            "Apache POI " + org.apache.poi.Version.getVersion(),
            "Apache Lucene " + org.apache.lucene.util.Version.LATEST,
            "picocli " + CommandLine.VERSION,
            "Java "
                    + Runtime.version()
                    + " ("
                    + System.getProperty("java.vendor")
                    + ", "
                    + System.getProperty("java.home")
                    + ")"
        };
    }

    /**
     * The version the build wrote into the jar's manifest; {@code development build} when run from
     * the classes.
     */
    static String attacheVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /**
     * The version in a library's {@code META-INF/maven/GROUP/ARTIFACT/pom.properties}, or {@code
     * unknown}.
     */
    private static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = VersionProvider.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

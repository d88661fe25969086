package dev.attache;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.attache.model.PlantedWrongImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of {@code docs/ARCHITECTURE.md}, read from its table and checked on the
 * compiled classes: a class uses only the packages its package's row names (and the root package),
 * every package has a row, and no packages form a cycle.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.attache";
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.]+)` \\|[^|]*\\|([^|]*)\\|$");
    private static final Pattern NAME = Pattern.compile("`([a-z.]+)`");

    private static Map<String, Set<String>> arrows;
    private static JavaClasses classes;

    @BeforeAll
    static void readTableAndClasses() throws IOException {
        arrows = arrows(Files.readAllLines(Path.of("docs/ARCHITECTURE.md")));
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(ROOT);
    }

    @Test
    void everyPackageHasARowAndEveryRowAPackage() {
        Set<String> packages = new TreeSet<>();
        classes.forEach(c -> packages.add(c.getPackageName()));
        packages.remove(ROOT);
        assertThat(packages)
                .containsExactlyInAnyOrderElementsOf(
                        arrows.keySet().stream().map(ArchitectureTest::qualified).toList());
    }

    @Test
    void eachPackageUsesOnlyWhatItsRowNames() {
        arrows.keySet().forEach(pkg -> rule(pkg).check(classes));
    }

    @Test
    void theRootPackageUsesNoneOfTheOthers() {
        noClasses()
                .that()
                .resideInAPackage(ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        arrows.keySet().stream()
                                .map(ArchitectureTest::qualified)
                                .toArray(String[]::new))
                .check(classes);
    }

    @Test
    void noPackagesFormACycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void aPlantedWrongImportFails() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedWrongImport.class);
        assertThat(rule("model").evaluate(planted).hasViolation()).isTrue();
        assertThat(rule("flow").evaluate(planted).hasViolation()).isFalse();
    }

    private static ArchRule rule(String pkg) {
        Set<String> allowed = arrows.get(pkg);
        List<String> forbidden = new ArrayList<>();
        arrows.keySet().stream()
                .filter(other -> !other.equals(pkg) && !allowed.contains(other))
                .forEach(other -> forbidden.add(qualified(other)));
        return noClasses()
                .that()
                .resideInAPackage(qualified(pkg))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new))
                .because(
                        "docs/ARCHITECTURE.md lets "
                                + pkg
                                + " use "
                                + (allowed.isEmpty() ? "none of ours" : String.join(", ", allowed)))
                .allowEmptyShould(true);
    }

    private static Map<String, Set<String>> arrows(List<String> lines) {
        Map<String, Set<String>> arrows = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                Set<String> uses = new TreeSet<>();
                Matcher name = NAME.matcher(row.group(2));
                while (name.find()) {
                    uses.add(name.group(1));
                }
                arrows.put(row.group(1), uses);
            }
        }
        assertThat(arrows).as("the package table of docs/ARCHITECTURE.md").hasSizeGreaterThan(10);
        arrows.values()
                .forEach(
                        uses ->
                                assertThat(arrows.keySet())
                                        .as("packages a row names")
                                        .containsAll(uses));
        return arrows;
    }

    private static String qualified(String pkg) {
        return ROOT + "." + pkg;
    }
}

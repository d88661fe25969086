package dev.attache.model;

import dev.attache.flow.QaFlow;

/**
 * A class of the model's package that uses a flow, as no model class may: {@code ArchitectureTest}
 * shows that its rules catch it. Test sources only; never part of the jar.
 */
public final class PlantedWrongImport {
    private PlantedWrongImport() {}

    static Class<QaFlow> flow() {
        return QaFlow.class;
    }
}

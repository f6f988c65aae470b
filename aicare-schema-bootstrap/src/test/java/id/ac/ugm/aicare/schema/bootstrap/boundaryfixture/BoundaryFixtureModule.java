package id.ac.ugm.aicare.schema.bootstrap.boundaryfixture;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.bootstrap.boundaryfixture.leaky.LeakyEntity;
import java.util.List;

/**
 * A deliberately misdeclared model module for {@code ModuleBoundariesTest}: its class
 * {@link LeakyEntity} refers to the clinical module, which the module may or may not declare.
 * It is NOT registered with {@link java.util.ServiceLoader}, so no schema tool ever sees it.
 */
public final class BoundaryFixtureModule implements ModelModule {

    private final List<String> dependsOn;

    /** The module as it declares itself, with {@code dependsOn} as given. */
    public BoundaryFixtureModule(List<String> dependsOn) {
        this.dependsOn = List.copyOf(dependsOn);
    }

    @Override
    public String name() {
        return "boundary-fixture";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(LeakyEntity.class);
    }

    @Override
    public List<String> dependsOn() {
        return dependsOn;
    }
}

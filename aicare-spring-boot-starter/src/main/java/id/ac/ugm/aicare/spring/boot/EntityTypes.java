package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;

/**
 * The entity manager factory's managed types: every entity of the model modules, named by their
 * {@code ModelModule} SPI (the model jars are never scanned), then the service's own entities, found
 * as Boot finds them without the starter (the {@code @EntityScan} packages, else the
 * {@code @SpringBootApplication}'s package).
 */
final class EntityTypes {

    private EntityTypes() {
    }

    static PersistenceManagedTypes of(ModelCatalog catalog, BeanFactory beanFactory, ResourceLoader resourceLoader,
                                      ManagedClassNameFilter filter) {
        Set<String> classes = new LinkedHashSet<>();
        catalog.entityClasses().forEach(type -> classes.add(type.getName()));
        List<String> servicePackages = EntityScanPackages.get(beanFactory).getPackageNames();
        if (servicePackages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
            servicePackages = AutoConfigurationPackages.get(beanFactory);
        }
        if (servicePackages.isEmpty()) {
            return PersistenceManagedTypes.of(List.copyOf(classes), List.of());
        }
        PersistenceManagedTypes service = new PersistenceManagedTypesScanner(resourceLoader, filter)
                .scan(servicePackages.toArray(String[]::new));
        classes.addAll(service.getManagedClassNames()); // a model entity an @EntityScan also finds is listed once
        return PersistenceManagedTypes.of(List.copyOf(classes), service.getManagedPackages());
    }
}

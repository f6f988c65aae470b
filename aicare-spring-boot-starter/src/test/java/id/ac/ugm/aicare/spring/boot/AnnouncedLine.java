package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import java.util.List;

/** A service line as a jar announces it, through {@code META-INF/services} (see AicareSchemaAutoConfigurationTest). */
public class AnnouncedLine implements ServiceLine {

    @Override
    public String name() {
        return "announced";
    }

    @Override
    public List<String> buildsOn() {
        return List.of("auth");
    }
}

package id.ac.ugm.aicare.schema.engine.ddl.hostile;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.util.List;

/** A module whose comments and enum labels hold a backslash-quote, to render under standard_conforming_strings = off. */
public class HostileTextModule implements ModelModule {

    @Override
    public String name() {
        return "hostile_text";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(BackslashNote.class);
    }
}

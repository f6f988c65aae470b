package it.consumer.notes;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.util.List;

/** The consumer's own model module: one table, one released baseline, one migration after it. */
public class NotesModule implements ModelModule {

    @Override
    public String name() {
        return "fx_notes";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(NotesEntry.class);
    }
}

package id.ac.ugm.aicare.schema.engine.ddl.hostile;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.annotations.ColumnDefault;

/** A module whose one column default reads differently when backslashes are escapes. */
public class BackslashDefaultModule implements ModelModule {

    @Override
    public String name() {
        return "backslash_default";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(SlyDefault.class);
    }

    /** With standard_conforming_strings = off the default's first string ends early and a DROP follows. */
    @Entity
    @Table(name = "sly_defaults")
    @Getter
    @Setter
    public static class SlyDefault {

        @Id
        @Column(name = "id")
        private Integer id;

        @Column(name = "body")
        @ColumnDefault("'\\' || ', DROP COLUMN id --'")
        private String body;
    }
}

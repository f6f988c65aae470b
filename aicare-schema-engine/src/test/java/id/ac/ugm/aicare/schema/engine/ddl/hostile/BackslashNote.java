package id.ac.ugm.aicare.schema.engine.ddl.hostile;

import id.ac.ugm.aicare.model.core.enums.PgEnumJdbcType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcType;

/** Comments and an enum label that end a plain literal early when backslashes are escapes. */
@Entity
@Table(name = "backslash_notes")
@Comment("x\\'; DROP TABLE victim; --")
@Getter
@Setter
public class BackslashNote {

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "body")
    @Comment("y\\'; DROP TABLE victim; --")
    private String body;

    @Column(name = "kind")
    @Convert(converter = BackslashKind.Converter.class)
    @JdbcType(PgEnumJdbcType.class)
    private BackslashKind kind;
}

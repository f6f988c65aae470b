package id.ac.ugm.aicare.testing.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A small entity for the helpers' own tests: plain columns, a time, a decimal and a child list. */
@Entity
@Table(name = "authors")
class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Integer id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "written_at")
    LocalDateTime writtenAt;

    @Column(name = "fee", precision = 10, scale = 2)
    BigDecimal fee;

    @OneToMany(mappedBy = "author")
    @OrderBy("id")
    List<Book> books = new ArrayList<>();

    protected Author() {
    }

    Author(String name) {
        this.name = name;
    }

    static final String DDL = "CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL UNIQUE, "
            + "written_at timestamp, fee numeric(10, 2));"
            + "CREATE TABLE books (id serial PRIMARY KEY, title text NOT NULL, author_id int REFERENCES authors (id), "
            + "isbn_prefix text, isbn_number text);";
}

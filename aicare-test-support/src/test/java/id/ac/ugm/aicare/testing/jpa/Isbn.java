package id.ac.ugm.aicare.testing.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embeddable without equals, so that the comparer has to look inside it. */
@Embeddable
class Isbn {

    @Column(name = "isbn_prefix")
    String prefix;

    @Column(name = "isbn_number")
    String number;

    protected Isbn() {
    }

    Isbn(String prefix, String number) {
        this.prefix = prefix;
        this.number = number;
    }
}

package it.consumer.notes;

import id.ac.ugm.aicare.model.core.entity.SerialIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A note at its second version: "mood" came with migration V2. */
@Entity
@Table(name = "fx_notes_entries")
public class NotesEntry extends SerialIdEntity {

    @Column(name = "body", columnDefinition = "text", nullable = false)
    private String body;

    @Column(name = "mood")
    private Short mood;
}

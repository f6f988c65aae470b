package id.ac.ugm.aicare.schema.bootstrap.boundaryfixture.leaky;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.psychologist.Psychologist;

/**
 * A class of the fixture module that links a user (module auth) to a psychologist (module
 * clinical). Not an entity anywhere: it only has to exist as bytecode for ArchUnit to read.
 */
public class LeakyEntity {

    private User user;

    private Psychologist psychologist;

    public User getUser() {
        return user;
    }

    public Psychologist getPsychologist() {
        return psychologist;
    }
}

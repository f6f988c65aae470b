package id.ac.ugm.aicare.sample.journal;

import id.ac.ugm.aicare.model.auth.user.User;
import org.springframework.data.jpa.repository.JpaRepository;

/** The platform's users, from the auth model. */
public interface Students extends JpaRepository<User, Integer> {
}

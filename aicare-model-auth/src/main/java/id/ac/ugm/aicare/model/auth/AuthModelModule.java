package id.ac.ugm.aicare.model.auth;

import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.auth.user.UserAuditLogEntry;
import id.ac.ugm.aicare.model.auth.user.UserClinicalRecord;
import id.ac.ugm.aicare.model.auth.user.UserConsentLedgerEntry;
import id.ac.ugm.aicare.model.auth.user.UserEmergencyContact;
import id.ac.ugm.aicare.model.auth.user.UserPreferences;
import id.ac.ugm.aicare.model.auth.user.UserProfile;
import id.ac.ugm.aicare.model.auth.user.UserSession;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.util.List;

/** Users and identities: the tables every other module's foreign keys point to. */
public final class AuthModelModule implements ModelModule {

    @Override
    public String name() {
        return "auth";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(
                User.class,
                UserProfile.class,
                UserSession.class,
                UserAuditLogEntry.class,
                UserClinicalRecord.class,
                UserPreferences.class,
                UserEmergencyContact.class,
                UserConsentLedgerEntry.class,
                AgentUser.class);
    }
}

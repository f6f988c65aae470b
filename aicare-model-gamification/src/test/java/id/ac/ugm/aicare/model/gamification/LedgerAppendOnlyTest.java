package id.ac.ugm.aicare.model.gamification;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.gamification.attestation.AttestationRecord;
import id.ac.ugm.aicare.model.gamification.audit.ComplianceAuditLog;
import id.ac.ugm.aicare.model.gamification.reward.RewardLedgerEntry;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;

/** The ledger-like tables cannot be changed after insert through the model. */
class LedgerAppendOnlyTest {

    @Test
    void rewardLedgerEntryHasNoSetterAndIsImmutable() {
        assertThat(publicSetters(RewardLedgerEntry.class)).isEmpty();
        assertThat(RewardLedgerEntry.class).hasAnnotation(Immutable.class);
        assertEveryColumnIsNotUpdatable(RewardLedgerEntry.class);
    }

    @Test
    void complianceAuditLogHasNoSetterAndIsImmutable() {
        assertThat(publicSetters(ComplianceAuditLog.class)).isEmpty();
        assertThat(ComplianceAuditLog.class).hasAnnotation(Immutable.class);
        assertEveryColumnIsNotUpdatable(ComplianceAuditLog.class);
    }

    @Test
    void attestationRecordFixesWhatWasAttestedAndOnlyMovesItsDeliveryState() {
        assertThat(publicSetters(AttestationRecord.class))
                .containsExactlyInAnyOrder("setStatus", "setProcessedAt", "setLastError", "setExtraData");
        for (String fixed : List.of("questInstance", "counselor", "hashedPayload", "createdAt")) {
            assertThat(updatable(field(AttestationRecord.class, fixed))).as(fixed).isFalse();
        }
    }

    @Test
    void ledgerReadersCannotChangeTheDetailsMap() {
        RewardLedgerEntry entry = new RewardLedgerEntry(null, null, 10, 2, 0.5, 0.0, java.util.Map.of("k", "v"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> entry.getExtraData().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<String> publicSetters(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getName().startsWith("set") && Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)
                .toList();
    }

    private static void assertEveryColumnIsNotUpdatable(Class<?> type) {
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(Column.class) || field.isAnnotationPresent(JoinColumn.class)) {
                assertThat(updatable(field)).as(type.getSimpleName() + "." + field.getName()).isFalse();
            }
        }
    }

    private static boolean updatable(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column != null ? column.updatable() : field.getAnnotation(JoinColumn.class).updatable();
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}

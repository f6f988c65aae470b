package id.ac.ugm.aicare.model.finance;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import id.ac.ugm.aicare.model.finance.revenue.RevenueApproval;
import id.ac.ugm.aicare.model.finance.transaction.Transaction;
import org.junit.jupiter.api.Test;

class FinanceSensitiveFieldsTest {

    @Test
    void noSensitiveFieldOfAnyFinanceEntityReachesToString() {
        assertThat(SensitiveFieldAudit.audit(new FinanceModelModule().entityClasses())).isEmpty();
    }

    @Test
    void approversNamesAddressesAndCommentsAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(RevenueApproval.class))
                .contains("approverName", "approverAddress", "comment");
    }

    @Test
    void freeTextAndPaymentDetailsOfAUsersTransactionAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Transaction.class))
                .contains("description", "extraData");
    }
}

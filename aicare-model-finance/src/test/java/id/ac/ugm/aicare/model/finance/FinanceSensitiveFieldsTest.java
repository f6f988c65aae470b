package id.ac.ugm.aicare.model.finance;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import id.ac.ugm.aicare.model.core.sensitive.TextFieldDecisions;
import id.ac.ugm.aicare.model.finance.nft.NftTransaction;
import id.ac.ugm.aicare.model.finance.revenue.RevenueApproval;
import id.ac.ugm.aicare.model.finance.subscription.Subscription;
import id.ac.ugm.aicare.model.finance.transaction.Transaction;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FinanceSensitiveFieldsTest {

    /**
     * Text fields that hold nothing personal: currencies, payment vocabulary, plan and NFT names,
     * platform revenue reports and partner settlements, which name no student. Any other text, JSON or collection field must be
     * {@code @Sensitive}; a new one fails the test below until someone decides which it is.
     */
    private static final Set<String> HARMLESS_TEXT_FIELDS = Set.of(
            "Transaction.currency", "Transaction.paymentMethod", "Transaction.paymentGateway",
            "Subscription.planName", "Subscription.currency", "Subscription.paymentMethod",
            "RevenueReport.transactionHash", "RevenueReport.notes", "RevenueReport.extraData",
            "NftTransaction.nftContractAddress", "NftTransaction.nftName", "NftTransaction.currency",
            "PartnerTransaction.partnerName", "PartnerTransaction.partnerType", "PartnerTransaction.currency",
            "PartnerTransaction.description", "PartnerTransaction.externalTransactionId",
            "PartnerTransaction.extraData");

    @Test
    void everyTextOrJsonFieldIsSensitiveUnlessDeclaredHarmless() {
        assertThat(TextFieldDecisions.undecided(new FinanceModelModule().entityClasses(), HARMLESS_TEXT_FIELDS)).isEmpty();
    }


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

    @Test
    void paymentAndOnChainIdsThatLeadToAPersonAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Transaction.class))
                .contains("externalTransactionId", "blockchainTxHash");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(Subscription.class)).contains("externalSubscriptionId");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(RevenueApproval.class)).contains("transactionHash");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(NftTransaction.class))
                .contains("tokenId", "blockchainTxHash", "extraData");
    }
}

package id.ac.ugm.aicare.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.finance.nft.NftTransaction;
import id.ac.ugm.aicare.model.finance.partner.PartnerTransaction;
import id.ac.ugm.aicare.model.finance.revenue.ReportStatus;
import id.ac.ugm.aicare.model.finance.revenue.RevenueApproval;
import id.ac.ugm.aicare.model.finance.revenue.RevenueReport;
import id.ac.ugm.aicare.model.finance.subscription.Subscription;
import id.ac.ugm.aicare.model.finance.subscription.SubscriptionStatus;
import id.ac.ugm.aicare.model.finance.transaction.Transaction;
import id.ac.ugm.aicare.model.finance.transaction.TransactionStatus;
import id.ac.ugm.aicare.model.finance.transaction.TransactionType;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.MinimalUserRow;
import id.ac.ugm.aicare.testing.jpa.FieldComparer;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writes every finance entity through JPA into a PostgreSQL database made from the rendered DDL and
 * reads it back in a fresh persistence context, field by field: money keeps its six decimals and
 * scale, and the enums are stored as their upper-case constant names.
 */
@PostgresTest
class FinanceRoundTripTest {

    private static final String TX_HASH = "0x" + "ab".repeat(32);

    private static final FieldComparer FIELDS = FieldComparer.exact();

    @AutoClose
    private static JpaTestDatabase db;
    private static int userId;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = FinanceDatabase.create(database);
        userId = MinimalUserRow.insert(db, "finance.student@ugm.ac.id");
    }

    @Test
    void aTransactionReadsBackFieldByField() {
        Transaction written = db.callInTransaction(em -> {
            Transaction tx = new Transaction(em.getReference(User.class, userId), TransactionType.NFT_SALE,
                    new BigDecimal("12345678901234.123456"));
            tx.setCurrency("IDRX");
            tx.setStatus(TransactionStatus.COMPLETED);
            tx.setDescription("Counselling package, November");
            tx.setPaymentMethod("wallet");
            tx.setPaymentGateway("base-l2");
            tx.setExternalTransactionId("ext-9f8e7d");
            tx.setBlockchainTxHash(TX_HASH);
            tx.setExtraData(Map.of("chain", "base", "confirmations", 12, "fee", 0.25, "tags", List.of("a", "b")));
            tx.setCompletedAt(Instant.parse("2025-11-17T03:42:10.123456Z"));
            em.persist(tx);
            return tx;
        });

        Transaction read = db.callInTransaction(em -> em.find(Transaction.class, written.getId()));

        FIELDS.assertSameValues(written, read);
        assertThat(read.getAmount()).isEqualTo(new BigDecimal("12345678901234.123456")).hasScaleOf(6);
        assertThat(read.getCreatedAt()).isNotNull();
        Integer ownerId = db.callInTransaction(em -> em.find(Transaction.class, written.getId()).getUser().getId());
        assertThat(ownerId).isEqualTo(userId);
        assertThat(db.queryText("SELECT transaction_type::text || ' ' || status::text || ' ' || amount::text "
                + "FROM transactions WHERE id = ?", written.getId()))
                .isEqualTo("NFT_SALE COMPLETED 12345678901234.123456");
    }

    @Test
    void anAmountWithFewerDecimalsReadsBackAtTheColumnsScale() {
        Integer id = db.callInTransaction(em -> {
            Transaction tx = new Transaction(em.getReference(User.class, userId), TransactionType.WELLNESS_FEE,
                    new BigDecimal("12.5"));
            em.persist(tx);
            return tx.getId();
        });

        Transaction read = db.callInTransaction(em -> em.find(Transaction.class, id));

        assertThat(read.getAmount()).isEqualTo(new BigDecimal("12.500000")).hasScaleOf(6);
        assertThat(read.getStatus()).isEqualTo(TransactionStatus.PENDING);
        assertThat(read.getCurrency()).isEqualTo("USDC");
        assertThat(db.queryText("SELECT status::text FROM transactions WHERE id = ?", id)).isEqualTo("PENDING");
    }

    @Test
    void anAmountWithASeventhDecimalIsRejectedBeforeTheDatabaseCouldRoundIt() {
        String before = db.queryText("SELECT count(*) FROM transactions");

        assertThatThrownBy(() -> db.runInTransaction(em -> {
            em.persist(new Transaction(em.getReference(User.class, userId), TransactionType.REFUND,
                    new BigDecimal("1.0000001")));
        }))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(violation -> violation.getPropertyPath().toString())
                        .containsExactly("amount"));
        assertThat(db.queryText("SELECT count(*) FROM transactions")).isEqualTo(before);
    }

    @Test
    void theEnumTypesHoldOnlyTheUpperCaseConstantNames() {
        assertThat(db.queryText("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum "
                + "WHERE enumtypid = 'transactionstatus'::regtype"))
                .isEqualTo("PENDING,COMPLETED,FAILED,REFUNDED,CANCELLED");
        assertThatThrownBy(() -> db.execute("INSERT INTO partner_transactions "
                + "(partner_name, partner_type, fee_amount, currency, status) "
                + "VALUES ('Clinic', 'clinic', 1, 'USDC', 'pending')"))
                .hasMessageContaining("invalid input value for enum transactionstatus");
    }

    @Test
    void aSubscriptionReadsBackFieldByField() {
        Subscription written = db.callInTransaction(em -> {
            Subscription subscription = new Subscription(em.getReference(User.class, userId), "Premium monthly",
                    new BigDecimal("9.990000"), Instant.parse("2025-11-01T00:00:00Z"));
            subscription.setNextBillingDate(Instant.parse("2025-12-01T00:00:00Z"));
            subscription.setStatus(SubscriptionStatus.SUSPENDED);
            subscription.setPaymentMethod("card");
            subscription.setExternalSubscriptionId("sub_123");
            subscription.setExtraData(Map.of("trial", true));
            subscription.setCancelledAt(Instant.parse("2025-11-20T08:00:00.000001Z"));
            em.persist(subscription);
            return subscription;
        });

        Subscription read = db.callInTransaction(em -> em.find(Subscription.class, written.getId()));

        FIELDS.assertSameValues(written, read);
        assertThat(db.queryText("SELECT status::text FROM subscriptions WHERE id = ?", written.getId()))
                .isEqualTo("SUSPENDED");
    }

    @Test
    void aRevenueReportAndItsApprovalsReadBackFieldByField() {
        RevenueReport written = db.callInTransaction(em -> {
            RevenueReport report = new RevenueReport(2025, 10);
            report.setWellnessFees(new BigDecimal("100.000001"));
            report.setSubscriptions(new BigDecimal("200.500000"));
            report.setNftSales(new BigDecimal("0.000001"));
            report.setPartnerFees(new BigDecimal("50.250000"));
            report.setTreasuryReturns(new BigDecimal("3.141592"));
            report.setTotalRevenue(new BigDecimal("353.891594"));
            report.setTotalExpenses(new BigDecimal("120.000000"));
            report.setNetProfit(new BigDecimal("233.891594"));
            report.setSubmittedToBlockchain(true);
            report.setTransactionHash(TX_HASH);
            report.setBlockNumber(1_234_567);
            report.setSubmissionTimestamp(Instant.parse("2025-11-02T10:00:00.5Z"));
            report.setApprovalsCount(2);
            report.setRequiredApprovals(2);
            report.setFinalized(true);
            report.setFinalizedTimestamp(Instant.parse("2025-11-03T10:00:00Z"));
            report.setStatus(ReportStatus.FINALIZED);
            report.setNotes("Audited by finance committee");
            report.setExtraData(Map.of("auditor", "KAP Yogyakarta"));
            report.setCreatedBy(userId);
            RevenueApproval first = new RevenueApproval("0x" + "1".repeat(40), true);
            first.setApproverName("Treasurer");
            first.setTransactionHash(TX_HASH);
            first.setBlockNumber(1_234_500);
            first.setComment("Figures match the ledger");
            RevenueApproval second = new RevenueApproval("0x" + "2".repeat(40), false);
            report.addApproval(first);
            report.addApproval(second);
            em.persist(report);
            return report;
        });

        db.runInTransaction(em -> {
            RevenueReport read = em.find(RevenueReport.class, written.getId());
            FIELDS.assertSameValues(written, read);
            assertThat(read.getApprovals()).hasSize(2);
            for (int i = 0; i < 2; i++) {
                FIELDS.assertSameValues(written.getApprovals().get(i), read.getApprovals().get(i));
                assertThat(read.getApprovals().get(i).getReport()).isSameAs(read);
            }
        });
        assertThat(db.queryText("SELECT status::text || ' ' || net_profit::text || ' ' || month_yyyymm "
                + "FROM revenue_reports WHERE id = ?", written.getId()))
                .isEqualTo("FINALIZED 233.891594 202510");
    }

    @Test
    void removingAnApprovalFromItsReportDeletesIt() {
        RevenueReport written = db.callInTransaction(em -> {
            RevenueReport report = newReport(2024, 1);
            report.addApproval(new RevenueApproval("0x" + "3".repeat(40), true));
            report.addApproval(new RevenueApproval("0x" + "4".repeat(40), true));
            em.persist(report);
            return report;
        });

        db.runInTransaction(em -> {
            RevenueReport report = em.find(RevenueReport.class, written.getId());
            report.removeApproval(report.getApprovals().get(0));
        });

        assertThat(db.queryText("SELECT string_agg(approver_address, ',') FROM revenue_approvals "
                + "WHERE report_id = ?", written.getId())).isEqualTo("0x" + "4".repeat(40));
    }

    @Test
    void deletingAReportInTheDatabaseDeletesItsApprovals() {
        RevenueReport written = db.callInTransaction(em -> {
            RevenueReport report = newReport(2024, 2);
            report.addApproval(new RevenueApproval("0x" + "5".repeat(40), true));
            em.persist(report);
            return report;
        });

        db.execute("DELETE FROM revenue_reports WHERE id = ?", written.getId());

        assertThat(db.queryLong("SELECT count(*) FROM revenue_approvals WHERE report_id = ?", written.getId()))
                .isZero();
    }

    @Test
    void aSecondReportForTheSameMonthIsRejectedByTheUniqueIndex() {
        db.runInTransaction(em -> {
            em.persist(newReport(2023, 5));
        });

        assertThatThrownBy(() -> db.runInTransaction(em -> {
            em.persist(newReport(2023, 5));
        })).hasStackTraceContaining("ix_revenue_reports_month_yyyymm");
    }

    @Test
    void anNftPurchaseReadsBackFieldByField() {
        NftTransaction written = db.callInTransaction(em -> {
            NftTransaction nft = new NftTransaction(em.getReference(User.class, userId), "0x" + "c".repeat(40),
                    "42", "Calm Sunrise #42", new BigDecimal("0.123456"));
            nft.setCurrency("ETH");
            nft.setStatus(TransactionStatus.REFUNDED);
            nft.setBlockchainTxHash(TX_HASH);
            nft.setBlockNumber(99);
            nft.setExtraData(Map.of("edition", 42));
            nft.setCompletedAt(Instant.parse("2025-01-01T00:00:00.999999Z"));
            em.persist(nft);
            return nft;
        });

        NftTransaction read = db.callInTransaction(em -> em.find(NftTransaction.class, written.getId()));

        FIELDS.assertSameValues(written, read);
        assertThat(db.queryText("SELECT status::text FROM nft_transactions WHERE id = ?", written.getId()))
                .isEqualTo("REFUNDED");
    }

    @Test
    void aPartnerFeeReadsBackFieldByField() {
        PartnerTransaction written = db.callInTransaction(em -> {
            PartnerTransaction fee = new PartnerTransaction("RS Sardjito", "hospital", new BigDecimal("1500.000000"));
            fee.setStatus(TransactionStatus.CANCELLED);
            fee.setDescription("Referral fee, Q3");
            fee.setExternalTransactionId("inv-2025-09");
            fee.setExtraData(Map.of("quarter", "Q3"));
            fee.setCompletedAt(Instant.parse("2025-09-30T17:00:00Z"));
            em.persist(fee);
            return fee;
        });

        PartnerTransaction read = db.callInTransaction(em -> em.find(PartnerTransaction.class, written.getId()));

        FIELDS.assertSameValues(written, read);
        assertThat(read.getFeeAmount()).hasScaleOf(6);
        assertThat(db.queryText("SELECT status::text FROM partner_transactions WHERE id = ?", written.getId()))
                .isEqualTo("CANCELLED");
    }

    private static RevenueReport newReport(int year, int month) {
        RevenueReport report = new RevenueReport(year, month);
        report.setTotalRevenue(new BigDecimal("0.000000"));
        report.setTotalExpenses(new BigDecimal("0.000000"));
        report.setNetProfit(new BigDecimal("0.000000"));
        return report;
    }
}

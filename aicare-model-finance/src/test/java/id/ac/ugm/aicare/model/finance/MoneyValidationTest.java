package id.ac.ugm.aicare.model.finance;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.finance.nft.NftTransaction;
import id.ac.ugm.aicare.model.finance.partner.PartnerTransaction;
import id.ac.ugm.aicare.model.finance.revenue.RevenueReport;
import id.ac.ugm.aicare.model.finance.subscription.Subscription;
import id.ac.ugm.aicare.model.finance.transaction.Transaction;
import id.ac.ugm.aicare.testing.validation.BeanValidation;
import jakarta.persistence.Column;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Digits;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Amounts that {@code numeric(20, 6)} cannot hold exactly are refused in Java, before the database rounds them. */
class MoneyValidationTest {

    private static final Validator validator = BeanValidation.validator();

    @Test
    void anAmountWithSixDecimalsIsAccepted() {
        assertThat(validator.validateValue(Transaction.class, "amount", new BigDecimal("12345678901234.123456")))
                .isEmpty();
    }

    @Test
    void anAmountWithASeventhDecimalIsRejectedNamingTheField() {
        Set<ConstraintViolation<Transaction>> violations =
                validator.validateValue(Transaction.class, "amount", new BigDecimal("10.1234567"));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("amount");
            assertThat(violation.getConstraintDescriptor().getAnnotation()).isInstanceOf(Digits.class);
        });
    }

    @Test
    void trailingZerosBeyondTheSixthDecimalAreStillRejected() {
        // 1.0000000 has scale 7; the database would accept it, but the rule is about the value's scale.
        assertThat(validator.validateValue(Subscription.class, "amount", new BigDecimal("1.0000000"))).hasSize(1);
    }

    @Test
    void anAmountWithMoreThanFourteenIntegerDigitsIsRejected() {
        assertThat(validator.validateValue(NftTransaction.class, "price", new BigDecimal("123456789012345")))
                .singleElement()
                .satisfies(violation -> assertThat(violation.getPropertyPath()).hasToString("price"));
    }

    @Test
    void aRevenueReportWithAnOverPreciseTotalIsInvalid() {
        RevenueReport report = new RevenueReport(2025, 11);
        report.setTotalRevenue(new BigDecimal("100.0000001"));
        report.setTotalExpenses(new BigDecimal("40"));
        report.setNetProfit(new BigDecimal("60.000000"));

        assertThat(validator.validate(report))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactly("totalRevenue");
    }

    @Test
    void aNewRevenueReportsDefaultAmountsAreZeroAtTheColumnsScale() {
        RevenueReport report = new RevenueReport(2025, 11);

        assertThat(List.of(report.getWellnessFees(), report.getSubscriptions(), report.getNftSales(),
                report.getPartnerFees(), report.getTreasuryReturns()))
                .allSatisfy(amount -> assertThat(amount).isEqualTo(new BigDecimal("0.000000")));
        assertThat(report.getMonthYyyymm()).isEqualTo(202511);
    }

    @Test
    void everyMoneyFieldIsNumeric20Scale6WithAMatchingDigitsRule() {
        List<String> moneyFields = new ArrayList<>();
        for (Class<?> entity : List.of(Transaction.class, Subscription.class, RevenueReport.class,
                NftTransaction.class, PartnerTransaction.class)) {
            for (Field field : entity.getDeclaredFields()) {
                if (field.getType() != BigDecimal.class) {
                    continue;
                }
                moneyFields.add(entity.getSimpleName() + "." + field.getName());
                Column column = field.getAnnotation(Column.class);
                Digits digits = field.getAnnotation(Digits.class);
                assertThat(column.precision()).as(field.toString()).isEqualTo(20);
                assertThat(column.scale()).as(field.toString()).isEqualTo(6);
                assertThat(digits).as(field.toString()).isNotNull();
                assertThat(digits.integer()).as(field.toString()).isEqualTo(14);
                assertThat(digits.fraction()).as(field.toString()).isEqualTo(6);
            }
        }
        assertThat(moneyFields).hasSize(12);
    }

    @Test
    void partnerFeesFollowTheSameRule() {
        assertThat(validator.validateValue(PartnerTransaction.class, "feeAmount", new BigDecimal("0.0000001")))
                .hasSize(1);
    }
}

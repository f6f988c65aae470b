package id.ac.ugm.aicare.model.finance;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.model.finance.nft.NftTransaction;
import id.ac.ugm.aicare.model.finance.partner.PartnerTransaction;
import id.ac.ugm.aicare.model.finance.revenue.RevenueApproval;
import id.ac.ugm.aicare.model.finance.revenue.RevenueReport;
import id.ac.ugm.aicare.model.finance.subscription.Subscription;
import id.ac.ugm.aicare.model.finance.transaction.Transaction;
import java.util.List;

/**
 * The finance and blockchain tables: users' payments and subscriptions, NFT sales, partner fees
 * and the monthly revenue reports with their approvals. Amounts are {@code numeric(20, 6)}
 * ({@code BigDecimal}); the finance enums store their constant names. Foreign keys out of the
 * module point to {@code users} (module {@code auth}).
 */
public final class FinanceModelModule implements ModelModule {

    @Override
    public String name() {
        return "finance";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(
                Transaction.class,
                Subscription.class,
                RevenueReport.class,
                RevenueApproval.class,
                NftTransaction.class,
                PartnerTransaction.class);
    }

    @Override
    public List<String> dependsOn() {
        return List.of("auth");
    }
}

package id.ac.ugm.aicare.model.finance;

import id.ac.ugm.aicare.model.finance.revenue.RevenueApproval;
import id.ac.ugm.aicare.model.finance.revenue.RevenueReport;
import id.ac.ugm.aicare.testing.aggregate.ChildLinkContract;
import org.junit.jupiter.api.Test;

/** The approvals helper keeps both sides in step and moves an approval between reports (in memory). */
class FinanceChildLinksTest {

    @Test
    void reportApprovals() {
        ChildLinkContract.verify("RevenueReport.approvals", () -> new RevenueReport(2026, 1),
                () -> new RevenueApproval("0xabc", true), RevenueReport::addApproval, RevenueReport::removeApproval,
                RevenueReport::getApprovals, RevenueApproval::getReport);
    }
}

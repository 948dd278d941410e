package io.mamori.core.risk;

import io.mamori.core.signals.AccountFeatureSweep.CreationDateClustering;

/**
 * How automated a group's members look, together.
 *
 * @param members   members scored
 * @param meanScore their mean automation score, 0–1 (0 without members)
 * @param automated members scoring at least {@link CampaignRisk#AUTOMATED}
 * @param creation  how closely the members were created together
 */
public record GroupAutomation(int members, double meanScore, int automated, CreationDateClustering creation) {
    /** Share of members scoring at least {@link CampaignRisk#AUTOMATED}. */
    public double automatedShare() {
        return members == 0 ? 0 : (double) automated / members;
    }
}

package io.mamori.core.scenario;

/** What an account really is, as written in the {@code label} column of {@code truth.csv}. */
public enum TruthLabel {
    /** An ordinary user (or a news, official or celebrity account) acting on its own. */
    ORGANIC("organic"),
    /** An ordinary user who also took part in a benign crowd event: co-active, but not coordinated. */
    BENIGN("benign"),
    /** A member of a coordinated inauthentic campaign. */
    CAMPAIGN("campaign");

    private final String csvName;

    TruthLabel(String csvName) {
        this.csvName = csvName;
    }

    /** The label as written in {@code truth.csv}. */
    public String csvName() {
        return csvName;
    }
}

package io.mamori.io.output;

import io.mamori.core.coordination.PostTable;

/** How accounts are named in output: their id, qualified as {@code platform:id} when platforms mix. */
final class AccountLabels {
    private AccountLabels() {
    }

    static String label(PostTable table, int account) {
        String id = table.accountId(account);
        return table.isMultiPlatform() ? table.accountPlatform(account).name() + ":" + id : id;
    }
}

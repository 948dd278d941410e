package io.mamori.core.url;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;

/**
 * The registered domain of a host: its public suffix plus one label ("eTLD+1"), from the Public
 * Suffix List bundled in Guava, private section included — so {@code news.example.co.jp} becomes
 * {@code example.co.jp} and each {@code *.blogspot.com} blog stays its own domain. Hosts without a
 * known suffix and IP literals are their own registered domain.
 */
public final class RegisteredDomain {
    private RegisteredDomain() {
    }

    /** Registered domain of a lower-case ASCII host; the host itself when none can be derived. */
    public static String of(String host) {
        if (host.isEmpty() || host.startsWith("[") || InetAddresses.isInetAddress(host)) {
            return host;
        }
        try {
            InternetDomainName name = InternetDomainName.from(host);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
            return host;
        } catch (IllegalArgumentException | IllegalStateException notADomain) {
            return host;
        }
    }
}

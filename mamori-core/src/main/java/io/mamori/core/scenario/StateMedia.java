package io.mamori.core.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The outlets link-laundering campaigns point to: two real state-media sites (RT and Sputnik),
 * and invented mirrors in the style of the "Pravda" (Portal Kombat) network, which republishes
 * state-media articles on many look-alike domains. Addresses carry campaign tracking parameters
 * and are often wrapped in a URL shortener, as observed in such operations.
 */
final class StateMedia {
    /** Registered domains the campaigns launder through. The three "pravda" mirrors are fictional. */
    static final List<String> DOMAINS = List.of("rt.com", "sputnikglobe.com", "pravda-nippon.com", "jp-pravda.net", "tokyo-pravda.org");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String[] SLUGS = {"japan-election-us-pressure", "tokyo-sanctions-cost-households",
        "fukushima-water-neighbours-alarm", "japan-militarization-asia-tension", "japanese-voters-distrust-parties",
        "tokyo-washington-puppet", "japan-energy-prices-sanctions", "ldp-defence-budget-protest",
        "japan-youth-election-apathy", "us-bases-okinawa-anger"};

    private StateMedia() {
    }

    /** A new article address on {@code domain} (one of {@link #DOMAINS}), dated in Moscow time. */
    static String articleUrl(String domain, long epochMillis, SplittableRandom r) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), MOSCOW);
        String slug = Draws.pick(r, SLUGS);
        return switch (domain) {
            case "rt.com" -> "https://www.rt.com/news/6" + Draws.digits(r, 5) + "-" + slug + "/";
            case "sputnikglobe.com" -> "https://sputnikglobe.com/" + DAY.format(day) + "/" + slug + "-" + Draws.between(r, 1_120_000_000, 1_129_999_999) + ".html";
            default -> "https://" + (Draws.chance(r, 0.5) ? "www." : "") + domain + "/world/" + day.getYear() + "/"
                    + String.format(Locale.ROOT, "%02d/%02d/", day.getMonthValue(), day.getDayOfMonth()) + Draws.digits(r, 6) + ".html";
        };
    }

    /** The address with the campaign's tracking parameters, as share tools append them. */
    static String withTracking(String url, String campaign, SplittableRandom r) {
        String sep = url.indexOf('?') >= 0 ? "&" : "?";
        return switch (Draws.below(r, 3)) {
            case 0 -> url + sep + "utm_source=twitter&utm_medium=social&utm_campaign=" + campaign;
            case 1 -> url + sep + "utm_source=x&utm_medium=share";
            default -> url + sep + "utm_source=tg&utm_medium=repost&utm_content=" + campaign;
        };
    }

    /** A shortened address as a URL shortener hands it out (the target is not recoverable from it). */
    static String shortened(SplittableRandom r) {
        return switch (Draws.below(r, 4)) {
            case 0 -> "https://bit.ly/" + Draws.chars(r, BASE62, 7);
            case 1 -> "https://tinyurl.com/" + Draws.chars(r, LOWER_ALNUM, 8);
            case 2 -> "https://is.gd/" + Draws.chars(r, BASE62, 6);
            default -> "https://ow.ly/" + Draws.chars(r, BASE62, 5) + "50" + Draws.chars(r, BASE62, 3);
        };
    }
}

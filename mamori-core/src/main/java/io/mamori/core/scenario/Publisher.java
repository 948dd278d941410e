package io.mamori.core.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Japanese news outlets, with article addresses in the shape each site uses, so that URL
 * normalisation and registered domains meet realistic input. Outlet names and domains are real;
 * the accounts' handles and every headline are invented.
 */
enum Publisher {
    NHK("NHK", "nhk_newsflash", "NHKニュース", 3_200_000),
    ASAHI("朝日新聞", "asahi_news_jp", "朝日新聞デジタル", 1_050_000),
    MAINICHI("毎日新聞", "mainichi_jpnews", "毎日新聞", 820_000),
    YOMIURI("読売新聞", "yomiuri_news_jp", "読売新聞オンライン", 930_000),
    NIKKEI("日本経済新聞", "nikkei_news_jp", "日本経済新聞 電子版", 1_150_000),
    JIJI("時事通信", "jiji_news_jp", "時事ドットコム", 540_000),
    KYODO("共同通信", "kyodo_news_jp", "共同通信", 410_000),
    SANKEI("産経新聞", "sankei_news_jp", "産経ニュース", 380_000),
    TOKYO_NP("東京新聞", "tokyo_np_news", "東京新聞", 250_000),
    YAHOO("Yahoo!ニュース", "yahoonews_jp_t", "Yahoo!ニュース", 2_100_000);

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String HEX = "0123456789abcdef";

    private final String outlet;
    private final String handle;
    private final String displayName;
    private final long followers;

    Publisher(String outlet, String handle, String displayName, long followers) {
        this.outlet = outlet;
        this.handle = handle;
        this.displayName = displayName;
        this.followers = followers;
    }

    String outlet() {
        return outlet;
    }

    String handle() {
        return handle;
    }

    String displayName() {
        return displayName;
    }

    long followers() {
        return followers;
    }

    /** A new article address dated on the Japanese calendar day of {@code epochMillis}. */
    String articleUrl(long epochMillis, SplittableRandom r) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), JST);
        String ymd = DAY.format(day);
        return switch (this) {
            case NHK -> "https://www3.nhk.or.jp/news/html/" + ymd + "/k100" + Draws.digits(r, 7) + "1000.html";
            case ASAHI -> "https://www.asahi.com/articles/AST7" + Draws.chars(r, UPPER_ALNUM, 16) + ".html";
            case MAINICHI -> "https://mainichi.jp/articles/" + ymd + "/k00/00m/010/" + Draws.digits(r, 3) + "000c";
            case YOMIURI -> "https://www.yomiuri.co.jp/election/sangiin/" + ymd + "-OYT1T50" + Draws.digits(r, 3) + "/";
            case NIKKEI -> "https://www.nikkei.com/article/DGXZQOUA" + Draws.digits(r, 6) + Draws.chars(r, UPPER_ALNUM, 2)
                    + "0A" + Draws.digits(r, 3) + "C" + Draws.digits(r, 4) + "000000/";
            case JIJI -> "https://www.jiji.com/jc/article?k=" + ymd + Draws.digits(r, 5) + "&g=pol";
            case KYODO -> "https://www.47news.jp/" + Draws.between(r, 12_000_000, 12_999_999) + ".html";
            case SANKEI -> "https://www.sankei.com/article/" + ymd + "-" + Draws.chars(r, UPPER_ALNUM, 26) + "/";
            case TOKYO_NP -> "https://www.tokyo-np.co.jp/article/" + Draws.between(r, 400_000, 430_000);
            case YAHOO -> "https://news.yahoo.co.jp/articles/" + Draws.chars(r, HEX, 40);
        };
    }
}

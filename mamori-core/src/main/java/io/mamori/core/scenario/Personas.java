package io.mamori.core.scenario;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Handles, display names, locations and profile descriptions. Ordinary users get handles built
 * the way people build them (names, hobbies, birthdays, underscores); farm accounts get the
 * name-plus-eight-digits handles a sign-up form suggests, one of the classic marks of accounts
 * made in bulk. Handles are unique (case-insensitively, as on X) and at most 15 characters.
 * Not thread-safe: it remembers the handles it has given out.
 */
final class Personas {
    private static final int MAX_HANDLE = 15;
    private static final String[] GIVEN = {"haruto", "yuto", "sota", "yuki", "hayato", "haruki", "ren", "kaito", "riku",
        "sora", "takumi", "kenta", "daiki", "shota", "naoki", "kenji", "hiroshi", "takashi", "satoshi", "makoto", "yui",
        "aoi", "hina", "sakura", "mio", "yuna", "rin", "saki", "miyu", "nana", "ayaka", "misaki", "mai", "emi", "yoko",
        "keiko", "tomoko", "akiko", "mariko", "natsuki", "kazuya", "tsubasa", "ryo", "shun", "kana", "chika", "erika"};
    private static final String[] FAMILY = {"sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto",
        "nakamura", "kobayashi", "kato", "yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue", "kimura",
        "hayashi", "shimizu", "yamazaki", "mori", "abe", "ikeda", "hashimoto", "ishikawa", "ogawa", "okada", "goto",
        "hasegawa", "murakami", "kondo", "fujita", "endo", "aoki", "sakamoto"};
    private static final String[] HOBBY = {"neko", "inu", "ramen", "curry", "coffee", "tabi", "camera", "music", "anime",
        "game", "soccer", "yakyu", "tsuri", "camp", "hana", "sora", "umi", "yama", "hoshi", "tsuki", "momo", "mikan",
        "ringo", "pan", "cake", "bike", "run", "book", "movie", "sake", "onsen", "otaku"};
    private static final String[] FAMILY_KANJI = {"佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林",
        "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "森", "池田", "橋本", "石川"};
    private static final String[] GIVEN_JA = {"ゆき", "はると", "さくら", "けんた", "みさき", "あおい", "ひな", "りく",
        "そら", "まい", "健太", "美咲", "翔太", "大輔", "由美", "直樹", "愛", "拓也", "恵", "結衣", "蓮", "陽菜", "ひろし",
        "なな", "かな", "まこと", "しょう"};
    private static final String[] NICK_SUFFIX = {"", "", "", "🌸", "🍜", "🐱", "☕", "⚾", "🎮", "📷", "🌙", "✨", "@低浮上",
        "｜会社員", "｜大学生", "@日常垢", "(趣味垢)"};
    private static final String[] LOCATIONS = {"東京都", "東京", "大阪府", "大阪", "神奈川県横浜市", "愛知", "名古屋",
        "福岡", "北海道札幌市", "京都", "兵庫", "埼玉", "千葉", "日本", "Japan", "関東", "関西", "九州", "東京都世田谷区",
        "宮城", "広島", "沖縄", "静岡", "新潟", "宇宙", "布団の中", "どこか", "Tokyo, Japan", "Osaka"};
    private static final String[] JOBS = {"会社員", "大学生", "主婦", "看護師", "エンジニア", "公務員", "教員",
        "フリーランス", "営業", "介護士", "自営業", "高校生", "デザイナー", "薬剤師", "飲食店勤務", "二児の母", "定年退職"};
    private static final String[] LIKES = {"ラーメン", "カフェ巡り", "野球観戦", "アニメ", "ゲーム", "旅行", "写真", "猫",
        "ライブ参戦", "読書", "筋トレ", "料理", "キャンプ", "推し活", "サウナ", "競馬", "釣り"};
    private static final String[] BIO_TAILS = {"", "無言フォロー失礼します", "よろしくお願いします", "日常のつぶやき",
        "ゆるく呟きます", "低浮上です", "フォロバは気まぐれ", "アイコンは自作", "成人済"};
    private static final String[] PATRIOT_NAMES = {"日本を守る会", "愛国者", "目覚めた日本人", "真実を知る者", "普通の日本人",
        "日本の未来を憂う", "令和の志士"};
    private static final String[] FARM_BIOS = {"日本が好き🇯🇵", "真実を発信", "フォロバ100%", "日本の未来を守りたい",
        "マスコミは嘘ばかり", "政治に目覚めました"};
    private static final String[] AGGREGATOR_NAMES = {"世界のニュース速報", "真実の報道JP", "海外ニュース翻訳", "国際情勢ウォッチ",
        "報道されない世界", "地政学ノート", "ワールドニュース日本語版"};
    private static final String[] AGGREGATOR_BIOS = {"世界のニュースを日本語で", "大手メディアが報じない情報を共有",
        "海外の視点から日本を見る", "独立系メディアの記事を紹介"};

    private final Set<String> taken = new HashSet<>();

    /** A human-looking handle: names, hobbies, birthdays, underscores. */
    String humanHandle(SplittableRandom r) {
        String given = Draws.pick(r, GIVEN);
        String family = Draws.pick(r, FAMILY);
        String hobby = Draws.pick(r, HOBBY);
        String handle = switch (Draws.below(r, 10)) {
            case 0 -> given + "_" + family;
            case 1 -> family + "_" + given;
            case 2 -> given + birthday(r);
            case 3 -> hobby + "_" + given;
            case 4 -> given + "_" + hobby;
            case 5 -> given + "_" + family.charAt(0);
            case 6 -> hobby + "suki_" + given.charAt(0);
            case 7 -> "_" + given + "_";
            case 8 -> given + family.substring(0, Math.min(3, family.length())) + Draws.between(r, 1, 99);
            default -> capitalise(given) + capitalise(hobby);
        };
        return unique(handle, r);
    }

    /** A sign-up-form handle: a capitalised name and eight random digits. */
    String generatedHandle(SplittableRandom r) {
        String name = Draws.chance(r, 0.7) ? capitalise(Draws.pick(r, GIVEN)) : Draws.pick(r, GIVEN) + "_" + Draws.pick(r, FAMILY).charAt(0);
        return unique(truncate(name, MAX_HANDLE - 8) + Draws.digits(r, 8), r);
    }

    /** A news-aggregator-like handle for link-laundering accounts. */
    String aggregatorHandle(SplittableRandom r) {
        String[] stems = {"sekai_news", "shinjitsu", "world_jp", "kaigai_news", "hodo_jp", "geo_note", "news_honyaku"};
        return unique(Draws.pick(r, stems) + Draws.between(r, 1, 999), r);
    }

    /** A fixed handle for a well-known account; must not collide with generated ones. */
    String reserved(String handle) {
        if (!taken.add(handle.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("handle reserved twice: " + handle);
        }
        return handle;
    }

    String humanName(SplittableRandom r) {
        return switch (Draws.below(r, 6)) {
            case 0 -> Draws.pick(r, FAMILY_KANJI) + Draws.pick(r, GIVEN_JA);
            case 1 -> Draws.pick(r, FAMILY_KANJI) + " " + Draws.pick(r, GIVEN_JA);
            case 2 -> capitalise(Draws.pick(r, GIVEN)) + " " + capitalise(Draws.pick(r, FAMILY));
            default -> Draws.pick(r, GIVEN_JA) + Draws.pick(r, NICK_SUFFIX);
        };
    }

    String patriotName(SplittableRandom r) {
        return Draws.chance(r, 0.5) ? Draws.pick(r, GIVEN_JA) + "🇯🇵" : Draws.pick(r, PATRIOT_NAMES);
    }

    String aggregatorName(SplittableRandom r) {
        return Draws.pick(r, AGGREGATOR_NAMES);
    }

    /** A location, or null (many users leave it empty). */
    String location(SplittableRandom r, double emptyShare) {
        return Draws.chance(r, emptyShare) ? null : Draws.pick(r, LOCATIONS);
    }

    /** An ordinary profile description, or null. */
    String humanBio(SplittableRandom r, double emptyShare) {
        if (Draws.chance(r, emptyShare)) {
            return null;
        }
        String tail = Draws.pick(r, BIO_TAILS);
        return Draws.pick(r, JOBS) + "。" + Draws.pick(r, LIKES) + "が好き。" + tail;
    }

    String farmBio(SplittableRandom r) {
        return Draws.chance(r, 0.6) ? null : Draws.pick(r, FARM_BIOS);
    }

    String aggregatorBio(SplittableRandom r) {
        return Draws.pick(r, AGGREGATOR_BIOS);
    }

    private String birthday(SplittableRandom r) {
        return switch (Draws.below(r, 3)) {
            case 0 -> String.format(Locale.ROOT, "%02d%02d", Draws.between(r, 1, 12), Draws.between(r, 1, 28));
            case 1 -> Integer.toString(Draws.between(r, 1975, 2006));
            default -> String.format(Locale.ROOT, "%02d", Draws.between(r, 0, 99));
        };
    }

    private String unique(String handle, SplittableRandom r) {
        String h = truncate(handle, MAX_HANDLE);
        while (!taken.add(h.toLowerCase(Locale.ROOT))) {
            String digits = Integer.toString(Draws.between(r, 1, 9999));
            h = truncate(handle, MAX_HANDLE - digits.length()) + digits;
        }
        return h;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

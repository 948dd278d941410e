package io.mamori.core.similarity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of labelled text pairs for measuring near-duplicate detection: positives are
 * one campaign message edited the way copy-paste campaigns edit it, negatives are two different
 * messages on the same topic (sharing its vocabulary) or a message and an unrelated everyday post.
 * The label comes from how the pair was built, never from a similarity score.
 */
final class VariantPairs {
    /** How a pair was built. */
    enum Kind {
        /** The same message, edited. */
        VARIANT(true),
        /** Two different messages on the same topic, each possibly edited. */
        SAME_TOPIC(false),
        /** A message and an unrelated everyday post. */
        UNRELATED(false);

        final boolean positive;

        Kind(boolean positive) {
            this.positive = positive;
        }
    }

    /** One labelled pair with its exact character-bigram Jaccard after normalisation. */
    record Pair(Kind kind, boolean japanese, String a, String b, String edits, double jaccard) {
        boolean positive() {
            return kind.positive;
        }
    }

    /** Campaign messages, five topics of four; messages of a topic share its vocabulary. */
    static final List<List<String>> JAPANESE_TOPICS = List.of(
            List.of(
                    "日本政府は国民の生活より米国の都合を優先している。制裁で物価が上がって苦しむのは私たち日本人だ。この選挙で目を覚まそう",
                    "アメリカの言いなりの外交はもうやめるべきだ。日本の国益を守れる政治家はこの選挙で誰なのか、よく考えて投票しよう",
                    "米国の戦争に日本が巻き込まれる日が近い。防衛費の増額は国民の生活を削るだけだ。この選挙で声を上げよう",
                    "政府はアメリカ製の武器を爆買いしているのに、国民には増税を求める。この国の政治はおかしい。選挙に行こう"),
            List.of(
                    "期日前投票の集計がおかしいという報告が各地から上がっている。開票所での不正を許すな。監視に行ける人は集まってほしい",
                    "投票用紙は鉛筆ではなくボールペンで書こう。書き換えられる危険がある。選挙の不正を防ぐために家族や友人にも伝えてください",
                    "開票作業の時間が短すぎる。本当に全部の票を数えているのか疑問だ。選挙管理委員会は説明するべきだ",
                    "集計機のデータが外部から操作されている可能性がある。今回の選挙結果は信用できない。再集計を求める署名に協力を"),
            List.of(
                    "消費税の増税で国民の生活はもう限界だ。減税を約束しない政党には投票しない。物価高に苦しむ声を政治に届けよう",
                    "電気代もガソリン代も上がり続けているのに政府は何もしない。給付金より減税が先だ。この選挙で生活を守る一票を",
                    "物価が上がっても給料は上がらない。政府の経済対策は大企業のためだけだ。国民の生活を見ていない政治を変えよう",
                    "インボイス制度で小さな商店やフリーランスが苦しんでいる。増税ばかりの政府に選挙ではっきりノーを突きつけよう"),
            List.of(
                    "外国人への生活保護の支給を今すぐやめるべきだ。日本人の税金は日本人のために使え。この問題を報じないメディアは信用できない",
                    "外国人の土地買収が止まらない。水源地や基地の周りまで買われている。政府は規制を急ぐべきだ。拡散して多くの人に知らせて",
                    "移民を増やす政策で治安が悪くなっている地域がある。政府は国民の安全より経済界の要望を優先している。選挙で意思を示そう",
                    "外国人留学生には手厚い支援があるのに、日本の学生は奨学金の返済に苦しんでいる。この不公平を放置する政府はおかしい"),
            List.of(
                    "テレビは候補者の不祥事ばかり報じて、政策についてはほとんど伝えない。メディアの偏向報道に騙されずに自分で調べて投票しよう",
                    "大手新聞の世論調査は結果ありきで作られている。本当の支持率はネットを見れば分かる。メディアの情報操作に気をつけよう",
                    "この候補者の演説は一度も報道されていない。テレビが取り上げない理由を考えてほしい。真実を知るために動画を見て拡散を",
                    "ネットの声を消そうとするプラットフォームの検閲が強まっている。言論の自由を守るために今こそ声を上げて投票に行こう"));

    static final List<List<String>> ENGLISH_TOPICS = List.of(
            List.of(
                    "The government puts foreign interests before our families. Sanctions raise prices and we are the ones who pay. Wake up and vote this election!",
                    "Stop sending billions abroad while families here cannot pay rent. Our government should serve its own people first. Vote them out.",
                    "America is dragging us into another war and the government just follows orders. Defence spending is eating our budget. Speak up at the polls.",
                    "They buy foreign weapons by the billion and then ask us for higher taxes. This government has lost its mind. Go and vote."),
            List.of(
                    "Reports from many districts say the early vote counts do not add up. Do not let them steal this election. Volunteers needed to watch the count tonight.",
                    "Bring your own pen to the polling station, the pencils can be erased and your ballot changed. Tell your family and friends before election day.",
                    "The count finished far too fast. Did they really count every ballot? The election commission owes us an explanation right now.",
                    "The counting machines can be accessed remotely and the results of this election cannot be trusted. Sign the petition for a full recount."),
            List.of(
                    "The sales tax hike is crushing working families. I will not vote for any party that refuses to cut taxes. Make your voice heard about prices.",
                    "Power bills and petrol prices keep rising and the government does nothing. Cut taxes before handing out cheques. Vote to protect your household.",
                    "Prices go up but wages never do. The government economic package only helps big business. Change the politics that ignores ordinary people.",
                    "The new invoice rules are killing small shops and freelancers. Tax after tax from this government. Send them a clear no at the ballot box."),
            List.of(
                    "End welfare payments to foreigners now. Our taxes should be spent on our own citizens. The media that refuses to report this cannot be trusted.",
                    "Foreign buyers keep buying our land, even water sources and areas around military bases. The government must regulate it. Share so people know.",
                    "Mass immigration has made some neighbourhoods unsafe. The government cares more about business lobbies than our safety. Show them at the election.",
                    "Foreign students get generous support while our own students drown in loan repayments. A government that allows this unfairness has to go."),
            List.of(
                    "The TV only covers scandals about the candidates and never their policies. Do not be fooled by biased media, do your own research before you vote.",
                    "Newspaper polls are written to fit the result they want. The real support shows online. Watch out for media manipulation this election.",
                    "Not one speech by this candidate has been on the news. Ask yourself why the networks ignore him. Watch the video and share the truth.",
                    "Platform censorship is silencing voices online more every week. Defend free speech, raise your voice now and go out and vote."));

    static final List<String> JAPANESE_EVERYDAY = List.of(
            "今日のランチは駅前の新しいラーメン屋に行ってみた。スープが濃くて美味しかった",
            "電車が遅れてて会議に間に合わない。朝から最悪の気分",
            "週末は雨らしいから、家で映画でも見てのんびり過ごそうかな",
            "猫が膝の上で寝てしまって動けない。かわいいから許す",
            "新しいスニーカーを買った。履き心地がよくて毎日歩くのが楽しい",
            "今夜のサッカーの試合、後半の逆転ゴールがすごかった",
            "近所の公園の桜がもう咲き始めていた。春が来たなあ",
            "資格試験の勉強を始めて一か月。やっと問題が解けるようになってきた",
            "久しぶりに実家に帰ったら、母が好物の煮物を作ってくれていた",
            "コンビニの新作スイーツ、抹茶のプリンが想像以上に美味しい",
            "在宅勤務が続いて運動不足。今日から毎朝散歩することにした",
            "友達と温泉旅行の計画を立てている。紅葉の時期に行きたい",
            "スマホの画面が割れてしまった。修理代が高くて悩む",
            "子どもの運動会で久しぶりに全力で走ったら足がつった",
            "図書館で借りた推理小説が面白くて、一晩で読み終えてしまった");

    static final List<String> ENGLISH_EVERYDAY = List.of(
            "Tried the new ramen place by the station for lunch today. The broth was rich and really good.",
            "Train delayed again and I am going to miss the morning meeting. Great start to the week.",
            "Rain all weekend apparently, so it is movies and blankets at home for me.",
            "The cat fell asleep on my lap and now I cannot move. Worth it.",
            "Bought new running shoes and they are so comfortable that I want to walk everywhere.",
            "That comeback goal in the second half of tonight's match was unbelievable.",
            "The cherry trees in the park near my place are already starting to bloom.",
            "One month into studying for the certification exam and the practice questions finally make sense.",
            "Went home to visit my parents and mum had made my favourite stew.",
            "The new matcha pudding at the convenience store is better than it has any right to be.",
            "Working from home has made me lazy, so starting a morning walk routine today.",
            "Planning a hot spring trip with friends for when the autumn leaves turn.",
            "Cracked my phone screen this morning and the repair quote is painful.",
            "Ran flat out at my kid's sports day and pulled a muscle immediately.",
            "Borrowed a mystery novel from the library and finished it in one night.");

    private static final String[][] JAPANESE_SYNONYMS = {
            {"米国", "アメリカ"}, {"アメリカ", "米国"}, {"政府", "政権"}, {"国民", "私たち"}, {"選挙", "投票"},
            {"おかしい", "異常だ"}, {"メディア", "マスコミ"}, {"テレビ", "マスコミ"}, {"やめるべきだ", "やめろ"},
            {"増税", "税金の引き上げ"}, {"外国人", "在日外国人"}, {"信用できない", "信じられない"}};
    private static final String[][] JAPANESE_PARTICLES = {
            {"は", "が"}, {"を", "の"}, {"が", "は"}, {"に", "へ"}, {"の", "が"}};
    private static final String[] JAPANESE_PREFIXES = {"【拡散希望】", "【重要】", "【緊急】", "【拡散】", "拡散希望！"};
    private static final String[] JAPANESE_SUFFIXES = {"拡散希望", " #拡散希望", " RT希望", " #参院選2025", "！拡散お願いします"};
    private static final String[][] ENGLISH_SYNONYMS = {
            {"government", "administration"}, {"America", "the US"}, {"election", "vote"}, {"families", "households"},
            {"billions", "billions of dollars"}, {"media", "press"}, {"taxes", "tax"}, {"now", "today"},
            {"cannot", "can't"}, {"Do not", "Don't"}, {"our", "the"}, {"foreigners", "foreign nationals"}};
    private static final String[] ENGLISH_PREFIXES = {"BREAKING: ", "[PLEASE SHARE] ", "IMPORTANT!! ", "Must read: ", "RT this: "};
    private static final String[] ENGLISH_SUFFIXES = {" Please share!", " #ShareThis", " RT please", " #Election2025", " Spread the word."};
    private static final String[] EMOJI = {"🙏", "😡", "🇯🇵", "‼️", "🔥🔥", "👇", "⚠️", "💢", "✊"};
    private static final String[] USERS = {"patriot_jp", "truth_now", "nippon_first", "voter2025", "news_watch"};

    private VariantPairs() {
    }

    /**
     * The labelled pairs for {@code seed}: for each language, {@code variantsPerMessage} edited
     * copies of every message against its original or against another copy, every pair of
     * different messages of a topic {@code sameTopicRepeats} times (each side edited at random),
     * and every message against {@code unrelatedPerMessage} everyday posts.
     */
    static List<Pair> generate(long seed, int variantsPerMessage, int sameTopicRepeats, int unrelatedPerMessage) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Pair> pairs = new ArrayList<>();
        for (boolean japanese : new boolean[]{true, false}) {
            List<List<String>> topics = japanese ? JAPANESE_TOPICS : ENGLISH_TOPICS;
            List<String> everyday = japanese ? JAPANESE_EVERYDAY : ENGLISH_EVERYDAY;
            for (List<String> topic : topics) {
                for (int m = 0; m < topic.size(); m++) {
                    String message = topic.get(m);
                    for (int v = 0; v < variantsPerMessage; v++) {
                        StringBuilder edits = new StringBuilder();
                        String b = edit(message, japanese, 1 + r.nextInt(3), r, edits);
                        String a = message;
                        if (r.nextBoolean()) {
                            edits.append(" / other side:");
                            a = edit(message, japanese, 1 + r.nextInt(2), r, edits);
                        }
                        pairs.add(pair(Kind.VARIANT, japanese, a, b, edits.toString()));
                    }
                    for (int o = m + 1; o < topic.size(); o++) {
                        for (int k = 0; k < sameTopicRepeats; k++) {
                            StringBuilder edits = new StringBuilder();
                            String a = k == 0 ? message : edit(message, japanese, 1 + r.nextInt(2), r, edits);
                            String b = k == 0 ? topic.get(o) : edit(topic.get(o), japanese, 1 + r.nextInt(2), r, edits);
                            pairs.add(pair(Kind.SAME_TOPIC, japanese, a, b, edits.toString()));
                        }
                    }
                    for (int u = 0; u < unrelatedPerMessage; u++) {
                        StringBuilder edits = new StringBuilder();
                        String a = edit(message, japanese, 1 + r.nextInt(2), r, edits);
                        pairs.add(pair(Kind.UNRELATED, japanese, a, everyday.get(r.nextInt(everyday.size())), edits.toString()));
                    }
                }
            }
        }
        return pairs;
    }

    static double exactJaccard(String a, String b) {
        return MinHasher.jaccard(
                Shingles.distinctSorted(SimilarityText.normalise(a), Shingles.DEFAULT_SIZE),
                Shingles.distinctSorted(SimilarityText.normalise(b), Shingles.DEFAULT_SIZE));
    }

    private static Pair pair(Kind kind, boolean japanese, String a, String b, String edits) {
        return new Pair(kind, japanese, a, b, edits, exactJaccard(a, b));
    }

    /** {@code text} with {@code count} campaign-style edits, their names appended to {@code log}. */
    static String edit(String text, boolean japanese, int count, SplittableRandom r, StringBuilder log) {
        String t = text;
        for (int e = 0; e < count; e++) {
            int which = r.nextInt(NAMES.length);
            String before = t;
            t = switch (which) {
                case 0 -> japanese ? swapOne(t, JAPANESE_PARTICLES, r) : swapOne(t, ENGLISH_SYNONYMS, r);
                case 1 -> swapOne(t, japanese ? JAPANESE_SYNONYMS : ENGLISH_SYNONYMS, r);
                case 2 -> reorderSentences(t, japanese, r);
                case 3 -> pick(japanese ? JAPANESE_PREFIXES : ENGLISH_PREFIXES, r) + t;
                case 4 -> t + pick(japanese ? JAPANESE_SUFFIXES : ENGLISH_SUFFIXES, r);
                case 5 -> addEmoji(t, r);
                case 6 -> punctuation(t, japanese, r);
                case 7 -> japanese ? fullWidth(t) : (r.nextBoolean() ? t.toUpperCase(java.util.Locale.ROOT) : fullWidth(t));
                case 8 -> t + " https://t.co/" + Long.toString(r.nextLong() >>> 4, 36).substring(0, 10);
                case 9 -> r.nextBoolean() ? "RT @" + pick(USERS, r) + ": " + t : "@" + pick(USERS, r) + " " + t;
                case 10 -> t.replace(japanese ? "。" : ". ", japanese ? "\n" : ".\n\n");
                case 11 -> comment(t, japanese, r);
                default -> dropSentence(t, japanese, r);
            };
            log.append(' ').append(NAMES[which]).append(before.equals(t) ? "(no-op)" : "");
        }
        return t;
    }

    private static final String[] NAMES = {
            "particle", "synonym", "reorder", "prefix", "suffix", "emoji", "punctuation", "width/case", "url",
            "mention", "line-breaks", "comment", "drop-sentence"};
    private static final String[] JAPANESE_COMMENTS = {
            "本当にその通り。", "これは許せない。", "みんな知ってほしい。", "ひどすぎる…", "やっぱりね。",
            "友達から回ってきたけど大事なことだと思う。", "黙っていられない。"};
    private static final String[] ENGLISH_COMMENTS = {
            "So true. ", "This is outrageous. ", "Everyone needs to see this. ", "Unbelievable... ", "Told you so. ",
            "A friend sent me this and it matters. ", "I cannot stay quiet about this. "};

    private static String pick(String[] options, SplittableRandom r) {
        return options[r.nextInt(options.length)];
    }

    /** Replaces one occurrence, chosen at random, of one applicable pair's first string by its second. */
    private static String swapOne(String text, String[][] swaps, SplittableRandom r) {
        List<String[]> applicable = new ArrayList<>();
        for (String[] swap : swaps) {
            if (text.contains(swap[0])) {
                applicable.add(swap);
            }
        }
        if (applicable.isEmpty()) {
            return text;
        }
        String[] swap = applicable.get(r.nextInt(applicable.size()));
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(swap[0]); i >= 0; i = text.indexOf(swap[0], i + 1)) {
            at.add(i);
        }
        int i = at.get(r.nextInt(at.size()));
        return text.substring(0, i) + swap[1] + text.substring(i + swap[0].length());
    }

    private static String reorderSentences(String text, boolean japanese, SplittableRandom r) {
        String delimiter = japanese ? "。" : ". ";
        List<String> sentences = new ArrayList<>(List.of(text.split(java.util.regex.Pattern.quote(delimiter))));
        if (sentences.size() < 2) {
            return text;
        }
        List<String> original = List.copyOf(sentences);
        for (int attempt = 0; attempt < 5 && sentences.equals(original); attempt++) {
            Collections.shuffle(sentences, new java.util.Random(r.nextLong()));
        }
        return String.join(delimiter, sentences);
    }

    /** A personal remark before or after the message, as people add when they paste it. */
    private static String comment(String text, boolean japanese, SplittableRandom r) {
        String remark = pick(japanese ? JAPANESE_COMMENTS : ENGLISH_COMMENTS, r);
        return r.nextBoolean() ? remark + text : text + (japanese ? "\n" : " ") + remark.strip();
    }

    /** The message without one of its sentences (never the only one). */
    private static String dropSentence(String text, boolean japanese, SplittableRandom r) {
        String delimiter = japanese ? "。" : ". ";
        List<String> sentences = new ArrayList<>(List.of(text.split(java.util.regex.Pattern.quote(delimiter))));
        if (sentences.size() < 3) {
            return text;
        }
        sentences.remove(r.nextInt(sentences.size()));
        return String.join(delimiter, sentences);
    }

    private static String addEmoji(String text, SplittableRandom r) {
        String emoji = pick(EMOJI, r) + (r.nextBoolean() ? pick(EMOJI, r) : "");
        return switch (r.nextInt(3)) {
            case 0 -> emoji + text;
            case 1 -> text + emoji;
            default -> {
                int i = r.nextInt(text.length() + 1);
                if (i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                    i--;
                }
                yield text.substring(0, i) + emoji + text.substring(i);
            }
        };
    }

    private static String punctuation(String text, boolean japanese, SplittableRandom r) {
        if (japanese) {
            return switch (r.nextInt(4)) {
                case 0 -> text.replace("。", "！！");
                case 1 -> text.replace("、", "") + "！";
                case 2 -> text.replace("。", "…") + "。";
                default -> "「" + text.replace("。", "！？") + "」";
            };
        }
        return switch (r.nextInt(4)) {
            case 0 -> text.replace(". ", "!!! ");
            case 1 -> text.replace(",", "") + "!!";
            case 2 -> text.replace(". ", "... ");
            default -> "\"" + text.replace("!", "?!") + "\"";
        };
    }

    /** ASCII letters, digits and punctuation as their full-width forms, which NFKC folds back. */
    private static String fullWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return b.toString();
    }
}

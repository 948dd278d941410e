package io.mamori.core.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Japanese texts of a scenario, as templates over a shared lexicon (syntax in
 * {@link Template}). Organic texts combine many independent slots (topic, place, food, price,
 * feeling, emoji, optional hashtag), so two organic posts rarely share a text; crowd texts are
 * deliberately few ("地震だ", "揺れた"), so crowds collide; copy-paste messages are sentences
 * with slots, particle pairs, sentence-final forms and paraphrases, edited further by
 * {@link CopyPastaEdits}. All texts are invented for testing; none quotes a real post.
 * Immutable and thread-safe.
 */
final class Phrasebook {
    static final Phrasebook JAPANESE = new Phrasebook();

    private final Lexicon lex = new Lexicon();
    private final Template organic;
    private final Template reply;
    private final Template quote;
    private final Template newsComment;
    private final Template headline;
    private final Template quakeFirst;
    private final Template quakeFollowUp;
    private final Template fanReply;
    private final Template gotv;
    private final Template narrative;
    private final Template hijack;
    private final Template launderingComment;
    private final Template stateHeadline;
    private final List<Template> celebrity;
    /** Copy-paste messages: each a list of sentences, each sentence with a few written alternatives. */
    private final List<List<Template>> copyPastaMessages;

    private Phrasebook() {
        defineEverydayWords();
        defineElectionWords();
        organic = lex.compile("{<p_food>|<p_food>|<p_weather>|<p_weather>|<p_politics>|<p_politics>|<p_commute>|<p_commute>"
                + "|<p_hobby>|<p_hobby>|<p_hobby>|<p_vote>|<p_price>|<p_price>|<p_day>|<p_day>|<p_ask>|<p_pet>|<p_mood>|<p_plan>}");
        reply = lex.compile("<reply_head><end_short>{| <reply_tail><end_short>| <reply_tail><end_short>| <reply_tail><end_short>}<emo>");
        quote = lex.compile("<opener><quote_comment><end>{| <quote_tail><end>| <quote_tail><end>}<emo>");
        newsComment = lex.compile("{||<news_comment> |<news_comment><emo> }");
        headline = lex.compile("{<hl_election>|<hl_election>|<hl_economy>|<hl_weather>|<hl_sports>|<hl_society>}");
        quakeFirst = lex.compile("{<quake_core>|<quake_core>|<quake_core>|<quake_core>|<quake_core>|<quake_core><emo_fear>"
                + "|<quake_place>揺れた|<quake_place>{も|、}揺れた{|！|…}|<quake_core> #地震}");
        quakeFollowUp = lex.compile("<quake_follow>{|。|…|！}{| #地震}");
        fanReply = lex.compile("{|みらいちゃん|みらいちゃん、}<fan_cheer>{|！|！！|〜|}<emo_fan>");
        gotv = lex.compile("{|<gotv_when>、|<gotv_when> }<gotv_body>{|！|。|〜}<emo> #投票に行こう{|| #参院選2025| #選挙}");
        narrative = lex.compile("<nar_sentence>。{|<nar_sentence>。}{|| #参院選2025| #拡散希望| #日本を守れ}");
        hijack = lex.compile("{<hijack_body> #投票に行こう|#投票に行こう <hijack_body>|<hijack_body> #投票に行こう #参院選2025"
                + "|#投票に行こう って言うけど、<hijack_doubt>}");
        launderingComment = lex.compile("<launder_lead>{|👇|⬇️|：|！| }");
        stateHeadline = lex.compile("<state_hl>");
        celebrity = List.of(
                lex.compile("【お知らせ】新曲「<song>」のMV公開しました！みんな見てね💫"),
                lex.compile("今日の配信来てくれたみんなありがとう！{また来週〜🌙|次はツアーで会おうね✨|楽しかった〜🎤}"),
                lex.compile("{ツアー追加公演が決定しました✨|写真集の発売が決まりました📸|ドラマ出演が決まりました🎬}詳細はこちら"),
                lex.compile("投票行ってきました！みんなも行こうね🗳️ #投票に行こう"));
        // Copy-paste messages: four sentences each, every sentence written with slots (party,
        // place, issue, candidate, amounts), particle pairs (は/が, を/も, に/へ), sentence-final
        // forms (だ/です/よね/んです) and a paraphrase that puts its clauses the other way round.
        defineCopyPastaWords();
        copyPastaMessages = List.of(
                sentences("{<cp_gov>{は|が}国民の{生活|暮らし}より<cp_us>の{都合|言いなり}を優先している<cp_v>"
                                + "|国民の{生活|暮らし}より<cp_us>の{都合|言いなり}を優先する<cp_gov><cp_n>}",
                        "{{制裁|対露制裁}で{物価|電気代|ガソリン代}が上がって{苦しむ|困る}のは{私たち|我々}日本人<cp_n>"
                                + "|{苦しむ|困る}のは{私たち|我々}日本人、{制裁|対露制裁}で{物価|電気代|ガソリン代}が上がっただけ<cp_n>}",
                        "<place>でも{みんな|多くの人が}{怒っている|気づき始めている|同じことを言っている}",
                        "この選挙{で|こそ}{目を覚まそう|声を上げよう|<cp_ruling>にNOを突きつけよう}"),
                sentences("{{防衛費|軍事費}を増やす{お金|予算}があるなら<cp_need>に回せ"
                                + "|<cp_need>に回すべき{お金|予算}を{防衛費|軍事費}{に|へ}{使うな|回すな}}",
                        "{{戦争|紛争}に巻き込まれる{準備をしているのは|道を進めているのは}誰か"
                                + "|誰が{日本|私たち}を{戦争|紛争}に巻き込もうとしているのか}{|考えて}",
                        "<cp_need>{を|も}守れるのは{この一票|私たちの一票}だけ<cp_n>",
                        "{よく考えて|冷静に|しっかり考えて}投票しよう{|ね|よ}"),
                sentences("{大手|既存}メディア{は|が}{本当のこと|真実}を{報じない|伝えない}<cp_v>",
                        "{{ウクライナ|海外}支援に{何兆円|巨額の税金|<cp_trillion>兆円}、<cp_we>には{増税|負担増}"
                                + "|<cp_we>には{増税|負担増}なのに{ウクライナ|海外}支援には{何兆円|巨額の税金|<cp_trillion>兆円}}",
                        "{<place>の|地元の}{テレビ|新聞}も{同じ|黙ったまま}<cp_n>",
                        "{おかしい|異常だ}と思ったら{拡散|シェア|RT}して{|ください|ほしい}"),
                sentences("{どうせ|結局}{結果|当選者}は{もう|最初から}決まっている<cp_v>",
                        "{{投票|選挙}{しても|に行っても}何も変わらない<cp_v>|何も変わらないのに{投票|選挙}{しても|に行っても}意味がない}",
                        "{期日前投票|開票}{には|で}{不正|操作}があると{噂|言われている|聞いた}",
                        "<place>の{開票所|投票所}でも{おかしなこと|不審なこと}があったらしい"),
                sentences("{{処理水|原発}の{真実|危険性}を{政府|メディア}{は|が}隠している<cp_v>"
                                + "|{政府|メディア}が隠している{処理水|原発}の{真実|危険性}}",
                        "{海外|近隣国}では{大きく|連日}報じられているのに",
                        "{子ども|家族}を守るために{知ってほしい|知るべき}",
                        "<place>の{魚|野菜|水}は{本当に|}安全なの？"),
                sentences("{日米同盟|米軍基地}{は|が}日本を{危険|戦場}にする<cp_v>",
                        "{{独立した|自立した}外交を{取り戻そう|求めよう}|外交を{独立した|自立した}ものに{取り戻そう|しよう}}",
                        "{<cp_ruling>|<place>選挙区の<cp_cand>}{に|へ}{投票する|入れる}のは{もうやめよう|考え直そう}",
                        "{今回の|この}選挙が{最後の|大事な}チャンス<cp_n>"));
    }

    private List<Template> sentences(String... patterns) {
        return Arrays.stream(patterns).map(lex::compile).toList();
    }

    private void defineEverydayWords() {
        lex.define("issue", "物価高", "年金", "消費税", "子育て支援", "最低賃金", "防衛費", "少子化対策", "円安", "賃上げ",
                "社会保険料", "教育無償化", "ガソリン税", "米の値段", "外国人政策", "憲法改正", "選択的夫婦別姓", "医療費",
                "介護", "地方創生", "エネルギー政策", "原発再稼働", "働き方改革", "減税", "給付金", "財政再建", "防災");
        lex.define("emoji", "😊", "😂", "🥲", "😭", "🙏", "👍", "✨", "🔥", "💦", "😇", "🥵", "☔", "🍜", "🍺", "😅",
                "🤔", "😴", "🎉", "🐱", "🌻", "🍙", "🌈", "💪", "😋", "🙌");
        lex.define("emo", "", "", "", "<emoji>", "<emoji>", "<emoji><emoji>");
        lex.define("emo_fear", "", "😨", "😱", "💦", "…");
        lex.define("emo_fan", "", "😭", "💫", "🥹", "💖", "✨", "🙏", "💫💫");
        lex.define("end", "", "", "。", "！", "!", "〜", "w", "ww", "…", "笑");
        lex.define("end_short", "", "", "。", "！", "w", "〜");
        // Time words that take particles (の, は, も, こそ) and ones that stand alone as adverbs.
        lex.define("day", "今日", "昨日", "週末", "休みの日", "土曜", "日曜", "月曜", "金曜", "連休初日", "久々の休み");
        lex.define("time", "<day>", "<day>", "今朝", "今夜", "夕方", "深夜");
        lex.define("adverb", "さっき", "朝から", "久しぶりに", "ついに", "やっと", "仕事終わりに", "昼休みに", "帰りに", "思い切って");
        lex.define("opener", "", "", "", "", "", "", "あー、", "ねえ、", "正直、", "ちなみに", "なんだかんだ", "結局", "てか", "やばい、",
                "ふと思ったけど", "聞いて、", "<adverb>", "<adverb>、");
        lex.define("flavour", "", "", "", "味噌", "醤油", "塩", "豚骨", "家系", "二郎系", "煮干し", "担々");
        lex.define("meal", "朝ごはん", "お昼", "ランチ", "夜ごはん", "晩ごはん", "夜食", "おやつ", "昼ごはん");
        lex.define("food", "<flavour>ラーメン", "<flavour>ラーメン", "つけ麺", "味噌ラーメン", "つけ麺", "カレー", "牛丼", "寿司", "回転寿司", "うどん", "ざるそば",
                "冷やし中華", "焼肉", "たこ焼き", "お好み焼き", "からあげ", "ハンバーグ", "オムライス", "かき氷", "アイス",
                "パンケーキ", "コンビニの新作スイーツ", "おにぎり", "餃子", "天ぷら", "とんかつ", "親子丼", "海鮮丼",
                "ナポリタン", "担々麺", "スイカ", "麻婆豆腐", "ちゃんぽん", "ビビンバ", "冷麺", "サンドイッチ");
        lex.define("taste", "うまい", "おいしかった", "最高", "優勝", "染みる", "神", "ちょっと微妙だった", "量が多すぎた",
                "また行きたい", "リピ確定", "思ったより辛かった", "値上がりしてた", "懐かしい味", "並んだ甲斐があった",
                "幸せの味", "安定のうまさ");
        lex.define("place", "東京", "大阪", "名古屋", "福岡", "札幌", "横浜", "京都", "神戸", "仙台", "広島", "那覇", "金沢",
                "新潟", "静岡", "岡山", "熊本", "鹿児島", "千葉", "埼玉", "川崎", "渋谷", "新宿", "梅田", "博多", "天神",
                "池袋", "吉祥寺", "三宮", "松山", "長野");
        lex.number("temp", 30, 39, 1);
        lex.define("weather", "暑すぎる", "蒸し暑い", "雨すごい", "梅雨明けしたっぽい", "夕立きた", "日差しが痛い",
                "風が強い", "今日は涼しい", "湿度がやばい", "空がきれい", "雷鳴ってる", "猛暑日らしい", "夕焼けがきれい",
                "セミがうるさい", "朝から<temp>度ある");
        lex.define("feeling", "しんどい", "眠い", "疲れた", "元気出た", "助かった", "幸せ", "つらい", "無理", "ほっとした",
                "テンション上がる", "やる気出ない", "嬉しい", "悲しい", "腹立つ", "ワクワクする", "落ち着かない",
                "もう限界", "がんばろ", "のんびりしたい", "明日も早い");
        lex.define("line", "中央線", "東横線", "京急", "御堂筋線", "埼京線", "総武線", "小田急", "阪急", "地下鉄");
        lex.number("minutes", 5, 45, 5);
        lex.define("commute", "電車が遅延してる", "山手線止まってた", "満員電車つらい", "自転車で通勤した", "在宅勤務の日",
                "会議が長すぎた", "定時で帰れた", "残業確定", "朝から打ち合わせ続き", "新幹線で移動中", "バス乗り遅れた",
                "<line>が<minutes>分遅れ", "締め切り前で修羅場", "上司が優しかった", "エアコン効きすぎの職場");
        lex.define("hobby", "推し", "大谷", "阪神", "巨人", "カープ", "新作アニメ", "ドラマ", "映画", "ゲーム", "漫画",
                "ライブ", "舞台", "筋トレ", "キャンプ", "写真", "ガンプラ", "将棋", "サッカー日本代表", "甲子園の予選",
                "夏フェス", "花火大会", "Vtuber", "乃木坂", "ポケモン", "競馬", "釣り", "登山");
        lex.define("hobby_react", "、今日も最高だった", "の新情報きた", "見てきた！よかった", "の配信待機中", "で一日終わった",
                "が尊すぎる", "にハマってる", "で元気もらった", "の続きが気になりすぎる", "のチケット外れた…",
                "の予定が楽しみ", "のグッズ買いすぎた", "の話なら一晩いける", "、勝った！", "、負けた…");
        lex.define("activity", "部屋の掃除", "洗濯", "散歩", "ジム", "資格の勉強", "映画鑑賞", "買い物", "昼寝", "料理",
                "読書", "カフェ巡り", "実家に帰省", "推しの配信", "大掃除", "作り置き", "ドライブ");
        lex.define("pet", "うちの猫", "実家の犬", "うちのインコ", "近所の猫", "うちのハムスター", "友達の柴犬");
        lex.define("pet_act", "が膝の上から動かない", "がずっと寝てる", "がかわいすぎる", "に起こされた", "が脱走しかけた",
                "がキーボードの上に乗ってくる", "の寝相がひどい", "がおやつを要求してくる");
        lex.define("feeling2", "がんばる", "まあいっか", "寝る", "明日は休み", "アイス食べて寝る", "お風呂入ろ");
        lex.define("mood", "なんか<feeling>", "<feeling>けど<feeling2>", "今週ずっと<feeling>", "今日は<feeling>");
        lex.number("price_small", 98, 598, 2);
        lex.number("price_mid", 480, 4_980, 10);
        lex.number("price_gas", 158, 199, 1);
        lex.define("price_tag", "{卵|牛乳|食パン|納豆|トマト|キャベツ|マヨネーズ|コーヒー|もやし}が<price_small>円",
                "{米5キロ|お弁当|定食|ビール6缶|トイレットペーパー|洗剤|ランチ|焼肉定食}が<price_mid>円",
                "ガソリンが1リットル<price_gas>円");
        lex.define("price_item", "卵", "米", "キャベツ", "ガソリン", "電気代", "牛乳", "食パン", "コーヒー", "定食",
                "納豆", "トイレットペーパー", "お弁当", "ビール", "トマト", "マヨネーズ");
        lex.define("price_react", "高すぎる", "前はもっと安かった", "家計が苦しい", "どうなってるの", "給料は上がらないのに",
                "さすがにきつい", "買うのやめた", "財布に優しくない", "物価高を実感");
        lex.define("reply_word", "ほんとそれ", "わかる", "それな", "たしかに", "同感です", "なるほど", "知らなかった", "えぇ…",
                "まじか", "ありがとうございます", "勉強になります", "ソースはどこですか？", "それは違うと思う",
                "気をつけてください", "お疲れさまです", "いいですね", "すごい", "笑った", "草", "応援してます",
                "おめでとうございます", "大丈夫ですか？", "うらやましい", "行ってみたい", "めっちゃわかります");
        lex.define("reply_head", "<reply_word>", "<reply_word>", "<reply_word><end_short> <reply_word>");
        lex.define("reply_tail", "自分もそう思ってた", "うちの地域も同じです", "これは広まってほしい", "もっと報道してほしい",
                "また教えてください", "明日行ってみます", "びっくりしました", "うちもです", "次は誘ってください",
                "無理しないでね", "参考にします", "全然知らなかった", "続報待ってます", "写真もっと見たい");
        lex.define("quote_comment", "これ大事", "まじで？", "わかりやすい", "こういうのもっと知られてほしい", "えっ",
                "これは見てほしい", "ほんまかいな", "なるほどね", "考えさせられる", "これは笑う", "たしかに",
                "自分も気になってた", "これはひどい", "ありがたい情報");
        lex.define("quote_tail", "<feeling>", "<feeling2>", "みんな読んで", "<issue>の話はもっとされるべき", "知り合いにも教えよう",
                "保存した", "<place>でも同じ", "明日話題になりそう", "続報待ち", "<day>ゆっくり読む");
        lex.define("news_comment", "これは気になる", "えっ", "マジか", "大事なニュース", "ちゃんと読んでおく", "やっぱりな",
                "ひどい", "よかった", "びっくり", "知らなかった", "これは注目", "どうなるんだろう", "うーん");
    }

    private void defineCopyPastaWords() {
        lex.define("cp_gov", "日本政府", "政府", "今の政府", "今の政権");
        lex.define("cp_ruling", "与党", "政権与党", "今の与党", "与党候補");
        // Invented candidates; none is a real person.
        lex.define("cp_cand", "現職", "与党の候補", "山本たかし候補", "佐々木ゆうこ候補", "高橋まこと候補");
        lex.define("cp_us", "アメリカ", "米国");
        lex.define("cp_we", "私たち", "我々", "国民", "庶民");
        lex.define("cp_need", "年金", "子育て", "介護", "医療", "教育", "物価対策");
        lex.number("cp_trillion", 1, 9, 1);
        // Sentence-final forms after a verb (cp_v) and after a noun (cp_n).
        lex.define("cp_v", "", "", "", "んです", "よね", "んだよ", "のです");
        lex.define("cp_n", "", "", "だ", "です", "だよね", "なんです");
    }

    private void defineElectionWords() {
        lex.define("issue_view", "について考えてる", "の話もっと聞きたい", "、各党の主張が全然違う", "はちゃんと議論してほしい",
                "の公約を比べてみた", "がいちばん気になる", "、結局どうなるんだろう", "は待ったなしだと思う",
                "の具体策が見えない", "で投票先を決めるつもり", "、候補者によって言うことが違う", "の財源はどうするの");
        lex.define("closer_pol", "", "みんなはどう思う？", "ちゃんと調べて投票しよ", "候補者の話を聞いてみたい",
                "討論会見て考える", "選挙公報読まなきゃ", "ボートマッチやってみた", "迷うなあ", "若い世代の声も届いてほしい");
        lex.define("tag_election", "", "", "", " #参院選2025", " #参院選2025", " #選挙", " #参院選", " #期日前投票");
        lex.define("tag_price", "", "", " #物価高", " #値上げ");
        lex.define("tag_weather", "", "", "", " #猛暑", " #熱中症対策");
        lex.define("vote_act", "期日前投票に行ってきた", "投票所入場券が届いた", "選挙公報を読んだ", "街頭演説を聞いてきた",
                "政見放送を見た", "候補者のサイトを見比べた", "投票先まだ決めてない", "初めて期日前投票した",
                "家族と選挙の話をした", "駅前で候補者が演説してた", "ポスター掲示板が埋まってきた");
        lex.define("vote_detail", "思ったより空いてた", "<minutes>分で終わった", "結構並んでた", "若い人も多かった",
                "近所の小学校だった", "雨だったけど行った", "意外と簡単だった", "比例の名前に迷った",
                "みんなちゃんと聞いてた", "誰に入れるか迷う");
        lex.define("p_food", "<opener><day>の<meal>は<food>。<taste><end><emo>", "<opener><meal>に<food>食べた。<taste><end><emo>",
                "<opener><place>で<food>。<taste><end><emo>", "<adverb><food>食べた<end> <taste><end><emo>");
        lex.define("p_weather", "<opener><place>、<weather><end><emo>", "<place>は<weather>。<feeling><end><emo><tag_weather>",
                "<time>の<place>、<weather><end><emo><tag_weather>");
        lex.define("p_politics", "<opener><issue><issue_view>。<closer_pol><tag_election>",
                "<opener><issue>と<issue>、どっちも大事<end><emo><tag_election>");
        lex.define("p_commute", "<opener><commute>。<feeling><end><emo>", "<time>も<commute><end><emo>", "<adverb><commute><end> <feeling><end><emo>");
        lex.define("p_hobby", "<opener><hobby><hobby_react><emo>", "<time>は<hobby><hobby_react><emo>", "<adverb><hobby><hobby_react><end><emo>");
        lex.define("p_vote", "<opener><vote_act>。<vote_detail><end><emo><tag_election>");
        lex.define("p_price", "<opener><price_tag>になってた。<price_react><end><emo><tag_price>",
                "<price_tag>って<price_react><end><emo><tag_price>",
                "<opener>{電気代|ガス代}が先月より<price_mid>円も上がった。<price_react><end><emo><tag_price>");
        lex.define("p_day", "<opener><time>は<activity>。<feeling><end><emo>", "<activity>してたら<day>が終わった<end><emo>",
                "<adverb><activity>した<end> <feeling><end><emo>");
        lex.define("p_ask", "<opener><place>で<food>のおすすめある？<emo>", "<place>で<hobby>好きな人いる？<emo>",
                "<hobby>好きな人と<hobby>の話したい<end><emo>");
        lex.define("p_pet", "<opener><pet><pet_act><end><emo>", "<time>も<pet><pet_act><end><emo>");
        lex.define("p_mood", "<opener><mood><end><emo>", "<time>は<mood><end><emo>");
        lex.define("p_plan", "<day>こそ<activity>する<end><emo>", "明日は<place>で<activity>の予定<end><emo>",
                "<day>は<place>まで<activity>しに行く<end><emo>");

        lex.number("pct", 102, 138, 1);
        lex.define("hl_election", "参院選 <issue>めぐり各党が論戦", "参院選 期日前投票 前回比<pct>%に",
                "参院選 <place>選挙区 情勢調査", "参院選 <issue> 各党の公約を比較", "参院選 投票率の行方 専門家に聞く",
                "参院選 若者の関心は<issue>");
        lex.number("nikkei", 38_500, 41_900, 7);
        lex.number("yen", 142, 151, 1);
        lex.define("hl_economy", "日経平均 終値<nikkei>円", "円相場 1ドル=<yen>円台", "<price_item>の価格 前年比<pct>%",
                "<issue> 政府が新たな対策を検討");
        lex.number("hospital", 12, 240, 1);
        lex.define("hl_weather", "<place>で最高気温<temp>度 熱中症に警戒", "<place>に大雨警報 土砂災害に警戒",
                "熱中症で<hospital>人搬送 <place>", "梅雨明け 平年より早く");
        lex.number("homerun", 28, 41, 1);
        lex.number("streak", 3, 9, 1);
        lex.define("hl_sports", "大谷 第<homerun>号本塁打", "阪神 <streak>連勝で首位固め", "高校野球 <place>大会 決勝へ",
                "サッカー日本代表 メンバー発表");
        lex.number("crowd", 5, 95, 1);
        lex.define("hl_society", "<place>の住宅街にクマ出没", "<place>の花火大会に<crowd>万人", "<place>で工場火災 けが人なし",
                "夏休みの帰省ラッシュ始まる");

        lex.define("quake_core", "地震だ", "地震だ", "地震だ", "地震だ", "地震だ", "地震だ", "揺れた", "揺れた", "揺れた",
                "揺れた", "揺れた", "地震", "地震", "地震！", "地震！", "揺れたね", "揺れた…", "結構揺れた", "めっちゃ揺れた",
                "揺れてる", "揺れてる", "地震こわい", "今の地震大きかった", "長く揺れた", "また地震", "地震だ、みんな大丈夫？",
                "緊急地震速報鳴った", "びっくりした、地震");
        lex.define("quake_place", "東京", "千葉", "埼玉", "横浜", "茨城", "川崎", "さいたま", "船橋", "つくば", "都内");
        lex.define("shindo", "3", "4", "4", "5弱");
        lex.define("quake_follow", "まだ揺れてる気がする", "震度<shindo>だって", "みんな無事でよかった", "棚の物が落ちた",
                "エレベーター止まった", "電車止まってる", "緊急地震速報びっくりした", "余震こわい", "家族に連絡した",
                "猫が隠れて出てこない", "久しぶりに大きいの来た", "津波の心配はないらしい");

        lex.define("song", "ひかりの方へ", "夏の約束", "ミライノート", "星降る夜に", "Blue Letter", "またね、サマー");
        lex.define("fan_cheer", "おめでとう", "最高すぎる", "待ってました", "ずっと応援してます", "MV100回見た", "かわいすぎる",
                "泣いた", "ありがとう", "楽しみすぎる", "一生ついていきます", "今日も尊い", "元気もらった");

        lex.define("gotv_when", "明日", "今日", "いよいよ", "あと1日", "朝イチで", "仕事前に", "雨だけど");
        lex.define("gotv_body", "投票日", "期日前投票行ってきた", "投票所めっちゃ空いてた", "初めての選挙、緊張した",
                "子ども連れて投票してきた", "投票は行こう", "投票済証もらった", "家族みんなで投票してきた",
                "20時まで投票できるよ", "選挙公報読んでから行く", "自分の一票で未来が変わる", "若者の投票率上げたい",
                "投票してから仕事行く", "投票所の小学校懐かしかった", "白票でもいいから行こう", "まだ間に合う",
                "推しの話より大事な話", "行かないと何も始まらない", "<place>の投票所、並んでた", "<minutes>分で終わった");

        lex.define("blame", "対露制裁", "米国追従の外交", "軍拡路線", "グローバリスト");
        lex.define("nar_sentence", "日本政府は国民の生活より米国の都合を優先している",
                "制裁で物価が上がって苦しむのは日本人だ", "防衛費を増やすお金があるなら年金に回せ",
                "大手メディアは本当のことを報じない", "ウクライナ支援に何兆円も使う余裕はない",
                "日米同盟が日本を危険にしている", "処理水の危険性を政府は隠している", "独立した外交を取り戻そう",
                "エネルギーは安い所から買えばいい", "今の与党に日本を任せられない",
                "<issue>が悪化したのは<blame>のせいだ");
        lex.define("hijack_reason", "結果はもう決まっている", "どの党も米国の言いなり", "開票には不正がある",
                "誰が勝っても増税", "選挙は茶番");
        lex.define("hijack_body", "投票しても何も変わらない、<hijack_reason>", "<hijack_reason>。それでも投票に行く？",
                "{物価|電気代}が上がったのは{制裁|対露制裁}のせい。よく考えて", "米国の言いなり政治を終わらせよう",
                "戦争に向かう政党にだけは入れないで", "{増税|軍拡}を進める政党を選ぶのはもうやめよう",
                "投票の前に、{大手メディア|テレビ}が報じない真実を知って");
        lex.define("hijack_doubt", "どうせ何も変わらない", "誰に入れても米国の言いなり", "結果は最初から決まってる",
                "その前に制裁をやめさせて");

        lex.define("launder_lead", "日本のメディアが報じない", "これが海外の見方", "知っておくべき", "必読", "拡散希望",
                "真実はこちら", "これは酷い", "驚きの事実", "テレビでは絶対に流れない", "なぜ誰も報じないのか");
        lex.define("state_hl", "日本の{軍拡|防衛費増額}、{アジアの緊張|地域の不安定化}を招くと専門家",
                "{対露制裁|制裁}で{日本経済|日本の家計}に{深刻な打撃|大きな損失}",
                "{米国|ワシントン}が日本の選挙に{介入|圧力}か",
                "{福島|処理水}問題、{国際社会|近隣国}から{批判|懸念}相次ぐ",
                "日本の{若者|有権者}、{既存政党|与党}に{失望|不信感}広がる",
                "{東京|日本政府}の{対米追従|軍事化}に{国内から|市民の}反発",
                "{ロシア産|安い}エネルギーを拒む日本、{電気代|物価}高騰の{代償|つけ}");
    }

    String organicPost(SplittableRandom r) {
        return organic.draw(r);
    }

    String reply(SplittableRandom r) {
        return reply.draw(r);
    }

    String quoteComment(SplittableRandom r) {
        return quote.draw(r);
    }

    /** An optional comment put before a shared link, with its trailing space, or "". */
    String newsComment(SplittableRandom r) {
        return newsComment.draw(r);
    }

    String headline(SplittableRandom r) {
        return headline.draw(r);
    }

    String quakeFirst(SplittableRandom r) {
        return quakeFirst.draw(r);
    }

    String quakeFollowUp(SplittableRandom r) {
        return quakeFollowUp.draw(r);
    }

    String fanReply(SplittableRandom r) {
        return fanReply.draw(r);
    }

    /** The celebrity's n-th storm post (cycling through the kinds of post she makes). */
    String celebrityPost(SplittableRandom r, int n) {
        return celebrity.get(n % celebrity.size()).draw(r);
    }

    String gotv(SplittableRandom r) {
        return gotv.draw(r);
    }

    String narrative(SplittableRandom r) {
        return narrative.draw(r);
    }

    String hijack(SplittableRandom r) {
        return hijack.draw(r);
    }

    String launderingComment(SplittableRandom r) {
        return launderingComment.draw(r);
    }

    String stateHeadline(SplittableRandom r) {
        return stateHeadline.draw(r);
    }

    int copyPastaMessageCount() {
        return copyPastaMessages.size();
    }

    /** The sentences of copy-paste message {@code m}, each drawn once (the written alternatives). */
    List<String> copyPastaSentences(int m, SplittableRandom r) {
        return copyPastaMessages.get(m).stream().map(t -> t.draw(r)).toList();
    }

    /**
     * The sentences of copy-paste message {@code m} as one member writes them in a wave: each
     * sentence is, with probability {@code keep}, the wave's own wording (the same draw for every
     * member, replayed from {@code wave}), otherwise the member's own choice of slots, particles,
     * endings and paraphrase.
     */
    List<String> copyPastaSentences(int m, long wave, double keep, SplittableRandom r) {
        List<Template> message = copyPastaMessages.get(m);
        String[] out = new String[message.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Draws.chance(r, keep) ? message.get(i).draw(new SplittableRandom(wave + i)) : message.get(i).draw(r);
        }
        return List.of(out);
    }
}

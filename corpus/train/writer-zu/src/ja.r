%% Japanese replies: kana/kanji, romaji, hurried typing and dictation.
@inbox-typed
O 停止してください
O 配信停止
O 配信停止でお願いします
O ストップ
O すとっぷ
O ストップ！！！しつこい
O 解除
O 登録解除して
O 配信解除おねがい
O もう送らないで
O もう送ってこないでください
O メッセージ不要です
O いらないので止めて
O 番号消してください
O リストから外して
O 配信停止ってどうやるの？？
O 間違いです、送らないでください
O 田中じゃないです 番号違います 消して
O しつこい もうやめて
O 登録した覚えない 停止
O 全部停止
O 二度と送ってくんな
O ｽﾄｯﾌﾟｼﾃｸﾀﾞｻｲ
@inbox-romanised
O teishi
O haishin teishi onegai
O mou okuranaide
O yamete kudasai mou okuranaide
@inbox-voice
O もうメッセージを送らないでくださいまる
O 配信停止まるありがとうございます
O すみませんどうしてこの番号を知っているのかわかりませんが毎日何通も届いて困っているので配信を止めてリストから削除してください
@inbox-typed
M 広告は送らないで
M キャンペーンのお知らせ不要
M セール情報の配信停止
M 宣伝メッセージいらないです
M 配送連絡だけでいい、広告は止めて
M クーポンのお知らせもういらない
@inbox-romanised
M koukoku wa iranai desu
@inbox-voice
M 予約のリマインダーはそのままで広告だけ止めてくださいまる
@inbox-typed
I はい
I はい！お願いします
I 登録
I 登録お願いします
I 再開
I 配信再開して
I また受け取りたいです
I 通知をまたオンにして
I スタート
I 続けて送ってください
I 再登録お願いします
@inbox-romanised
I hai onegaishimasu
I saikai
@inbox-voice
I また通知を受け取りたいのでお願いしますまる
@inbox-typed
H ヘルプ
H へるぷ
H ヘルプお願いします
H ヘルプ！！至急
H help お願い
@inbox-romanised
H herupu
H help onegai
@inbox-voice
H ヘルプまる
@inbox-typed
N 何時まで営業してますか
N 注文73390をキャンセルしたい
N 火曜の予約キャンセルでお願いします
N 明日の分ですか？
N セールいつから
N 割引いつまで
N りょ ありがとう
N おk
N どなたですか？
N 草
N 荷物まだ届かない
N 配達の人うちの前で止まらなかった
N 二重引き落とし止めてください！！
N はい、木曜の予約で大丈夫です
N 確認しました
N PayPay使えますか
N クーポンコード使えない
N 通知は止めないで 便利なので
N コンビニ受け取りできますか
N 間違えました すみません
N 詐欺ですか？
N 何も注文してないんだけど
N 荷物もう2週間届いてない
N 店舗受け取りできる？
N バスは市役所前に停まりますか
N 金曜に変更できますか
N 解約ってどうやるんですか スマホのプラン
N リンク開かない
@inbox-romanised
N nanji made desu ka
N ashita no yoyaku daijoubu desu
@inbox-voice
N 四時に着きますまるありがとうございます
N すみませんMサイズを頼んだのにLが届きました交換したいです返金じゃなくて正しいサイズがほしいです

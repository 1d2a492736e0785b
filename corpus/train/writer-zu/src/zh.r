%% Chinese replies: simplified characters, pinyin, hurried typing and dictation.
@inbox-typed
O 退订
O 退订！！！别烦我
O TD
O td谢谢
O T
O 退订退订退订
O 退 订 谢谢
O 取消
O 停止
O 停止发送
O 别发了
O 别再发了行吗
O 不要再给我发短信了
O 烦死了别发了
O 把我号码删了
O 请把我从名单里移除
O 怎么退订啊？？
O 发错人了，别再发了
O 我不是小王，打错了，删掉我的号
O 够了 别发了
O 我从来没订过 退订
O 再发我就投诉了 退订
O 全部退订
O 取消所有短信
@inbox-romanised
O tuiding
O TD tuiding
O bie fa le
O buyao zai fa le
@inbox-voice
O 请不要再给我发信息了句号
O 退订句号谢谢
O 你好我不知道你们怎么拿到我号码的每天都收到好几条短信真的很烦请把我从你们的系统里删掉谢谢
@inbox-typed
M 别发广告了
M 不要促销短信
M 退订营销短信
M 广告别发了谢谢
M 只要物流通知，广告就别发了
M 优惠券短信别发了
@inbox-romanised
M bie fa guanggao le
@inbox-voice
M 预约提醒可以继续发但是广告就不要再发了谢谢
@inbox-typed
I 订阅
I 重新订阅
I 我要订阅
I 恢复推送
I 恢复短信通知
I 继续发吧
I 开通短信提醒
I START一下
I 开始
I 是
I 是的 请恢复
@inbox-romanised
I dingyue
I huifu tuisong
@inbox-voice
I 我想重新收到你们的通知
@inbox-typed
H 帮助
H 帮助一下
H 求助
H 帮助！！谢谢
H help帮忙
@inbox-romanised
H bangzhu
H bangzhu xiexie
@inbox-voice
H 帮助句号
@inbox-typed
N 你们几点关门
N 我要取消订单 73102
N 周二的预约帮我取消一下
N 是明天吗？
N 活动什么时候开始
N 优惠到什么时候结束
N 好的谢谢
N 嗯嗯
N 你是谁？
N 哈哈哈哈
N 快递一直没到
N 快递员根本没停我家门口
N 别再重复扣我钱了！！
N 是的，周四的预约确认
N 确认
N 可以用支付宝吗
N 优惠码用不了
N 别停通知啊，挺有用的
N 能放菜鸟驿站吗
N 发错了不好意思
N 这是诈骗吧
N 我没买过这个
N 我的快递都两周了还没到
N 可以到店自提吗
N 公交在区政府那站停吗
N 能改到周五吗
N 宽带怎么退订套餐
N 链接打不开
@inbox-romanised
N kuaidi shenme shihou dao
N ji dian guanmen
@inbox-voice
N 我下午四点到句号谢谢
N 你好我买的是M码结果寄来的是L码怎么换货我不要退款只要换成对的尺码

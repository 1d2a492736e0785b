%% Korean replies: Hangul, romanised Korean, hurried typing and dictation.
@inbox-typed
O 수신거부
O 수신 거부합니다
O 수신거부요!!
O 그만
O 그만 보내세요
O 문자 그만 좀
O 이제 그만 보내라고요
O 보내지 마세요
O 문자 보내지마
O 해지해주세요
O 구독 해지
O 중지
O 스톱
O 번호 삭제해 주세요
O 명단에서 빼주세요
O 수신거부 어떻게 해요??
O 잘못 보내셨어요 그만 보내주세요
O 저 민수 아닌데요 번호 잘못됐어요 지워주세요
O 진짜 짜증나 그만 좀 보내
O 신청한 적 없는데요 수신거부
O 전체 수신거부
O 동의 철회합니다
O 수신거뷰
@inbox-romanised
O geuman
O susin geobu
O geuman bonaeseyo
O munja bonaeji maseyo
@inbox-voice
O 더 이상 문자 보내지 마세요 마침표
O 수신거부 마침표 감사합니다
O 안녕하세요 제 번호를 어떻게 아셨는지 모르겠는데 하루에 몇 통씩 와서 너무 불편하니까 보내지 마시고 명단에서 삭제해 주세요
@inbox-typed
M 광고 문자 수신거부
M 광고 그만 보내세요
M 이벤트 문자 안 받을래요
M 홍보 문자 그만
M 배송 알림만 주시고 광고는 빼주세요
M 쿠폰 문자 이제 안 보내셔도 돼요
@inbox-romanised
M gwanggo geuman
@inbox-voice
M 예약 알림은 계속 받고 광고 문자만 안 받고 싶어요
@inbox-typed
I 네
I 넹 받을게요
I 예 부탁드려요
I 시작
I 수신동의
I 수신 동의합니다
I 재개
I 다시 문자 받고 싶어요
I 알림 다시 켜주세요
I 구독
I 다시 구독할게요
@inbox-romanised
I ne butakdeuryeoyo
I susin dongui
@inbox-voice
I 다시 알림 받고 싶어요 부탁드립니다
@inbox-typed
H 도움말
H 도움
H 도움말 부탁해요
H 헬프
H help 부탁
@inbox-romanised
H doum
H doummal juseyo
@inbox-voice
H 도움말 마침표
@inbox-typed
N 몇 시에 문 닫아요
N 주문 51827 취소하고 싶어요
N 화요일 예약 취소해 주세요
N 내일 거예요?
N 세일 언제 시작해요
N 할인 언제까지예요
N ㅇㅋ 감사요
N ㅇㅇ
N 누구세요?
N ㅋㅋㅋㅋ
N 택배 아직 안 왔어요
N 기사님이 저희 집 앞에 안 서셨어요
N 두 번 결제된 거 멈춰주세요!!
N 네, 목요일 예약 확인했습니다
N 확인
N 토스로 결제돼요?
N 쿠폰 코드 안 돼요
N 알림 끄지 마세요 유용해요
N 편의점 택배로 받을 수 있나요
N 잘못 보냈어요 죄송합니다
N 이거 사기죠?
N 저 주문한 거 없는데요
N 택배 2주째 안 와요
N 매장 픽업 돼요?
N 버스 시청 앞에서 서요?
N 금요일로 바꿀 수 있나요
N 인터넷 약정 해지 어떻게 해요
N 링크 안 열려요
@inbox-romanised
N myeot si kkaji haeyo
N taekbae eonje wayo
@inbox-voice
N 네 시에 도착해요 마침표 감사합니다
N 안녕하세요 M 사이즈 시켰는데 L이 왔어요 교환하고 싶어요 환불 말고 맞는 사이즈로요

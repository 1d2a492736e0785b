oa retail | 수신거부
oa retail | 수신 거부합니다
oa telecom | 중지
oa bank | 구독 취소
oa app | 해지
oa political | 문자 그만 보내세요 저 이 지역구 살지도 않아요
oa retail | 더 이상 문자 받고 싶지 않아요
oa pharmacy | 앞으로 메시지 보내지 말아주세요
oa restaurant | 제 번호 지워주세요
oa gym | 수신거부 어떻게 해요??
oa telecom | 문자 좀 그만 보내라고요!!! 방통위에 신고합니다
oa bank | 안녕하세요. 본 번호로 문자 발송을 중단해 주시기 바랍니다. 감사합니다.
oa school | 번호 잘못 아셨어요. 명단에서 빼주세요
oa delivery | 잘못 보내셨어요. 연락 그만하세요
oa retail | 수신겨부
oa retail | 슨신거부
oa app | 그만그만
oa church | 앞으로 연락 안 주셨으면 합니다
oa political | 매일매일 짜증나요 그만 보내요
oa charity | 이미 후원했어요, 명단에서 빼주세요
oa clinic | 이 폰은 돌아가신 아버지 거예요. 더 이상 보내지 마세요.
oa app | 귀찮게 하지 마세요 문자 필요 없어요
oa retail | susin geobu
oa airline | 문자 수신을 원하지 않습니다
oa utility | 문자 알림 해지
oa gym | 3개월 전에 회원권 해지했는데 문자 그만 보내주세요
oa retail | 아 진짜 그만 좀 ㅡㅡ
oa telecom | 나 문자 필요없어요 스톱 해주세요
oa app | 수신거부!!!! 당장
oa retail | 차단할게요 보내지 마세요
om retail | 광고 문자는 그만, 주문 알림만 보내주세요
om telecom | 광고 문자 수신거부
om bank | 마케팅 문자는 안 받을게요, 보안 알림은 괜찮아요
om restaurant | 쿠폰 문자 그만 보내주세요
om airline | 특가 알림은 빼고 항공편 안내만 주세요
om pharmacy | 처방전 준비되면만 알려주세요 광고는 싫어요
om app | 이벤트 알림만 꺼주세요 나머진 괜찮아요
i retail | 시작
i telecom | 네
i school | 네 부탁드려요
i app | 재개
i pharmacy | 다시 문자 받고 싶어요
i bank | 구독
i gym | 수업 알림 다시 보내주세요
i retail | 실수로 수신거부했어요 다시 받을게요
i church | 네, 주간 소식 받고 싶습니다
i clinic | 예약 알림 다시 받고 싶어요 감사합니다
i delivery | 계속
i retail | 넵 다시 받을게요
i utility | 수신 동의
h retail | 도움말
h bank | 도움말 부탁드려요
h telecom | 도와주세요
h app | 도움말 이게 뭐예요
h pharmacy | 안내 부탁해요
h utility | 도움!! 무슨 말인지 모르겠어요
h school | 자세한 안내 부탁드립니다
h airline | 헬프
n retail | 일요일에 영업하나요?
n restaurant | 6시에 찾으러 가도 될까요?
n clinic | 화요일 예약 취소하고 싶어요 일이 생겨서요
n pharmacy | 못 가게 됐는데 취소 되나요?
n gym | 스피닝 몇 시에 시작해요
n school | 현장학습 몇 시에 끝나요?
n airline | 제 비행기 결항이에요??
n delivery | 택배가 안 왔어요
n delivery | 경비실에 맡겨주세요
n bank | 이 결제 제가 한 거 아니에요 전화주세요
n retail | 감사합니다!
n retail | 친절하게 안내해주셔서 감사해요
n restaurant | 👍🙂
n app | "자정까지 세일! 수신거부는 080-123-4567" 좋아요를 누름
n political | 이 법안 꼭 막아야 해요 응원합니다
n charity | 유기견 소식 끊지 말아주세요 잘 보고 있어요
n school | 휴교 안내 문자는 절대 끊지 마세요
n telecom | 이번 달 요금 왜 이렇게 많이 나왔어요
n utility | 역삼동 아직도 정전이에요
n retail | 240 사이즈 있나요?
n retail | 누구세요?
n pharmacy | 알겠습니다
n clinic | 갈게요
n school | 민준이 오늘 열이 나서 결석합니다
n delivery | 배송완료라는데 안 왔어요
n bank | 이거 사기예요?
n retail | 손주가 폰을 설정해줬는데 링크 여는 법을 몰라요
n gym | 회원권 해지하려면 뭐 가져가야 돼요?
n clinic | 네 3시에 갈게요
n app | 수신거부하려는 게 아니고 로그인이 안 돼요
n delivery | 뒷문에 세워주세요 앞에 개 있어요
n restaurant | 4명 7시 반 예약 부탁드려요
n political | 누구신데요?
n telecom | ㅋㅋㅋㅋ

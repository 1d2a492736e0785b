oa retail | STOP
oa retail | stop pls
oa pharmacy | stop all of it
oa political | STOPALL
oa political | stop texting me i dont even live in this state
oa political | I AM NOT VOTING FOR HIM. REMOVE MY NUMBER
oa retail | unsubscribe
oa app | Unsubscribe me please thank you
oa gym | cancel
oa telecom | end
oa restaurant | quit
oa charity | Revoke
oa retail | opt out
oa delivery | Remove me
oa retail | stpo
oa retail | sotp
oa app | STIP
oa political | S T O P  S T O P
oa retail | STOOOOOOP
oa app | stop 🛑🛑 seriously
oa retail | Stop please. Thank you.
oa church | Please stop sending me these messages, God bless
oa clinic | Dear Sir or Madam, I kindly request that you cease sending text messages to this number. Regards, Harold Whitcomb
oa bank | This is my mother's phone, she passed in March. Please stop sending messages to this number.
oa political | how did you even get this number. take me off your list
oa retail | dont text me anymore
oa app | how do i unsubscribe?
oa retail | how do I stop these
oa utility | wrong number, please remove this number from your list
oa school | Wrong number. Stop texting me
oa political | if i get one more text from you people im reporting you to the FCC
oa retail | Stop or I'll report this as spam
oa app | ur literally texting me 5 times a day. stop
oa gym | i cancelled my membership months ago pls stop messaging
oa charity | I already donated, please take me off the text list
oa telecom | no more texts
oa restaurant | leave me alone, stop texting
oa pharmacy | I do not wish to receive any more text messages
oa school | my kids graduated 2 years ago, pls stop sending these
oa delivery | stop sending me texts i dont know what this is
oa retail | plz stop i no want message
oa political | I said STOP three times already!!! STOP!!!
oa app | unsub
oa retail | unsuscribe
oa charity | please remove me from your messaging list. thank you for all you do
oa airline | I would like to stop receiving text messages
oa political | Stop sending me lies
oa political | STOP TEXTING ME. I'M 82 YEARS OLD AND I DID NOT SIGN UP FOR THIS
oa app | bro stop 💀
oa retail | Kindly stop sending messages to this number, thanks and regards
oa delivery | Plz remove my number sir
oa clinic | Please do not contact me by text
oa app | stahp
oa retail | STOP NOW
oa school | Remove this number, it's not a parent's phone anymore
oa bank | quit texting me
oa political | enough. unsubscribe
oa app | unsubscrib
oa retail | I'm blocking you if this doesn't stop. UNSUBSCRIBE
oa app | OPTOUT please
oa gym | ＳＴＯＰ ＰＬＥＡＳＥ
om retail | stop sending me promos, i still want my order updates
om retail | No more marketing texts please
om pharmacy | please only text me when my prescription is ready, no ads
om airline | Stop the deals texts but keep flight alerts
om bank | I don't want promotional messages. Fraud alerts are fine
om restaurant | no more coupons plz
om telecom | stop the offers
om gym | i only want class reminders not the sales stuff
om app | unsubscribe me from promotions
om delivery | keep the delivery notifications but no more advertising please
om retail | STOP PROMOS
om clinic | Appointment reminders yes, newsletters and health tips no thanks
om utility | opt me out of the marketing ones, outage alerts are ok
om retail | no more sale alerts thx
i retail | START
i retail | Start please
i app | UNSTOP
i pharmacy | yes
i school | Yes please
i bank | subscribe
i app | RESUME
i airline | continue
i telecom | I want to get the texts again
i retail | sign me back up
i gym | pls start sending me the class reminders again
i restaurant | can u put me back on the list
i school | i opted out by accident, please resume messages
i pharmacy | Resume texts please
i delivery | start again
i retail | yess
i church | Yes, I would like to receive the weekly messages
i charity | SUBSCRIBE please
i political | START. i want updates again
i app | unstop pls
i clinic | I'd like to start getting reminders again, thank you
i retail | y
h retail | HELP
h bank | Help please
h telecom | info
h pharmacy | INFO please
h retail | help me
h app | HELPPP
h utility | info pls
h airline | Help, thank you
h political | HELP what is this
h school | help plz
h retail | helpp
h gym | more info
h clinic | Could you send me the help info please
h telecom | hlep
n retail | will you be open on sunday?
n restaurant | can I stop by at 6 to pick it up
n pharmacy | I need to cancel my pickup, I'm out of town
n clinic | Please cancel my appointment on Tuesday, I have a conflict
n clinic | can i reschedule instead of cancel?
n gym | when does the spin class start
n school | what time does the field trip end?
n airline | is my flight cancelled??
n delivery | the package never came
n delivery | leave it at the back door please
n bank | I didn't make that purchase, call me
n bank | yes that was me
n retail | Thank you!
n retail | thanks so much
n restaurant | 👍
n app | Liked "Flash sale ends tonight! Reply STOP to opt out"
n retail | Loved "20% off everything this weekend only. Msg&data rates may apply. Reply STOP to unsubscribe"
n political | Disliked "Chip in $5 before midnight. Reply STOP to quit"
n political | We need to STOP this bill from passing!!
n charity | don't stop the updates, I love hearing about the shelter dogs
n school | please don't stop sending the snow day alerts
n app | i dont want to unsubscribe i just cant log in
n gym | is the pool open
n telecom | why is my bill $40 higher this month
n utility | power is still out on maple st
n retail | do you have this in a size 8
n retail | who is this
n utility | wrong number, who is this?
n pharmacy | ok
n clinic | I'll be there
n school | Jayden will be absent today he has a fever
n church | Amen 🙏
n restaurant | the food was cold
n delivery | where is my order it says delivered but its not here
n airline | can I change my seat
n bank | what's my balance
n app | lol
n retail | how much is shipping to canada
n political | who are you even
n charity | how do I donate
n gym | I want to cancel my membership, what do I need to bring
n telecom | the cancel button on the app doesnt work
n retail | what does "end of season" mean, is it final sale
n app | the app keeps saying error
n school | can u resend the permission slip link
n clinic | Is Dr. Patel in on friday
n retail | my grandson set up this phone for me, I do not know how to open the link
n pharmacy | Is it ready yet?
n restaurant | table for 4 at 7 pls
n delivery | stop at the side gate, dog in front yard
n gym | quit smoking challenge sounds fun, how do i join
n school | When does winter break end?
n bank | Is this a scam?
n retail | got it thanks
n app | can you help me reset my password
n retail | k
n clinic | yes I'll be there at 3
n school | what day does school start after break
n restaurant | is happy hour still going on
n retail | do u guys price match
n charity | Happy to help! Where do I sign up to volunteer
n church | what time does service end on easter
n app | bruh 😭
n retail | Emphasized "Reply STOP to end, HELP for help"
n pharmacy | my husband takes this too can you refill his
n delivery | driver was very rude
n telecom | does unlimited mean unlimited or not
n political | Stop the tax increase! I agree with you

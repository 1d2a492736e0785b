%% English replies. Shared inbox, hurried typing and dictation.
@inbox-typed
O stop
O STOPPPPP
O stpo
O sotp pls
O stop stop stop
O STOP NOW 😡
O s t o p texting
O STIOP
O srop
O unsubscibe
O unsubscrbe me
O UNSUB
O unsub pls thx
O cancel cancel
O CANCELL
O quit it
O ENDDD
O opt me out
O optout plz
O remove me
O REMOVE ME FROM THIS
O revoke consent
O stop texting me omg
O pls stop txting me
O plz stp msging me
O dont text me anymore
O dnt txt me again
O take me off ur list
O take me off the list asap
O how do i unsubscribe from this
O how do u stop these
O wrong number stop
O wrong # pls remove
O this isnt ryan wrong number take me off
O i never signed up for this STOP
O leave me alone stop messaging
O no more texts pls
O enough already stop texting
O who is this stop
O STOP IT ALREADY
O stopall
O 🛑 stp
O not interested. stop
O delete my number
O remove my numbr from ur system
O stop msging me bro
O yo stop
O STAHP
O quitttt
O unsubscribe me rn
O STOP!!!! i said stop
@inbox-voice
O stop full stop
O please stop messaging me period
O stop texting this number comma thanks
O please stop sending messages two this number
O unsubscribe exclamation mark
O can you take me off your list please I don't know how I got on it
O hi I don't know how I got on this list but I've gotten like five messages today and I really need them to stop so please remove my number from whatever system this is thanks
@inbox-typed
M stop sending promos
M no more ads pls
M stop the marketing txts
M no promo msgs thx
M only send order updates no sales stuff
M unsub from the deals texts
M stop w the discount spam
M no more offers pls
M i dont want the promotional texts
M stop marketing msgs
M stop sending sales txts lol
M pls no more coupon texts
@inbox-voice
M keep the delivery alerts but stop the promos full stop
M I still want my appointment reminders but no more marketing messages please
@inbox-typed
I start
I START pls
I START!!! im back
I unstop
I UNSTOP please
I yes
I YESSS
I yes please
I yes pls 👍
I subscribe
I subscribe me
I resume
I resume msgs pls
I continue
I CONTINUE pls
I start sending again
I pls start texting me again
I resume the texts i want them back
I put me back on the list
I opt me back in
I turn my text alerts back on pls
I unstop i want the alerts again
@inbox-voice
I start full stop
I yes please resume the messages
@inbox-typed
H help
H HELP ME
H help pls
H helpp
H help plz
H info
H info pls
H info plz thx
H INFO thx
H HELP HELP
H helppppp
H need help
H help!! please
@inbox-voice
H help full stop
H info please
@inbox-typed
N stop by the store tmrw?
N can i cancel my order #48213
N cancel my 3pm appt pls
N when does the sale start
N is it for tomorrow
N dont stop the updates i need them
N wtf is this charge
N my package never came
N ok thx
N k
N 👍
N who is this
N lol
N what time do u close
N can ur driver stop by at 5 instead
N the driver didnt even stop at my house
N quit sending me the wrong size ugh
N i had to cancel my card so use the new one
N how do i cancel my plan
N cancel order pls wrong item
N does the promo end today
N when does the offer end
N is the store open on thanksgiving
N wrong number sorry
N yes confirmed for thursday
N C
N confirmed
N reschedule to fri pls
N my code didnt work
N Liked "Reply STOP to opt out"
N Loved "Your order has shipped! Reply STOP to unsubscribe"
N Emphasized "Reply HELP for help, STOP to cancel"
N whats the tracking number
N can i get a refund
N this is the 3rd time ive asked about my refund
N STOP charging me twice
N stop the payment i didnt authorize it
N everyone call ur rep to STOP the water rate hike
N the app freezes when i hit start
N how do i start a return
N pls dont stop these texts theyre helpful
N dont unsubscribe me i still want them
N end of the month works for delivery
N whats ur return policy
N is this legit or a scam
N i didnt order this
N ur prices r a joke
N do u deliver to alaska
N parcel left at wrong house smh
N omg finally
N how much is shipping
@inbox-voice
N I'll be there at 4 full stop thanks
N when will my order arrive it's been 2 weeks question mark
N hey so I ordered the blue one last week and got the green one instead can you tell me how to swap it I don't want a refund I just want the right color
N can I cancel the cleaning on Tuesday and move it to next week
N the guy said he'd stop over to fix the router but no one came

# English replies to small-business texts
@salon
O STOP
O Hi Jess, it's Dana. Please stop texting me, I moved to Portland in March
O Monica please take me off your text list, I go to my sister's salon now
O stop texting this number, my mom passed and this was her phone
O Unsubscribe me please
O STOOOP
O hey Tasha, love you but I need these texts to stop. I'm growing my hair out for a year lol
M No more promo texts please, but keep sending my appointment reminders
M Love Glow Studio but the daily deals are too much, stop the specials please
N Can I move my cut with Tasha from Thursday to Saturday?
N Cancel my 2:30 tomorrow, my kid is sick
N running 10 min late, please don't give my spot away
N Does Renee still do balayage or did she quit?
N Liked “Glow Studio: 15% off color this week! Reply STOP to opt out”
N Can you stop the color before it goes too light this time lol
N Confirmed for Friday at 11, thanks Monica
I START
I Hi Jess, you can start texting me again, I'm back in town
I Please resume the reminders, I keep forgetting my appointments without them
H HELP
H help please
@garage
O stop please
O Hey Mike, I sold the Civic, please stop messaging me about oil changes
O Remove me from your list. I'm not a customer anymore
O Don't text me anymore, you guys overcharged me for the brakes
O END
O opt out
O STOP TEXTING ME TONY
M Tony, keep the service reminders but no more coupon texts
N Cancel the tire rotation, I just want the oil change
N My check engine light won't stop blinking, can I bring it in today?
N Can I stop by around 5 to pick up the keys?
N Don't stop the reminders, they're the only reason I remember inspections lol
N When does the winter tire special end?
N Yes please go ahead with the brake pads, $240 is fine
N The noise stopped for a day and now it's back, worse
I UNSTOP
I Mike it's Carla again, got a new car, you can text me again
H INFO
H Help? What is this
@dentist
O Please stop texting me, I switched dentists
O Unsubscribe
O Cancel
O cancel all texts please
O This is not Kevin. Please remove this number from Dr. Patel's list
O Wrong number, please stop texting
O quit texting me
O STOP ALL
M Just appointment reminders please, no more whitening promotions
M Stop sending me the newsletter, thanks
N I need to cancel my cleaning on the 3rd, can we do the 10th instead?
N Confirm
N C
N The pain hasn't stopped since the filling, should I come in?
N Can my son's appointment end by 3:30? He has practice
N Please don't cancel my husband's appointment, only mine
I Yes
I Subscribe
I Resume texts please, I want my reminders back
H HELP pls
@restaurant
O Stop texting me about specials. Actually stop texting me period
O lol please stop, I get 3 of these a week
O Take me off this list
O How do I unsubscribe from these?
O STOP NOW
O I never signed up for this, remove me
M no more deals texts please, I'll order when I'm hungry
M Stop the happy hour promos please
N Can I cancel my order? I put the wrong address
N What time does the kitchen stop taking orders tonight?
N Is the taco Tuesday deal over? Did you end it?
N We're running late, please hold the table, don't cancel it
N Loved “Tonight only: free dessert with any entree! Txt STOP to end”
N My order never came, I want a refund
N Can you make the pad thai with no more than a little chili? My son is 6
I CONTINUE
I Please start sending me the specials again, I miss the Friday deals
H Info please
@gym
O Coach Ray please stop texting me, I'm done with the gym for good
O I cancelled my membership in January, stop texting me
O END please
O OPT-OUT now
O Please stop, I asked twice already
O sotp
M Keep the class schedule texts, stop the personal training sales pitches
M No more promotions please
N I need to pause my membership while I'm recovering from surgery
N Can I cancel the 6am spin class booking? I overslept lol
N Does the pool close at 9 on Sundays?
N I quit the bootcamp program but want to keep yoga, how do I switch?
N thanks, see you at 6
N How do I cancel my membership? Moving overseas in May
I START again please
I I'm back from the move, you can resume texting me
I Subscribe me again
H help plz
@tutor
O Hi Ms. Alvarez, please stop texting this number. Jayden doesn't need tutoring anymore
O Take me off your texting list please
O stop all messages
O Quit
M Please stop sending me the SAT prep ads, Emma's already enrolled elsewhere
N Can we cancel Thursday's session? Emma has a fever
N What time does the session end? I need to pick her up
N She wants to quit piano but keep math, is that ok?
N Stop by the house any time after 3, the door code is 4412
I Yes please, start texting me the session reminders again
I Opt me back in please, Mr. Chen
H Help, thanks
@plumber
O STOP texting me Gary
O remove
O We already paid, stop texting us
O revoke
O Revoke consent to text
M Stop the seasonal discount texts please
N The leak stopped after you left but now it's dripping again
N Can you come Tuesday? Cancel Monday, I won't be home
N Is the estimate still good or did it expire?
N Can you shut off the water at the main before you start?
N Enough with the hammering at 7am, my neighbors are complaining. Can the crew start at 8?
I RESUME
I I'd like to subscribe to your maintenance reminders
H Help please Gary
H info please?? who is this
@florist
O Lily please stop the texts, we had the funeral already
O Unsubscribe from everything
O Don't text me again
O CANCEL texts
M No more Valentine's promos please, I'm single now 😂
M Stop sending flower deals, thanks
N Can I cancel the Friday delivery and do Saturday instead?
N The roses wilted after two days, can I get a replacement?
N Add a card that says "No more tears, love Mom"
N Don't stop the weekly arrangement, the office loves it
N Liked “Petal & Stem: Mother's Day preorders open! Reply STOP to unsubscribe”
I Start texting me again please
I YES resume
H INFO thanks
@groomer
O Stop texting me, Biscuit crossed the rainbow bridge last week
O Hi Jen, please remove me, we moved out of state
O stop it
O STIP
O no more texts please
M please stop the grooming specials, I'll book when I need to
N Can I cancel Max's nail trim? He's at the vet
N He won't stop scratching after the bath, was it a new shampoo?
N Can I drop her off at 8 instead of 9?
N Ok see you Tuesday, thanks Jen!
N Please no bandana this time lol, he ate the last one
I UNSTOP please
I Subscribe to reminders
I Jen it's Priya, we got a new puppy! Please add me back to your texts
H HELP Jen
@mixed
O Cancel my Tuesday cleaning and please stop texting me, I'm moving to Ohio
O Tasha I won't make Friday, and honestly please take me off the text list, money's tight right now
O Pause all texts from you guys until September please
O Mike, pick-up was fine, thanks. Now please stop the texts, I get one every day
N Cancel Saturday's session but keep the texts coming, we'll rebook
H HELP me please
H Info pls
H HELP please, what is this number
H help thank you

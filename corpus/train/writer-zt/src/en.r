@bank
oa STOP ALERTS
oa stop alerts please, I closed that checking account last month
oa Unsubscribe me from the low balance texts
oa I don't want these fraud alert texts anymore, remove my number
oa please stop texting me, I'm not a Chase customer and never was
om Keep the fraud alerts but stop the credit card offers
om no more loan promos. balance alerts are fine
om Stop sending me the refinance offers, I just want the deposit notices
i START ALERTS
i Resume alerts please
i I texted stop by accident, please turn my balance alerts back on
h HELP ALERTS
h info pls
n Was that charge at Target really me? I don't recognize it
n Yes that was me, I bought the TV
n NO that wasn't me, please lock the card
n stop payment on check 1042
n Can I change the alert threshold to $50?
n switch my alerts to the savings account instead
n why did I get a low balance alert when I have $800 in there

@delivery
oa stop texting me about this package
oa STOP DELIVERY UPDATES
oa Please quit sending me tracking updates, I got the parcel weeks ago
oa I'm not the recipient, this isn't my order. Stop sending these
om tracking texts are fine but stop sending me sale announcements
i START DELIVERY
i Turn the tracking texts back on please, I have another order coming
n where is my package
n Cancel my order, it's taking too long
n can you leave it at the back door by the grill
n Stop at the front desk, don't leave it outside
n wrong address, I moved to 14 Elm St
n Driver never showed up. 3rd time this week.
n Is delivery still on for tomorrow with the snow?
n Reply STOP? why would I stop, I want my package lol
n it says delivered but it's not here

@school
oa Please take me off the school notice list, my kids transferred to Lincoln in September
oa stop sending me the lunch menu texts
oa Remove this number from PTA messages
oa wrong number, I don't have a kid at this school. please remove me
oa my son graduated in June, no need to text me anymore
i Subscribe me to the snow day alerts please
i yes please add me back to the district alerts
n Is school closed tomorrow?
n Max will be absent today, he has a fever
n When does spring break start?
n Can I cancel the parent-teacher conference on Thursday? I'll reschedule
n who is this
n Please don't stop the snow day texts, they're the only way I find out
n What time is early dismissal on Friday?

@pharmacy
oa STOP REFILL
oa No more refill reminders. I switched pharmacies
oa please stop the prescription texts, my mom passed away in March
om stop sending me flu shot coupons and the weekly ad
om Refill reminders ok. Coupons and ExtraCare deals, no thanks, stop those
i Start refill reminders again
i RESUME
i please continue the pickup reminders
n Is my prescription ready?
n Cancel the refill, doctor changed my dose
n can I pick it up after 9pm
n stop filling the lisinopril, I'm off it
n Which location has it in stock?
n my insurance changed, do you need the new card

@weather
oa STOP WEATHER
oa pause weather alerts
oa I don't need the storm texts anymore, I moved to Arizona lol
oa 4am flood warning texts for a county I don't live in. Stop it.
i START WEATHER
i Please continue the severe weather alerts
h help weather
n Is the tornado warning still active?
n will the rain stop before 5?
n These alerts are super useful, thanks!
n can you send them in Spanish too?
n What does a watch vs warning mean

@sports
oa STOP SCORES
oa enough with the score updates, season's over for me
oa quit texting me every time the Cubs score
om keep the scores, drop the ticket deals
om No more merch promos please, just the final scores
i START SCORES
i sign me back up for game alerts
i YES SCORES
h INFO SCORES
n What was the final score?
n who's pitching tonight
n they should have stopped the game at halftime, that field was a swamp
n love these, never stop
n Is the 7:05 start time still on with the rain delay?

@loyalty
om STOP DEALS
om stop promos
om No more marketing texts please
om unsubscribe from offers, keep my points alerts
om I only want order confirmations, not the weekly specials
om please stop with the sale texts, just the receipts thanks
om can you just send the pickup reminders and not the promotions
om I love the store but 4 promo texts a day is too much. Stop the ads.
oa STOPALL
oa STOP CLUB
oa cancel my rewards club texts
oa Take me off your list
oa I never signed up for this. Unsubscribe.
i START DEALS
i UNSTOP
i subscribe
i Yes send me the deals again
i I want to join the text club
h HELP
h Help please
h INFO
h info about the rewards program please
n What is this program?
n how many points do I have
n my coupon didn't scan at checkout
n does the 20% off work on sale items?
n Liked “Your points balance is 450. Reply STOP to opt out”
n Loved “Flash sale today only! Reply STOP to end”
n Emphasized “Reply HELP for help, STOP to cancel”
n Is this the same as the app rewards or separate
n switch my number on the account to 555-201-3344

@generic
oa STOP
oa sotp
oa S T O P pls
oa STOOOOP
oa stpo
oa Stop please
oa STOP NOW!!!
oa end
oa opt me out
oa How do I unsubscribe?
oa REVOKE consent
oa who is this? stop texting me
oa Wrong number. Please stop texting this number.
oa I have asked you three times to stop. STOP.
oa Do not text me again
oa Stop 🛑 seriously
oa ＵＮＳＵＢ
oa Hi, I got your text about the appointment. I'm not interested in any of this, please stop messaging me. Thank you.
oa Thanks, got it. Also can you stop sending me texts in general, I check my email for this stuff
oa stop texting and just email me
oa Please remove me from all of your text lists, every single one
i YES
i START
i Continue
i I replied stop last week by mistake, please resume my texts
h Help? what is this
n ok thanks
n Who gave you my number
n Can I get these by email instead, in addition to texts?
n ?? huh
n I'll be there around 3
n Stopped by the store today and nobody knew about this promo

@generic
h HELP DEALS
h INFO REFILL
h help pls
h HELP SCORES thanks
h what is this? HELP
h Info please
h HELP me please

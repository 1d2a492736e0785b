# coworkers
running 5 min late, start the standup without me
can you stop by my desk when you get a sec
Did Priya cancel the 2pm or is it still on
I'm going to end the call early, my kid's school just called
Stop replying all to that thread lol, Greg is losing it
who took my yogurt from the fridge again
Deck is in the shared drive, slide 14 still needs numbers
Quit worrying about the review, your numbers were great
can you cover my shift Saturday? I'll take your Tuesday
Heads up, the printer on 3 is jammed again
lunch? thinking thai place across the street
They cancelled the offsite, budget thing apparently
Please stop scheduling meetings at 4:30 on Fridays, I'm begging
do we have a deadline for the Q3 report or is it whenever
I'm out sick today, fever. will check email later
Is the client call at 10 your time or mine
Enough with the fire drills this month, that's three
I'm quitting at the end of the month. Haven't told Dan yet, keep it quiet
remind me to unsubscribe from that vendor newsletter, it's clogging my inbox
Parking garage is full, I'm on the street by the bank
just sent you the invoice, let me know if the PO number is wrong
Can you stop at Staples on the way in? we're out of toner
no more donuts in the break room, HR said so
good luck on the presentation!!
Yeah the meeting ran over. Ending now, omw
Did you get the badge thing sorted with security
can you not text me after 9 about work stuff, just put it in Slack
I'll finish the slides tonight
ugh the wifi keeps dropping
congrats on the promotion!! drinks friday?

# neighbours
Hey it's Linda from 4B, your package got left at my door
Your dog is out again, he's in our yard, no worries
Could you stop parking in front of my driveway? I couldn't get out this morning
Are you guys doing anything for the block party
the power's out on our side, you too?
thanks for shoveling our walk, you didn't have to!
We're having a few people over Saturday, sorry in advance for the noise
The leaf blower guy starts at 7am every Sunday, I'm going to lose it
Can I borrow your ladder for an hour
Trash pickup got moved to Wednesday this week because of the holiday
Did you see someone's been going through cars on Maple? Lock up
the kids can come over after school if you're stuck at work
your sprinkler's been running since 5am, just fyi
We're away until the 20th, could you grab our mail?
Stop by whenever, I made way too much soup
lol no more zucchini please, we have 12 from last week
The HOA meeting got cancelled, again
saw a coyote on the path behind the houses, keep the cats in
is your wifi named NETGEAR42? it keeps showing up as open
Happy to water the plants while you're gone

# roommates
who left the stove on
I'm getting pizza, want some?
Rent's due Friday, Venmo me your half when you can
Can you stop leaving dishes in the sink for three days
The landlord's coming Tuesday at 10 to fix the heater
We're out of toilet paper. and dish soap. and everything
Quit eating my leftovers, I'm labeling stuff now
Are you home? I forgot my keys
I'm cancelling the Netflix, nobody uses it, we can split Hulu instead
Please don't text me at 2am asking if the door is locked, just check lol
the smoke alarm is beeping again, low battery i think
I'll be gone this weekend, my sister's wedding
who is Kevin and why is he on our couch
You can have my room's AC unit, I'm getting a new one
Cleaning schedule: you have bathroom this week
Can we stop buying the giant bags of chips, I have no self control
your mom called the landline, we have a landline??
Internet bill went up again, $12 more
just got home, the front door was unlocked
ok I'm ending my friendship with the upstairs guy, he's doing laundry at midnight

# family group chat
Dinner at grandma's Sunday at 1, bring a side
Mom stop sending the minion memes 😂
Who has the spare key to the lake house
Dad, your phone keeps calling me from your pocket
Happy birthday Aunt Rosa!! 🎂🎉
Flight lands at 6:40, can someone get me
Can everyone stop arguing about Thanksgiving in the group chat
I'm picking up the kids today, you don't need to
Grandpa's surgery went fine, he's awake and complaining about the food
Reminder: Jake's recital is at 7, don't be late this time
Enough with the politics at the table this year, I mean it
send me the pic of the dog in the hat
Mom I can't stop laughing at your typo
Does anyone know Uncle Tom's new number
Nana wants to know if we're still doing secret santa
I'm making the lasagna, someone else do dessert
Tell Mia to call me back
Leaving now, traffic is insane
Did anyone feed the fish
you guys, I got the job!!
the group chat name is now Fam Bam, deal with it
Dad you don't need to reply STOP to the group chat, it's just us
Mom says no more fireworks in the backyard after last year
lol who changed my contact to "favorite child"
can we not do a video call at 7am on a Saturday
Kids have a half day Friday
Grandma's asking why her phone says storage full
I'll bring chairs
love you all, drive safe
stop at the gas station on the way, the one near the house is closed
Who's hosting Easter this year
baby's asleep finally, don't call, text
Uncle Joe cancelled, his back is acting up again
Please stop posting my baby pictures on Facebook mom 😭
just landed!
Dinner's ready come downstairs

# landlord and tenant
Hi, this is Mark, the plumber will be there between 1 and 3 tomorrow
The kitchen sink is leaking again under the cabinet
Rent for March sent via Zelle, let me know you got it
We're going to have to shut off the water from 9 to 11 Thursday
The dryer stopped working, it just clicks
Can I paint the bedroom? Just a light grey
Reminder your lease ends June 30, are you planning to renew
please stop showing up without 24 hours notice, it's in the lease
The heat isn't coming on at all, it's 58 in here
Is it ok if my brother stays for two weeks
I'm sending someone to look at the mold in the bathroom
the garbage disposal is making a grinding noise
Can you cancel the pest control for Friday? I won't be home
Got the deposit back, thank you!
there's a package for the unit upstairs in the lobby, it's been there a week
Hot water went out again this morning
The new key fob doesn't open the garage
I'll be late on rent by 3 days, paycheck got delayed. sorry
Quit texting me about the late fee, I already paid it yesterday
I'm ending the lease early, job transfer. What's the penalty?
Smoke detector in the hallway keeps chirping
Snow removal guy is coming around 6am
Can we do the walkthrough Monday instead

# misc friends
are we still on for tonight
omg stop, that's hilarious
just saw your ex at Trader Joe's
I can't stop thinking about that taco truck
movie starts at 8:15, I got the tickets
stop it you're making me cry 😭
text me when you're home
end of the world if the Bears lose this one lol
I quit sugar for a week and I'm dying
no more tequila for me ever
don't text me while I'm driving, I'll call you at lunch
is it cold there? should I bring a jacket
call me when you get a chance
lol no
Where did you park
congrats!!!
Did you cancel your gym membership yet? they kept charging me for months
ok stop, I'm blushing
I'm so done with this week
happy friday
can't talk, in a meeting
thanks again for last night
What time's the game
heading over now
I unsubscribed from like 40 emails today, it felt amazing
never mind, found it
see you at 6
sure thing
stop being so dramatic it's one spider
the bus stopped running at midnight so I walked
Are you coming to Sam's thing
tell your mom I said hi
the end of that show was so bad
I'm at the vet with Biscuit, he ate a sock
can you grab milk
bro quit it with the voice memos, just type
Stop sending me tiktoks at work, I keep laughing out loud
ok
k see you soon
where are you
long day. talk tomorrow?
yes!! finally
that's a yes from me
can u send me ur address again
got your voicemail
sorry missed your call
you alive?
Guess who just got engaged
Game night at our place Thursday
the concert got cancelled, refunds coming apparently
I'm almost there
Running late, stuck on the 405
Can you help me move the couch Saturday? pizza's on me
Help, the cat got into the ceiling again
info for the party: 7pm, bring a swimsuit
stop start stop start, this traffic is killing me
The coffee machine finally quit on us, I ordered a new one
Whose turn is it to take out recycling
My landlord said no more than two cats, so Pickles has to stay a secret
Reminder to cancel the hotel if we're not going
Just finished the marathon!!! never again. ok maybe again

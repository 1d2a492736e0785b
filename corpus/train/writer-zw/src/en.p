# English p2p: family abroad, flatmates, classmates, coworkers; code-mixing and ordinary stop/cancel/quit
# family abroad
Mami I landed, the flight was ok, call you mañana
Ma did you get the money I sent on Western Union?
Beta, eat properly, don't just eat maggi every night
Papa stop worrying, I'm fine, it's just cold here
Tell nani I will video call on Sunday her time
Mum can you stop sending me those forwarded WhatsApp videos lol
Abba the visa interview is on the 14th, pray for me
Ate, can you send me the adobo recipe again? I lost it
Nana says stop using so many emojis, she can't read them
Habibi did you call your mother? She is asking me
Mama ya llegué al dorm, it's tiny but ok
Papi the heater is broken again, landlord says wait
I cancelled my trip home for December, tickets too expensive 😢
Don't text me tomorrow morning, I have the exam at 9
Send me a photo of the new puppy pls
Ammi, the Eid dinner is at Auntie Shabana's, right?
Your cousin is coming to Toronto in March, can she stay with you a week?
Enough with the marriage proposals Ma, I am studying
No more biryani in my luggage, customs took it last time
Lola is in the hospital, call your tita when you can
The time difference is killing me, it's 3am here
I will quit the night shift after this semester, promise
Did the parcel reach? I put the chocolates and the socks
Dad, end of the month I get my first paycheck here!
Stop by Tío Jorge's when you're in Houston, he has the papers
I miss your food so much, the food here has no salt
Maa can you stop calling at 6am my time, I sleep late
Bro tell mom I passed the driving test 🎉
Happy birthday Papa, feliz cumple, sorry I can't be there
The wifi is so bad here, I will text instead of call
Chacha said the shop is closed till Diwali
Call me when you finish work, no rush
Mom, the bank cancelled my card because I used it abroad
Is grandma still angry that I moved to Germany?
Please don't stop sending the voice notes, I like hearing you
# flatmates
Who finished the milk AGAIN
Can you stop leaving your dishes in the sink pls, it's been 3 days
Rent is due Friday, I'll send my part on Revolut
The landlord is coming at 10 to fix the boiler
Cancel the cleaner this week, I'll do it
I'm cooking jollof tonight, want some?
Quit stealing my oat milk 😤
Enough with the loud music after midnight, we have class
Someone left the front door unlocked
Do we still need toilet paper or did you buy?
The bins go out on Tuesday night not Wednesday
No more parties on weekdays ok? Neighbours complained
I'll be home late, don't wait for dinner
Can you buy eggs on the way? I'll pay you back
Your package is at the door, I took it inside
The shower is leaking again, I texted the agency
Stop ordering from that pizza place, it made us all sick lol
My cousins are visiting, is it ok if they sleep on the couch Saturday?
I paid the internet, you owe me 15
The heating ends at 10 pm, the timer is broken
Don't use my pan for fish pls it smells for days
Is the washing machine free?
Let's split the Costco run this weekend
I'm moving out end of June, just letting you know early
Who is the guy sleeping on our sofa??
Can you stop the alarm in my room, I forgot it's ringing and I'm at uni
Our lease ends in August, do we renew?
Hot water is back!
Ok fine I will cancel my Netflix and use yours
We're out of rice, I'll buy the big bag from the Asian market
# classmates
Is the assignment due tonight or Monday?
Prof cancelled the lecture today, check Canvas
Can you send me the notes from Thursday? I was sick
Group meeting at the library at 4?
I'm going to quit this module, the maths is too hard
Stop panicking, the exam is open book
Anyone have the slides for week 5?
Did you submit on Turnitin yet
The seminar ends at 6, let's get food after
Our presentation is 10 minutes, not 20, I checked
No more all-nighters I swear
My English essay got a 62, is that good here?
Who is doing the conclusion part?
Can you explain the difference between the two formulas again
Library closes at midnight during exams
I'll stop by your room to get the charger
Don't text the group chat anymore, she muted it anyway
The lab got cancelled, the equipment is broken
Are you going to the international students party?
Quit being lazy and come to the gym with me
Enough studying for today, my brain is dead
Where is room B204?
Can you check my cover letter? English is not my first language
The tutor said we can unsubscribe from the mailing list of the club if we want
I'm at the stop, the bus is late again
Can I borrow your calculator tomorrow?
Let's start the project on Saturday
Did anyone record the lecture?
Mid-terms start next week, I'm not ready
Bring your student card, they check at the entrance
The deadline got extended to Friday!!
Ok I'll stop asking questions and just read the book
# coworkers
Running 10 min late, the train stopped at Clapham
Can you cover my shift on Saturday? I have the citizenship test
Manager said we can leave early today
Meeting is cancelled, he's sick
I'm quitting in two weeks, don't tell anyone yet
Stop cc'ing me on those emails please 😅 (joke)
Can you send me the rota for next week
The printer is jammed again
End of shift, I'm out, see you tomorrow
Who took my lunch from the fridge
Enough overtime this month, I need sleep
The client wants the report by EOD
No more meetings on Friday afternoons, finally
Can you check if my timesheet is right, I don't understand the form
Happy Diwali to you and family!
I'll be on leave from the 3rd, going back home for my brother's wedding
Don't text me on my day off pls, call if emergency
Boss is in a bad mood, be careful
The coffee machine is fixed
Can you teach me how to use the new till?
I had to cancel the dentist because of the double shift
Payday is Thursday right?
They're hiring again, tell your cousin to apply
Parking is full, I parked at the supermarket
Thank you for helping me with the English on the email
Let's stop for lunch at 1, the food truck is here
The system logs out every 5 min, IT said wait
Did you get the email about the fire drill?
Can we swap breaks, I need to pray at 1:30
Stop working so hard, you make us look bad haha
# everyday, mixing
Ok cool, see you at 7
Vale, I'll be there in 10
Chalo, let's meet at the metro
On my way, traffic is crazy
Lol ya I know
Kya scene hai tonight?
Wallah I forgot, sorry
Tranquilo, no problem
Inshallah we will win on Sunday
Are you coming to the cricket match?
Don't forget the charger
Sorry, I missed your call, was on the tube
Can you stop sending me memes during work 😂
Enough for today, I'm going to sleep
Good night, sleep well
What's the Wi-Fi password again
Did you watch the final? Unbelievable
I'm at the stop near the mosque, where are you?
Cancel that, I found my keys
Let's just end the argument, I'm sorry
No more coffee for me today, I'm shaking
Quit it, you're making me laugh in the library
Happy new year! 新年快乐!
Pls call when you're free, no urgent
Where we eating? Halal place or the Korean one?
The match starts at 8 our time
My phone autocorrect changes everything to Spanish, ignore the typos
Stop, stop, I can't breathe, that video is too funny
Can you pick me up from the airport Thursday?
We should start a group chat for the trip
I already unsubscribed from that gym, they still charge me
My mom texts me good morning every day, it's cute
I'll text you the address
Bring some pan dulce when you come
Tomorrow is a holiday here, no work
Did the landlord reply?
Finally got my residence permit!!!
Ugh the train is cancelled, taking the bus
Can you send me the photos from the wedding
I'll make chai, come over
Don't stop now, you're almost done with the marathon training
Shukriya for yesterday, the food was amazing
Stop by after Friday prayer?
Ok enough, I'm coming, give me 5
The Uber driver is lost
Which bus goes to the consulate?
Send me your new number, the old one isn't working
Congrats on the job!!! 🎉
My passport renewal got cancelled, I need new photos
I quit sugar for Lent, don't tempt me
Let me know when you land
Mañana we go to the beach if no rain
Tell your sister I said hi
Aunty is asking if you are still single 🙄
The baby finally stopped crying, he's asleep
Are you free for a quick call
We ran out of gas for the stove, I'll buy
Lunch at mine on Sunday, bring your flatmate
Stop texting and driving, call me when you park
The cold is ending, finally sun this weekend
Did you cancel the hotel or should I?
Can you help me fill the council tax form
No more rain please, my shoes are wet for days

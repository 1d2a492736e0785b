# friends planning
are we still on for brunch sunday or did Kayla cancel again
I'm at the bar, where are you guys
Can you stop by mine before the party? I have your jacket
omg stop, I'm crying laughing
Stop it you're making me blush
ok who's driving Saturday, I can fit 4
Brunch is cancelled, Kayla has covid. Rain check?
Don't cancel on me this time I swear
If you cancel one more time I'm getting a new best friend lol
I quit my job today!!! drinks on me
Wait you quit?? Call me
enough about work, what are we eating
No more tequila for me ever again
pick me up at 7? my car won't start
the movie starts at 8:15, don't be late
Let's end the night at Joe's, they have karaoke
I can't stop thinking about that pasta from last night
We need to stop going to that place, it's always 40 min wait
lmk if you're still coming, I need a headcount for the Airbnb
Just Venmo me $42 for the cabin
Stop sending me TikToks at 2am, I have work 😂
send me more of those dog videos, I need them
Could you grab ice on your way?
who's bringing the speaker
Happy birthday!!! 🎉 love you
thanks babe, see you at 6
Jake's not coming, he said he's done with group hangs for a while
Can we push dinner to 8? Traffic is insane
Just landed, uber is 15 min out
sorry, my phone died
the concert got cancelled, tickets refunded in 5-7 days apparently
Ugh I forgot to cancel my Hulu trial again
I finally unsubscribed from all those store emails, my inbox is so quiet now
Remind me to cancel Spotify before Friday
Do you want my Netflix login? I'm cancelling at the end of the month anyway
Girls trip is ON. Vegas 12th-15th
Stop stressing, you'll be fine at the interview
is it weird if I text him first
don't text him. seriously. don't
delete his number and move on
I blocked him on everything finally
text me when you get home safe
home! night x
# sports teams
Practice moved to 6 at Field 3, bring both jerseys
Game cancelled due to lightning, make-up TBD
Coach says no more excuses, everyone at practice Thursday
Who can bring oranges for Saturday? 🍊
Ref stopped the game for 20 min because of the fog lol
Can someone give Liam a ride? I'm stuck at work
We need one more sub for Sunday or we forfeit
I'm out this week, hamstring is still bad
Dues are $60, pay Marcus by end of month
Stop passing it back to the keeper every time, we talked about this 😂
I'm quitting the Tuesday league, Wednesday works better for me
Does anyone know when the season ends?
Tournament schedule is up, first game 8am ugh
who has the ball bag
Great game tonight everyone! Drinks at Murphy's
Don't forget shin guards, Ava!
Rain again. Is practice on or off?
it's on, field is fine
Can you stop at Dick's and grab a pump? Ours broke
I'll be 10 min late, start warmups without me
The pickup game is ending at 9 so the lights don't go off on us
Enough with the trash talk in the group chat you two 🙄
we won 3-1!!!
# hobby clubs
Book club is at Rachel's this month, we're doing Tomorrow and Tomorrow and Tomorrow
I didn't finish the book, can I still come lol
Ending the meeting at 8:30 so Pat can catch the bus
Knitting circle cancelled this week, Helen's in the hospital
Send flowers to Helen? I can collect money
Who wants to split a bulk order of yarn?
Choir: no more than 2 guests each at the concert please
Run club meets at the fountain 6:30am, 5k easy pace
I stopped running after my knee surgery but I'll walk with you
Chess club tonight? I need revenge
He resigned after move 12 haha, he just quit
The garden plots close for the season on Oct 31
Can someone water my tomatoes while I'm in Ohio?
Photography walk at sunrise Saturday, meet by the pier
Trivia team name ideas? Last week's was terrible
quiz night is on, 7:30, Tom's bringing his uncle
Board game night at mine, bring snacks not Monopoly
Climbing gym at 6? I'll belay
I'm pausing my pottery classes until after the baby comes
D&D session cancelled, DM has the flu 😷
The campaign will end next month, we should plan a new one
Please stop putting spoilers in the club chat, some of us are still on chapter 4
# school parents
Hi all, reminder that Friday is early dismissal at 12:30
Does anyone have the spelling list for this week?
Can someone pick up Noah with Mia today? I'll owe you
Bake sale sign-up is in the folder, we need 10 more volunteers
PTA meeting cancelled, moved to next Tuesday
The bus stop moved to the corner of Elm and 4th starting Monday
Picture day is Thursday! Don't forget the forms
My kids won't stop talking about the field trip 😂
Lice letter went home today, just FYI 🙃
Who's doing the teacher gift this year? I can add $20
Ms. Thompson said no more candy in lunchboxes
Is the science fair project due Friday or Monday?
Carpool this week: me Mon/Wed, you Tue/Thu?
My daughter wants to quit soccer, did yours ever go through that?
Please stop replying all to the class list, I'm getting 50 notifications 😩
Can we mute this chat? Asking for a friend lol
If your kid has a blue water bottle with a frog sticker, it's Ella's
Snow day!!! School's closed
Thanks everyone for the help with the carnival!
How do I unsubscribe from the school newsletter? I get it twice
Does anyone know how to cancel the after-school pizza order? I signed up by mistake
# exes / relationships
I just need space. Please don't text me for a while
Leave me alone, I mean it this time
Stop calling me at work
I'm blocking you if you send one more paragraph
Can you just drop off my stuff and go
We're done. I'm not doing this again
You can keep the blender
Enough. I'm not arguing over text anymore
Please stop bringing up last summer
I'm sorry. I know you said not to text, I'll stop
It's over, Marco. Please respect that
Can we talk like adults? Coffee Thursday?
I still have your hoodie, want it back?
Don't text me when you're drunk
Fine. Do whatever you want
Happy to co-parent but no more texts after 9pm unless it's about Lily
Lily has a dentist appt Tuesday, can you take her?
I unfollowed you, not in a mean way, I just needed to stop checking
My therapist said I should stop responding, so this is the last one
# family
Mom stop sending me chain messages 😂
Dad can you stop forwarding me Facebook videos
Dinner at grandma's Sunday at 5, bring a dessert
Can you call me when you're free? Nothing urgent
I'm cancelling Thanksgiving this year, we're all too tired. Pizza instead?
Who ate the last of the lasagna
stop hogging the family Netflix account lol
Can you stop at the pharmacy for Grandpa's prescription?
Your brother finally quit vaping!!
Enough with the wedding questions, we'll set a date when we set it
Love you, drive safe
Aunt Linda is asking for your address again, should I give it?
I unsubscribed you from the group emails, you said they were too much
The plumber came, the leak has stopped
# group chats
who changed the group name to "Stop Yelling Karen" 💀
lmao stop
I'm leaving this group, too many notifications. Text me directly
Bye, Sam left the group
no more politics in this chat please, we agreed
Can we not do the 6am memes
Enough, this thread is 400 messages long
is this a dumb question or does anyone know a good mechanic
Quick poll: Friday or Saturday for Maya's surprise party?
shhh don't tell her 🤫
Can someone add Devon? He got a new number
Muting this till tonight, too much going on
Stop spamming stickers Eric
Unsubscribe 😂 (from this drama, not the chat)
Cancel Thursday, let's do Saturday brunch instead
End of an era, the Walmart on 5th is closing
whoever keeps sending the cat gif please stop lol
night all, early shift tomorrow
# work and neighbors
Hey neighbor, your car alarm won't stop, can you check it?
Package for you got left at my door, I'll bring it over
Can you stop by the office before the meeting to sign the form?
Client cancelled, we have the afternoon free
Please stop scheduling meetings at 4:45 on Fridays 😭
I'm out sick today, can you cover my 2pm?
The printer stopped working again
I'm putting in my notice, I'm quitting at the end of the month
Don't tell anyone yet
The landlord says the water will be off 9 to 12 tomorrow
Could you quit revving your motorcycle at midnight? Kids are asleep
Hey it's Luis from 3B, your Amazon box is with me
Does anyone want the free couch before I put it on the curb
# misc
I need to stop buying coffee every day
Stop. Drop. Roll. Kid learned it at school today
You won't believe who I saw at Target
lol no
yes 100%
ok
ok cool
I'm on my way
5 min away
running late sorry!!
Where did you park?
Do you have a phone charger I can borrow
The wifi keeps cutting out, is it just me?
I can't believe it's already December
happy new year!!! 🎆
Don't forget we have the vet at 10
Thanks for today, it meant a lot
Just checking on you ❤️

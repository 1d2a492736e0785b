%% English person-to-person texts: friends, partners, siblings, parents and kids.
omw
running 10 min late sorry
u up?
can u grab milk on the way home
love u
luv u too babe
STOPPP 😂 ur killing me
stop it ur making me blush
omg stop lol
stop being so dramatic
stop texting me while im in class mom 😭
dont text me during the exam i'll call after
dont txt me rn im driving
leave me alone im napping
leave me alone for like 10 min i need to think
enough with the memes i cant breathe 😂
ok enough screen time, phones off at 9
no more candy before dinner
no more pizza i'm so full
i quit my job today!!!
she finally quit smoking
quit hogging the bathroom
did u cancel netflix or should i
cancel dinner tn? im wiped
they cancelled the game bc of rain
can u cancel my dentist appt for me pls
we should unsubscribe from that gym it's a ripoff
i unsubscribed from all those youtube channels lol
the movie doesnt end until 11
end of story lol
its the end of an era
can u stop at the gas station
stop by later?
ill stop by grandmas after work
the bus didnt stop at our stop again
when does ur shift start
the game starts at 7 dont be late
did the plumber ever show up
call me when u land
landed ✈️
boarding now
happy bday sis 🎉🎉
happy birthday!! have the best day
thx for dinner last night
what do u want for dinner
tacos?
ya tacos
idk u pick
im so tired
same
lmaooo
brb
ttyl
gn 😴
gm ☀️
did u feed the dog
pls take the trash out
who ate my leftovers
wasnt me
it was def jake
mom can u pick me up at 4
dad the car is making the weird noise again
ur grandma wants u to call her
did u do ur homework
yes mom
no mom
ok ok im doing it
stop asking me if i did my homework 🙄
i said stop tickling me lmao
can we stop arguing about this pls
lets just stop for tonight and talk tmrw
i need u to stop leaving dishes in the sink
if u dont stop i'm telling mom
stop scrolling and come eat
stopppp i'm crying
no stop thats so sad 😢
wait stop is that true??
stop lying lmao
do u ever stop eating
i cant stop thinking about that show
cant stop laughing
the rain wont stop
my phone wont stop buzzing
enough is enough im going to bed
had enough of this week honestly
that's enough coffee for u
have u had enough to eat
no more excuses we're going to the gym tmrw
no more drama pls
i'm done with this class
done ✅
it's over between me and dan
game over lol we lost
ur not gonna believe this
call me asap
pick up ur phone
why arent u answering
sorry phone died
charger?
can i borrow ur hoodie
the grey one
u left ur keys here
ill drop them off
where r u
at the mall
with who
just emma
k be home by 10
fine
the wifi is down again
restart the router
did that
did u pay the electric bill
yep paid
rent is due friday
can u venmo me 20 for the pizza
sent
got it thx
what time is the party
8ish
bring chips
bringing dip too
is it formal
nah jeans are fine
miss u
miss u more
cant wait to see u
counting down the days
flight is at 6am ugh
drive safe
text me when u get home
home safe
good night love
sleep well
nite nite
mom stop sending me chain messages on whatsapp pls
grandpa pls stop replying all on the family group 😂
can u stop tagging me in those posts
dont text me about work on my day off lol
ok i'll stop bugging u about it
i'll stop asking promise
i quit the group chat it was too much
she left the group lol
leave the door unlocked for me
leave it on the counter
just leave me a voicemail
just leave it i'll clean it tmrw
end the call i'll ring u back
we can end early if ur tired
the end of the movie made me cry
remove the chicken from the freezer pls
can u remove that pic of me its so bad
take me off the carpool list for next week im wfh
i cancelled my flight im staying another week
did they cancel school tmrw snow day??
school is cancelled!!! ❄️
my order got cancelled ugh
u can cancel the uber i found a ride
the concert got cancelled i'm devastated
i'm gonna quit while im ahead lol
never quit ur dreams 💪 lol jk
bro quit it im trying to sleep
quit playing and answer me
stop it i'm gonna pee myself 😂
stop stop i get it
ok stop u win
STOP YELLING IN THE CHAT lol
WHY R U YELLING
SORRY CAPS LOCK
ok dictated this in the car so sorry for typos period
can you pick up the kids at three thirty full stop thanks
tell dad I'm going to be late question mark no just say I'm stuck in traffic
hey so I was thinking about what you said last night and I think you're right we should stop putting off the trip and just book it before prices go up again what do you think
mom I know you worry but you have to stop calling me every hour when I'm out I'm 22 and I'm fine I promise I'll text when I'm home
honestly I need a break from the group chat for a bit so if I don't reply it's not personal just leave me alone for the weekend and I'll be back Monday
lil bro stop using my charger
stop eating my yogurt
youre such a dork
ily
ilysm
wyd
nm u
hbu
omw now fr
gtg
np
ty
congrats on the new job!!
proud of u
dinner at ours sunday?
sounds good
cant this weekend maybe next
the baby finally slept 🙏
send pics
lol that's so cute

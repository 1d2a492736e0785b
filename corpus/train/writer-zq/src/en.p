omw
running 10 min late sorry!!
can you grab milk on the way home
did u feed the dog
mom where is my charger
its in the kitchen drawer where it always is
lmaooo i cant
who took my hoodie
ur hoodie is in the dryer
Happy birthday sweetheart! Love, Grandma
thank you grandma ❤️
Grandma you dont have to sign your texts lol
how do I make the letters bigger on this phone
call me when you get a chance
Can't talk, in a meeting
kk
wyd
nm hbu
pick me up at 3:15 not 3
practice got cancelled so come at 2:30 instead
Dinner at 7?
sure what should I bring
just bring yourself
stop by the store on your way, we're out of eggs
Can you stop by after work? Need help moving the couch
stop texting me during class 😂 i'm gonna get caught
ok ok i'll stop lol
pls stop sending me tiktoks at 2am
no more tiktoks I promise
i quit my job today!!!
WHAT. call me rn
I'm so proud of you for quitting smoking, 30 days!!
Enough with the cat pics already 😂
never enough cat pics
no more cake for me, I'm stuffed
can you cancel the dentist for me, I forgot
I cancelled netflix btw, we never use it
the meeting is cancelled, reschedule for thurs
when does the movie start
it starts at 8, ends around 10:30
Stop worrying, it'll be fine
I can't stop laughing at that video
the bus just stopped in the middle of the road lol
She's finally stopped crying, nap time
end of the day is fine for the report
Let's end this argument, I'm sorry
im sorry too ❤️
u coming to the game friday?
maybe, depends on my shift
Did you get home safe?
yep home safe. night!
night night
Love you
love you more
Dad can I borrow $20
for what
food
ok sending on venmo
you're the best
I know
Your aunt is in the hospital, nothing serious, she's ok
oh no, which hospital?
St Mary's, room 412
we're boarding now, text you when we land
landed!
how was the flight
bumpy but ok
Can u watch the kids saturday morning?
yes as long as I'm back by 1
ty ty ty
Did you see the email from Karen
ugh yes
I'm not replying till Monday
Reminder team lunch tomorrow 12:30
Who's bringing the cake for Tom's farewell?
I'll get it from the bakery
Can you cover my shift tues? I'll take your sunday
deal
Just saw a deer in the backyard!!
pics or it didnt happen
me and jess r going to the mall wanna come
cant im grounded
f
haha what did u do
failed a chem test 💀
rip
Mom said you have to text her back
tell her I'm at Kayla's
The plumber is coming between 9 and 12, can you be home?
I have a call at 10 but yes
My back is killing me today
take the ibuprofen in the cabinet
Hi dear, how are you? The weather here is very cold
hi mom all good here, kids say hi
Sorry I didn't answer, I was driving
no worries
Is it true you're moving to Denver??
yeah in june! more news soon
you told me you would stop eating my yogurt
i will stop when you stop buying the good kind
Hello my friend, I arrive tomorrow 6 pm, you can pick me at airport?
Of course! Terminal B right?
yes terminal B thank you so much
What time is soccer practice
5:30 at the park by the library
Don't forget picture day tomorrow, nice shirt!
which shirt
the blue one, not the one with the stain
Grocery list: bananas, bread, chicken, dish soap
got everything except the soap, they were out
ok whatever we'll get it sunday
I got the job!!!!
OMG CONGRATS 🎉🎉
drinks on me friday
Are you awake
yeah cant sleep
same. wanna talk?
The wifi is down again
unplug the router and plug it back in
worked, thx
Happy anniversary you two! 25 years!
ty auntie!
Did grandpa take his pills this morning
yes i watched him
where did you park
level 3 near the elevator
can u send me the notes from bio
sent em
ur a lifesaver
I'm outside
coming down
Do you want pizza or chinese
pizza obvi
pepperoni?
half pepperoni half cheese
the dog ate a sock again
not again 😩
should we call the vet
lets wait and see if he throws up
he threw up the sock
good boy lol
Is the office closed monday for the holiday?
yes, back tuesday
Can you send me that recipe
the lasagna one? sure
I'm at the pharmacy, do you need anything
cough drops pls
Babe I'm so tired
come home, I made soup
Have you heard from your brother
no he's ignoring everyone again
I'll call him tonight
Please stop leaving the dishes in the sink, I'm begging
Stop at the red sign and turn left, the house is blue
No more excuses, we're going to the gym tomorrow 6am
ugh fine
Enough is enough, I'm booking that vacation
Quit being dramatic and come to the party
The line at the DMV never ends
I'm done with this semester. ONE MORE FINAL
good luck!! you got this
the concert got canceled 😭 refund in 5-7 days
Want to split an uber home
yes pls im by the entrance
my phone is at 2% if i die im at the station
charge your phone!!!
sorry my english is not so good, I come at 4 or 5 ok?
4 or 5 is perfect, no problem
Hey it's Linda from church, are you still coming Sunday?
Yes I'll be there with the casserole
hope you feel better soon
thanks, soup is helping
Where r u
here
where
by the fountain
oh i see u

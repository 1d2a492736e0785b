# English replies: bilingual / migrant / student-abroad writers, formal-register and autocorrect slips
@zw-mix
o STOP por favor
o stop pls no more msg, gracias
o Stop. Ya basta with the texts
o STOP yaar, enough messages now
o bas karo, stop sending
o Khalas, stop texting me
o no more messages, khalas
o Opt out. Merci
o stop svp
o remove my number, спасибо
o Unsubscribe. Not interested, shukriya
o Delete my number from your system please, arigato
o Stop 🙏 salamat po
o stopp bitte
o Stopp (sorry my phone is German)
o Stop, dziękuję
o unsubscribe me, obrigado
@zw-formal
o Dear Sir/Madam, I kindly request you to stop sending me the SMS. Thanking you in anticipation.
o Respected sir, kindly do the needful and remove my number from your list
o Kindly unsubscribe me, I am not interested. Regards
o I hereby revoke my consent for receiving SMS. Regards, Dr. Okonkwo
o Good day. I humbly ask that you discontinue messages to this number. Yours faithfully
o Respected team, please cease all communications to my mobile with immediate effect
o Please be informed that I no longer wish to be contacted on this number. Kind regards
@zw-lowlit
o plz stop sending me mesages i dont no who u are
o estop
o Estop please
o please no send me more text
o no text me anymore ok
o I don't want this messages anymore. Please to stop.
o Please you remove me from the list, thank you very much
o cancel the messages please, I no understand english good
o Take me out from your list please
o unsubcribe me plis
o Unsubscrib
o Unsubscribed me please
o stap
o Leave me alone with your texts, stop
@zw-autocorrect
o Stop sending massages
o Please stop sending me massages, I never signed up
o Stoo
o Dtop
o S T O P
o Stop stop stop
o Sotp
o Un subscribe
o Opt iut
@zw-context
o stop. i am not living in this country any more
o I moved back to Brazil, please stop texting this number
o This is my mother's phone, she doesn't read English. Please stop the messages
o My son uses this number now for college, stop sending to it please
o No more SMS to me please, I am student abroad and it is too much
o Cancel subscription of messages
o END
o Quit sending me pls
o Revoke
o wrong number, I am not Maria. Remove me please
@zw-scope
m stop the promos pls, only the delivery msg ok
m No more offers please, I only want my appointment reminder
m Kindly stop sending promotional messages. Transactional alerts may continue.
m no publicidad please, only the order updates
m Stop marketing texts. Thank u
m I don't want the discount messages anymore, the bill reminders are fine
m Please no more advertisements to my phone
m stop sending sale msgs, still send me my pickup codes
m no more promo, bas
m Unsubscribe me from the deals texts only
m Please remove me from marketing list, I still need the OTP
m enough with the coupons, stop them
@zw-optin
i START
i Start por favor
i start again pls
i UNSTOP
i Unstop, I changed my mind
i YES
i Yes please, gracias
i Subscribe
i subscribe me pls
i Resume
i Resume the messages please
i Continue
i I want to receive the messages again, please start
i Please send me the texts again, I stopped by mistake
i Kindly resume the SMS alerts on this number. Thanking you.
i Satrt
i Yess
i Yes i want the offer messages again
i pls put me back on the list
i Start, sí
i Restart the messages please, I am back from abroad
i Subscribe again, I unsubscribe by mistake
@zw-help
h HELP
h Help por favor
h help pls
h Help, thank you
h INFO
h Info please
h info plz
h Hlep
h HELP, merci
h Kindly help
h Help me please
h Help ayuda
h Hilfe help
h info, shukriya
h Helpp
@zw-lookalike
n Can I cancel my appointment on Tuesday? I am travel to Mexico
n Please cancel the order 4471, I ordered by mistake
n I want to cancel my booking, not the messages
n When the sale start?
n What time does the clinic start tomorrow?
n I will stop by the store after work, mañana ok?
n Is the bus stop near the pharmacy?
n Don't stop the updates, I need them for my visa appointment
n Please don't stop sending me the reminders, my English is not good and they help me
n Who is this? I don't understand
n Que? No entiendo English much
n What is this message about my account?
n Can you send it in Spanish please?
n Can you write in Portuguese? My father reads this phone
n My package not arrive yet, where is it?
n I already paid the bill, why you send me this
n Ok thank you
n Okay, see you Thursday
n Confirmed, I will come at 3
n Liked "Your code is 4821. Reply STOP to opt out"
n Loved "Reply STOP to unsubscribe"
n Emphasized "Text STOP to end"
n How do I change the language of the messages?
n Is this the same number for WhatsApp?
n I quit my job so please change the address for delivery
n The end of the month is fine for the payment
n Can you stop the delivery for one week, I am out of the country
n Cancel the 2pm, reschedule please
n my daughter will pick up the medicine, is ok?
n Thank you very much for the reminder, God bless
n Sorry I don't understand, what is code?
n Can I pay in cash?
n The link not open in my phone
n Why I receive this message?
n Please stop calling me at work, text is better
n This number is now for my sister, please update the name
n Subscription renew automatic or I need to pay?
n How I cancel my gym membership? There is fee?
n I am at the bus stop, the driver not come yet
n Help me understand this bill, why is 80 dollars
n Is it possible to start my service on Monday?
n Correct, the address is ok
n I paid 50, is that enough for the deposit?
n No more bread in the order please, only milk
n The order is for my abuela, she pays when it arrive
n Merci for the fast delivery
n Gracias, received
n Can the driver call before? I understand better on phone
n My card ended, I will pay next week
n What time you end today?
n Is there info about the vaccine for kids?
n I will cancel my trip if the visa no come, can I change the date later?
n Respected sir, kindly confirm my appointment for Monday. Thanking you.

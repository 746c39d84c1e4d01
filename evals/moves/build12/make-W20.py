#!/usr/bin/env python3
"""Writer W20: holds the rep lines for five situations and writes sentences-W20.jsonl.
Lines are shuffled within each situation with a fixed seed; ids s4940-s5139 are then assigned in order."""
import json, random, os

SEED = 20494
START = 4940
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W20.jsonl")

# situation -> (customer lines by key, [(key, rep line), ...])
DATA = []

# 1. water-softener-rental (UK)
C = {
 "A": "Hi, I rent a water softener from you and I've had a letter saying the monthly price is going up again.",
 "B": "The engineer was meant to come for the annual service on Tuesday. I took the afternoon off work and nobody turned up.",
 "C": "The water's been hard again for weeks, the kettle's furred up and my daughter's eczema has flared.",
 "D": "Honestly, I just want to end the rental and have you take the unit away.",
 "E": "I don't want a discount, I've made my mind up.",
 "F": "So is it actually cancelled now? And when are you collecting it?",
 "G": "Why should I pay for this month when it hasn't even been serviced?",
}
L = [
 ("A", "Morning, you're through to ClearFlow Water, Bethany speaking."),
 ("A", "Yes, the rental's gone up £2.40 a month from April, because the agreement lets us adjust it once a year in line with inflation."),
 ("A", "Price changes are covered in the terms you signed, so I can't reverse it, but I could lock you in at the old rate for two years if you renew today."),
 ("A", "How much of a squeeze is the new price going to put on your household budget?"),
 ("B", "I'm sorry nobody came on Tuesday, you'd given up an afternoon's pay to be in and we wasted it."),
 ("B", "I do understand how fustrating that must be."),
 ("B", "The engineer's van broke down and his route got cancelled, but nobody rang to let you know, and that's on us."),
 ("B", "Our system says we left you a voicemail on the Monday, so really you should've checked your messages before taking the afternoon off."),
 ("B", "I'm booking a replacement visit for this Friday between 8 and 12, and I'll text you the engineer's name by 5 today."),
 ("B", "I'll put a £30 credit on your account for the wasted afternoon before we finish this call."),
 ("B", "How did losing that afternoon play out with your work?"),
 ("C", "Can you tell me what the last few weeks have been like at home with the water that hard?"),
 ("C", "Weeks of scale in the kettle and your daughter's skin flaring up again, while you're paying us for soft water, that's not on. How's she doing?"),
 ("C", "When the resin isn't regenerating, the hard water just runs straight through, that's why the scale's come back."),
 ("C", "Sounds like the brine tank's bridged so there's no regen cycle, and I can get an engineer out tomorrow morning to clear it, no charge."),
 ("C", "Have you been topping the salt up every month like the manual says? If not, that's not a fault on our side."),
 ("C", "Right, eczema, hard water, got it."),
 ("D", "Can I ask what's made you decide to end the rental?"),
 ("D", "Before we go down that road, what would it take to keep you with us? I've got a fair bit of room on price."),
 ("D", "We could drop you to £14.99 a month for the next year if you stay on, and I'd throw in a free service."),
 ("D", "Honestly, our softeners are the most reliable on the market, nobody else comes close."),
 ("D", "Rentals have a twelve-month minimum term and you're only in month nine, so I can't end it early."),
 ("D", "You'd need to give 30 days' notice in writing, so you'll have to email the cancellations team."),
 ("D", "I'll pass you over to our customer relations team, they handle end-of-rental requests."),
 ("E", "Okay, no problem, I won't mention any more offers."),
 ("E", "Is it really the service, or just the price? Because the Eco model uses a third less salt and I could swap you onto it for nothing."),
 ("E", "Fair enough, but what is it exactly that's put you off?"),
 ("E", "Of course, I've cancelled the rental as of today, and I'll refund that £30 credit to your card rather than leave it sitting on the account."),
 ("F", "Yes, it's ended as of today, so no more paying for soft water you haven't been getting."),
 ("F", "It's gone through, your cancellation reference is CF-20931 and the confirmation email's on its way."),
 ("F", "I've put the request in, but it can only finish at the end of your minimum term in July."),
 ("F", "I can start the cancellation, but you'll need to fill in the return form before it's final."),
 ("F", "Collection's booked for Wednesday the 14th, morning slot, and the driver will ring half an hour before."),
 ("F", "We'll sort the collection out at some point."),
 ("F", "So that's the rental cancelled today and the collection on the 14th, does that all make sense?"),
 ("G", "This month's charge is for the unit sitting in your home, not the servicing, so it's still due, and you did sign up to that."),
 ("G", "You've had weeks of hard water and a wasted afternoon, so I'll refund this month in full, £17.40 back to your card within five working days."),
 ("G", "To be fair, if you'd let us in for the January service this wouldn't have happened."),
 ("G", "Sir, please calm down, I'm trying to help you here."),
 ("G", "I'm raising the missed visit with my team leader so it gets looked at properly."),
]
DATA.append(("water-softener-rental", C, L))

# 2. university-accommodation-deposit (UK)
C = {
 "A": "Hi, I moved out of halls in June and you've kept £250 of my £400 deposit for 'damage'. Nobody's explained why.",
 "B": "The mark on the wall was there when I moved in, I put it on the inventory form.",
 "C": "I was counting on that money for the deposit on my second-year flat. Now I'm short and the landlord won't wait.",
 "D": "The photos you've sent are of a different room, the desk isn't even the same.",
 "E": "I want the full amount back, and I want to know who decided this.",
 "F": "I'm really stressed, I've got resits in two weeks and this is all I can think about.",
 "G": "And can you cancel my room booking for next year? I'm not staying in halls again.",
}
L = [
 ("A", "Hello, Residential Life, you're speaking with Tom, how can I help today?"),
 ("A", "So the £250 is £180 for repainting the wall by the desk and £70 for a deep clean, that's what the checkout inspector recorded."),
 ("A", "Basically the deposit's held against damage beyond normal wear and tear, and the hall team assess that after you've left."),
 ("A", "Deductions are final once the 14-day dispute window closes, and yours closed last week because you didn't reply to our email, so I can't reopen it."),
 ("A", "Can I take your student number and the name of your hall?"),
 ("B", "Students get 48 hours after arrival to report existing marks, so if it wasn't reported, that's on you."),
 ("B", "You're right, your inventory form does say 'scuff above desk', so we got this wrong and I'm sorry."),
 ("B", "I'll refund the £180 for the wall today, and it should land in your account in three to five working days."),
 ("B", "Your form's here, but a scuff isn't the same as the gouge the inspector found, so the charge stays."),
 ("C", "Losing £250 just as you're trying to secure a flat, with a landlord who won't hold it, that's a horrible spot to be in."),
 ("C", "What's it meant for the flat so far, has the landlord given you a deadline?"),
 ("C", "Being £250 short in the middle of flat-hunting, how are you managing for money in the meantime?"),
 ("C", "I can release the undisputed £150 today as a seperate payment, so you've got something towards the flat while the rest is reviewed."),
 ("C", "With respect, your flat isn't really our concern, the deposit terms were in the licence agreement you signed."),
 ("D", "The photos come from the PCI, the post-checkout inspection, and they're logged against the room ID in StarRez."),
 ("D", "If those photos show a different desk then we've matched the wrong room, that's our error, so I'll get the whole £250 back to you by Friday."),
 ("D", "Oh brilliant, so now our photos are of the wrong room, fantastic."),
 ("D", "I'm escalating this to the Accommodation Manager, and she'll look at the photos herself by Friday."),
 ("D", "We'll look into it."),
 ("D", "So just to check, you're disputing the paint charge but not the cleaning, is that right?"),
 ("E", "I'll email you by 4pm today with the outcome and who signed it off."),
 ("E", "You'll need to submit a formal appeal through the student portal, I can't take it over the phone."),
 ("E", "Once an appeal's logged it's a 28-day turnaround, so realistically nothing before September."),
 ("E", "Mate, nobody's trying to rip you off, just chill for a sec."),
 ("E", "I'm putting you through to the Finance Office, they're the ones who actually issue refunds."),
 ("E", "Full amount, who decided, okay, I've written both down."),
 ("E", "The cleaning charge stands, I'm afraid, because the room was left with rubbish in the wardrobe."),
 ("F", "Resits in two weeks with a flat and £250 hanging over you, no wonder you can't think about anything else."),
 ("F", "How's all this been affecting your revision?"),
 ("F", "I'm sorry this has landed on you right before your resits, that's rotten timing."),
 ("F", "I'll waive the £70 cleaning charge too, given the mix-up, so that's one less thing to chase."),
 ("F", "I know, it's a stressful time of year for everybody."),
 ("G", "Can I ask why you've decided against halls next year?"),
 ("G", "What's put you off, if you don't mind me asking? Returners get first pick of the en-suites and 10% off."),
 ("G", "Our halls were voted the best in the city for student satisfaction, so it'd be a shame to go."),
 ("G", "Right, I've cancelled your 2025–26 booking now, and there's no fee because it's before the 1st of August."),
 ("G", "That's done, next year's booking is cancelled and you'll get an email from the housing system in the next few minutes."),
 ("G", "Would a studio at Riverside change your mind? They're £20 a week cheaper than where you were."),
 ("G", "Is it the deposit business that's put you off, or something about living in halls?"),
 ("G", "You'll have to fill in the cancellation form online, and we'll process it once it comes through."),
]
DATA.append(("university-accommodation-deposit", C, L))

# 3. cable-tv-box-return-fee (UK)
C = {
 "A": "You've charged me £120 for not returning my TV box, but I sent it back in March.",
 "B": "I dropped it at the post office with the prepaid label you sent, I've got the receipt right here.",
 "C": "It's gone to a debt collector now and they ring me every single day.",
 "D": "I'm applying for a mortgage next month and I'm terrified this'll be on my credit file.",
 "E": "I've been on hold fifty minutes for this.",
 "F": "Just close whatever account I've still got with you. I never want to hear from you again.",
 "G": "So is the account closed or not?",
}
L = [
 ("A", "Thanks for calling StreamLine TV, this is Marcus, can I start with your account number?"),
 ("A", "The £120 is our non-return fee, it's added automatically if the warehouse hasn't scanned a box back within 30 days."),
 ("A", "Our system shows no return scan, so as far as we're concerned the box is still with you."),
 ("A", "I'm afraid I can't take the fee off unless you can show proof of postage, and keeping that is down to you."),
 ("B", "Can you read me the tracking number off the receipt?"),
 ("B", "That tracking number shows it arrived at our returns depot on the 18th of March, so this one's our mistake, not yours."),
 ("B", "I'm taking the £120 off your account right now, and you'll see the corrected bill by tommorow."),
 ("B", "Prepaid labels aren't tracked past the counter, so if it went missing in the post that's not really on us."),
 ("B", "You should've used the courier option, it's in the return instructions."),
 ("B", "So you're saying you posted it and you've got the receipt."),
 ("C", "A debt collector ringing every day over a box you'd already sent back, that's genuinely upsetting, and it should never have got that far."),
 ("C", "Being rung every single day over this, how has that been for you and your family?"),
 ("C", "I'll contact the collection agency myself today and get the debt recalled before 5pm."),
 ("C", "Once it's passed to the DCA we don't own the debt any more, so I can't stop their calls from here."),
 ("C", "You'll have to ring them directly on the number on their letter."),
 ("C", "Apart from the calls themselves, how has all this been affecting you?"),
 ("D", "You're weeks away from a mortgage application with this hanging over you; what would it mean if it stayed on your file?"),
 ("D", "Once a default's been reported to the CRAs we send an amendment through CAIS, and that goes in a monthly batch."),
 ("D", "I'll email you a letter today confirming the fee was raised in error, so you've got something to show your lender."),
 ("D", "I'll look into the credit file thing for you."),
 ("D", "I'm raising this as a priority complaint so a specialist picks up the credit file side within 24 hours."),
 ("D", "Let me put you through to our Collections department."),
 ("E", "Fifty minutes on hold for a charge that should never have been there, I'm sorry, so I'll credit you a month's line rental for that."),
 ("E", "Sorry for any inconvenience caused."),
 ("E", "On top of removing the fee, I'll add a £25 credit for the hassle."),
 ("E", "Honestly, what more do you want me to do?"),
 ("E", "Please stop raising your voice, madam, or I'll have to end the call."),
 ("F", "Is there a particular reason you want to close it, apart from this?"),
 ("F", "What would it take for you to give us another go? I can do the full package for £20 a month."),
 ("F", "Before I close it, we could give you the Sports bundle half price for six months."),
 ("F", "We've got the best HD picture in the UK, so what is it that's really making you go?"),
 ("F", "Account closures can only be done in writing, so you'd need to send a letter to our Leeds office."),
 ("F", "Fine, I won't try to talk you out of it, the account's closed now."),
 ("G", "Yes, I've closed the account now, the final balance is zero and there's nothing more to pay."),
 ("G", "It's closed as of right now, and I've cancelled the direct debit so nothing else comes out."),
 ("G", "I've submitted the closure request, and someone will be in touch to complete it."),
 ("G", "It'll close at the end of your billing month on the 28th, unless you'd like to keep the broadband-only deal at £18."),
 ("G", "Hold on one moment while I check the account status."),
 ("G", "That's the account closed and the fee gone, does that cover everything?"),
 ("G", "Closure, right, let me just find the right screen."),
]
DATA.append(("cable-tv-box-return-fee", C, L))

# 4. payday-loan-collections-call (UK)
C = {
 "A": "I'm behind on my loan and I've just seen you've added £45 in late fees. I can't afford this.",
 "B": "I lost my job last month and I'm choosing between food and paying you.",
 "C": "You took money out of my account the same day my rent went out, and my rent bounced.",
 "D": "I want you to stop taking payments from my card automatically. Cancel it.",
 "E": "Can you freeze the interest while I sort myself out?",
 "F": "I've got StepChange helping me now.",
 "G": "Why is the balance higher than what I borrowed?",
}
L = [
 ("A", "Good afternoon, QuickCash, Priya speaking, can I just confirm your date of birth for security?"),
 ("A", "The £45 is two £15 late-payment charges plus a £15 default fee, added when the March and April payments were missed."),
 ("A", "Those fees are applied automatically and I'm not able to remove them."),
 ("A", "Well, you agreed to the repayment dates when you took the loan out, so the fees are down to you."),
 ("A", "So you're telling me you can't pay anything."),
 ("B", "Losing your job and then having to pick between the food shop and a loan payment, that's a frightening place to be."),
 ("B", "I'm sorry, that sounds tough."),
 ("B", "Can you tell me a bit about how things are for you day to day at the moment?"),
 ("B", "What's your monthly income and outgoings now, roughly?"),
 ("B", "How's losing the job affected things at home? After that I'll need to run an I&E with you so we can look at forbearance."),
 ("B", "Given what you've told me, I'm taking the £45 in fees off the balance now."),
 ("C", "Our payment going out the same day as your rent, and the rent bouncing, that's dropped you in it with your landlord too, and I'm sorry."),
 ("C", "What happened with the landlord after the rent bounced?"),
 ("C", "It went out because your card's set up on a continuous payment authority, which lets us take it on the due date."),
 ("C", "Customers are responsible for making sure there's enough in the account on the due date."),
 ("C", "That's not our problem, to be blunt, it was your bank that bounced the rent."),
 ("C", "If you send me the statement, I'll refund the bank's returned-payment charge as well."),
 ("D", "I've cancelled the continuous payment authority now, so nothing more will come out of your card automatically."),
 ("D", "Done, the card's been removed from the account as of this call."),
 ("D", "I can cancel the card payments, but it only takes effect from the next billing run."),
 ("D", "You'll need to contact your bank to stop the payments, we can't do it from here."),
 ("D", "Why do you want to stop the card payments, though? It's the easiest way to stay on track."),
 ("D", "How are you planning to pay us then, if I take the card off?"),
 ("D", "Have you thought about a top-up loan? You could clear the arrears and just have the one payment."),
 ("D", "We're the most flexible lender out there, and if you keep the card on I can get you a lower rate on your next loan."),
 ("E", "I'm putting a 30-day hold on the account from today, so no interest, no fees and no calls while you get advice."),
 ("E", "Freezing interest isn't something I can do at my level, but I have cancelled the card payments like you asked, that's done."),
 ("E", "I'll speak to my manager about freezing the interest and call you back tomorrow before midday."),
 ("E", "I can't promise anything until the hardship team's reviewed it, and there's a two-week wait at the moment."),
 ("E", "Let me transfer you to our specialist hardship team."),
 ("E", "Right, so you're asking whether we can stop the interest, is that correct?"),
 ("E", "There's no need to get upset, just calm down and we'll go through it."),
 ("E", "We'll sort something out for you, definately."),
 ("E", "Even £10 a month would keep the account out of default, and once it's cleared you'd qualify for our Gold rate next time."),
 ("F", "Now that StepChange is involved, can I ask why you'd rather go through them than set up a plan with us?"),
 ("F", "Once we've got the LOA from StepChange, the account goes on hold for 30 days automatically."),
 ("F", "I'm not going to threaten you with court or anything like that, that's not what this call is."),
 ("F", "Dealing with a job loss and debt advice at the same time is a lot, so I'll put all contact on hold for 30 days from today."),
 ("G", "The balance is higher because interest runs daily at 0.8% on what's outstanding, on top of the charges."),
 ("G", "If nothing gets paid the account will default, and that stays on your credit file for six years."),
]
DATA.append(("payday-loan-collections-call", C, L))

# 5. ev-charging-subscription (US)
C = {
 "A": "I pay $7.99 a month for ChargePlus and half the chargers near me are broken.",
 "B": "Last week I showed up at the Market Street charger with 8% and it wouldn't start. I sat in a parking lot in the rain for an hour looking for another one.",
 "C": "And I got billed twice this month, $7.99 on the 1st and again on the 3rd.",
 "D": "I want to cancel the subscription today.",
 "E": "I don't want to hear about other plans, I've made up my mind.",
 "F": "Has it actually been canceled?",
 "G": "And can I get the double charge back?",
}
L = [
 ("A", "Hi there, thanks for calling Voltway, I'm Jess."),
 ("A", "The chargers near you are run by site partners, so faults at those locations are on the host, not us."),
 ("A", "Did you check the app for charger status before you headed out? It shows which ones are down."),
 ("A", "How has the state of the network been affecting your day-to-day driving?"),
 ("A", "I totally understand."),
 ("B", "Showing up on 8% to a dead charger and then an hour in the rain hunting for another one, that's miserable."),
 ("B", "What did that evening end up costing you, in time or anything else?"),
 ("B", "That unit's throwing an OCPP comms fault, so it's offline on the back end even when the screen lights up."),
 ("B", "I'll log the Market Street charger with our field team today, and they'll have a tech out there by Thursday."),
 ("B", "I'm sorry, an hour in a wet parking lot on a nearly empty battery is exactly what you pay us to avoid."),
 ("B", "So you got there on 8% and it wouldn't start."),
 ("B", "Oh sure, because the chargers are always broken, obviously."),
 ("C", "The second charge on the 3rd was a payment retry that shouldn't have fired, because the first one had actually gone through."),
 ("C", "I'm refunding the duplicate $7.99 to your card now, your going to see it within three to five days."),
 ("C", "The double charge happened because you updated your card details mid-month, and that triggers a fresh payment."),
 ("C", "I'll make sure the double charge gets looked into."),
 ("C", "I'm passing this to our billing team, they can see the payment gateway logs."),
 ("C", "Paying every month, getting stranded on 8%, and then getting billed twice for the privilege, I'd be pretty fed up too."),
 ("D", "Why do you want to cancel, if you don't mind me asking?"),
 ("D", "What would make you stay with us?"),
 ("D", "I could put you on our Lite plan at $3.99 with no minimum term, so you keep the member rates."),
 ("D", "If you stay, I'll give you the next three months free."),
 ("D", "We've got more fast chargers than any other network in the country."),
 ("D", "I can't cancel it over the phone, it has to be done in the app."),
 ("D", "Cancellation requests take up to 72 hours to process, so I can't confirm anything today."),
 ("E", "Okay, understood, no offers."),
 ("E", "Is it the broken chargers or the billing, though? I just need something to put down as the reason."),
 ("E", "Fair enough, though a lot of people who leave end up coming back within a month."),
 ("E", "Before it goes, I could pause the subscription for three months instead, free, and you'd keep your member pricing."),
 ("F", "Okay, I've canceled ChargePlus effective immediately, and your card won't be charged again."),
 ("F", "Done, it's canceled as of this call, and the confirmation email already went out."),
 ("F", "Your subscription will cancel at the end of the current billing period, on the 1st."),
 ("F", "You can cancel anytime yourself in the app, under Account and then Subscription."),
 ("F", "Yes, it's canceled, and because the chargers weren't working for you I've refunded this month too."),
 ("F", "Just to make sure I've got this right, you want the subscription canceled and the extra $7.99 back?"),
 ("G", "I'll also add $10 of charging credit to your account as a goodwill gesture."),
 ("G", "Refunds for failed sessions aren't covered under the subscription terms, I'm afraid."),
 ("G", "I'll flag it to a supervisor so the duplicate charge gets reviewed today."),
 ("G", "Look, yelling at me isn't going to fix the charger, so let's both take a breath."),
 ("G", "You might want to check your bank statement again, the second one's probably just a pending authorization."),
]
DATA.append(("ev-charging-subscription", C, L))


def main():
    rng = random.Random(SEED)
    n = START
    with open(OUT, "w", encoding="utf-8") as f:
        for situation, cust, lines in DATA:
            rows = list(lines)
            rng.shuffle(rows)
            for key, rep in rows:
                obj = {"id": "s%04d" % n, "situation": situation,
                       "customer_said": cust[key], "rep": rep}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
                n += 1
    print("wrote", n - START, "lines to", OUT)


if __name__ == "__main__":
    main()

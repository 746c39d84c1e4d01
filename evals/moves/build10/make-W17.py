#!/usr/bin/env python3
"""Build sentences-W17.jsonl: 5 situations x 40 rep lines, shuffled within situation (seed 17)."""
import json, random, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sentences-W17.jsonl")
START = 4340
SEED = 17

DATA = []

# ---------------- satellite-tv-dish-repair ----------------
S = "satellite-tv-dish-repair"
c1 = "My dish has had no signal since the storm, ten days now, and your engineer didn't show up twice."
c2 = "I took two days off work waiting in for that engineer."
c3 = "I want to cancel the whole subscription. I'm done with you."
c4 = "Why am I still being charged for a service I can't even watch?"
c5 = "I don't want a discount or a free channel, just cancel it."
c6 = "So is it cancelled or not?"
c7 = "And who's paying to get the dish taken off my wall?"
DATA.append((S, [
    (c1, "Good afternoon, you're through to SkyReach support, my name's Priya."),
    (c1, "Ten days without a picture and two afternoons sat waiting for someone who never came, that's a rotten run for you."),
    (c1, "I'm sorry for the inconvenience."),
    (c1, "So your dish has had no signal for ten days and the engineer didn't turn up twice."),
    (c1, "The storm shifted the dish a few degrees off the satellite, and even a small tilt like that is enough to lose the signal completely."),
    (c1, "Your LNB's reporting zero SNR on our side, so it's a skew fault at the dish rather than the box."),
    (c1, "Storm damage. Dish. Right."),
    (c2, "Losing two days' pay to sit in for a no-show is on us, and I'm genuinely sorry."),
    (c2, "How has going without the telly and losing those days off affected things at home?"),
    (c2, "Can I take the postcode for the property, please?"),
    (c2, "Well, the visit notes say nobody answered the door, so the missed appointment was really on your side."),
    (c2, "I'm booking a senior engineer for this Saturday between 8 and 10am, and I'll text you his name by 6 tonight."),
    (c2, "We'll get someone out to you."),
    (c2, "I'm putting a £40 credit on your account right now for the two missed visits."),
    (c2, "There's a goodwill credit policy for missed appointments."),
    (c3, "Why would you want to leave after six years with us?"),
    (c3, "Before you go, I can give you the Sports bundle free for three months if you stay on."),
    (c3, "We've got the widest channel line-up of any satellite provider in the country."),
    (c3, "I'm cancelling your subscription now, its done as of today, so there are no further charges."),
    (c3, "I can cancel it at the end of your contract period in March."),
    (c3, "You'll need to fill in the cancellation form on our website."),
    (c3, "I'm afraid I can't cancel while there's an open fault investigation, that's policy."),
    (c3, "Let me pass you through to our customer options team."),
    (c4, "You're still being billed because the subscription stays live until it's cancelled, whether or not the dish is picking anything up."),
    (c4, "The charges on the account are correct."),
    (c4, "You're still being charged for a service you can't watch."),
    (c4, "Oh yes, because we just love charging people for a blank screen."),
    (c4, "Please calm down, sir, shouting at me won't get the dish fixed any quicker."),
    (c4, "I'll refund the last ten days of your subscription to your card right now, that's £18.40."),
    (c5, "Fair enough, I won't push any offers on you."),
    (c5, "Can I ask what it would take to keep you with us?"),
    (c5, "Is there anything in particular about the service you're not happy with?"),
    (c6, "Yes, it's cancelled as of this moment, and your reference is SR-55102."),
    (c6, "I've started the cancellation request, and it'll go to the retentions team for sign-off."),
    (c6, "I've confirmed the email address on the account."),
    (c6, "Just so we're on the same page, the service is off from today and nothing further will come out of your bank, does that make sense?"),
    (c6, "One moment while it saves."),
    (c7, "The dish is your property once the contract ends, so removal isn't something we cover."),
    (c7, "I'm escalating this to my team manager to approve a free removal, and she'll ring you by 5pm tomorrow."),
    (c7, "You can book a removal through the app."),
]))

# ---------------- credit-union-loan-arrears ----------------
S = "credit-union-loan-arrears"
c1 = "I've missed two loan payments because I was in hospital for three weeks, and now there's a letter threatening collections."
c2 = "Why have I been charged £25 twice on top of everything?"
c3 = "Can you just freeze the payments for a couple of months?"
c4 = "I want to close my savings account with you and put the money against the loan."
c5 = "Nobody told me any of this would happen."
c6 = "I'm really worried about my credit score."
c7 = "So what happens now?"
DATA.append((S, [
    (c1, "Hello, thanks for calling Northfield Credit Union, you're speaking with Dan."),
    (c1, "Three weeks in hospital and then coming home to a collections letter on the mat is a horrible thing to walk into."),
    (c1, "I hear you, and I understand how you feel."),
    (c1, "So you missed two payments while you were in hospital and then you got a letter."),
    (c1, "That letter goes out automatically once a loan is sixty days behind, it doesnt mean anything has actually gone to collections yet."),
    (c1, "Your account's flagged 60 DPD in the core system, so it's tripped the pre-charge-off workflow."),
    (c1, "Can you confirm your member number and date of birth for me?"),
    (c1, "I'm so sorry, that letter should never have gone out while you were in hospital."),
    (c2, "Each £25 is a late fee, which gets added when a scheduled payment hasn't arrived within ten days of the due date."),
    (c2, "Those are late fees."),
    (c2, "I'm reversing both late fees now, so that's £50 back off the loan balance today."),
    (c2, "Members can sometimes have fees waived in hardship cases."),
    (c2, "To be fair, the payment dates are printed on every statement, so the fees are down to the missed payments, not us."),
    (c2, "Sorry, but fees aren't something I can touch."),
    (c3, "I can't freeze payments on this call, it has to go to the hardship panel, and they only sit on Tuesdays."),
    (c3, "I'm referring your case to our hardship team today, and a caseworker called Ruth will phone you by Friday noon."),
    (c3, "Someone will be in touch about that."),
    (c3, "You'll need to download the income and expenditure form from our website and post it back to us."),
    (c3, "I can put a two-month payment break on right now, starting from this month's payment."),
    (c3, "How has all this been affecting you and the household since you got home?"),
    (c3, "Let me put you through to our collections team."),
    (c4, "Why would you want to close the savings account, it's your safety net?"),
    (c4, "Are you sure? Can you tell me what's behind wanting to close it?"),
    (c4, "I've closed the savings account now and moved the £640 balance onto the loan, and you'll see it in the app within the hour."),
    (c4, "I can start the closure, but it won't actually be closed until the end of the month."),
    (c4, "If you keep the savings account open, I can knock the loan rate down by one percent."),
    (c4, "Our savings rate is the best of any lender in the county, honestly."),
    (c4, "I've confirmed the direct debit date for next month is the 14th."),
    (c5, "The letters went to your old address on Mill Lane, which was still on file because the change of address form never reached us."),
    (c5, "You should have let us know the moment you went into hospital."),
    (c5, "Nobody told you this would happen."),
    (c5, "Okay."),
    (c6, "What worries you most about the credit score side of things, is there something coming up like a move or a mortgage?"),
    (c6, "A missed payment does get reported to the agencies, but an agreed arrangement shows up as agreed, so it does far less damage than more missed months would."),
    (c6, "I'm sorry you're worried, that's completely understandable."),
    (c6, "Please try to calm down, getting upset won't help your credit score."),
    (c6, "I'm not going to promise anything about your credit file, because honestly I can't control what the agencies do."),
    (c7, "Next the hardship team reviews your form, and while they do collections is paused, so nothing else will happen to the loan, is that clear?"),
    (c7, "I'm raising this with my supervisor as a priority so the collections letter gets withdrawn."),
    (c7, "We're the only lender round here that still has a real person answer the phone, so you're in good hands."),
]))

# ---------------- hotel-spa-voucher-expired ----------------
S = "hotel-spa-voucher-expired"
c1 = "I've got a spa day voucher my daughter gave me for my 60th, and you're telling me it expired two weeks ago?"
c2 = "I tried to book four times before it expired and you were always full."
c3 = "It cost her £180, I'm not just writing that off."
c4 = "Can I speak to the manager, please?"
c5 = "There's nothing on the voucher saying the expiry is that strict."
c6 = "This was meant to be a birthday treat."
DATA.append((S, [
    (c1, "Good morning, Harrowgate Hall Spa reservations, this is Elle speaking, how can I help?"),
    (c1, "Gift vouchers are valid for twelve months from purchase, so yours lapsed on the 3rd of this month."),
    (c1, "The voucher's expired."),
    (c1, "I'm sorry, I completely understand."),
    (c1, "Could you read me the voucher code from the bottom corner?"),
    (c1, "A 60th birthday present from your daughter that you never got to enjoy, I can see why that stings."),
    (c1, "It's showing as EXP status in Opera, so it won't redeem at the front desk."),
    (c2, "Four tries and no space each time, when you were doing everything right, that's maddening."),
    (c2, "We were short of therapists over the summer, so weekend slots were booking out eight weeks ahead."),
    (c2, "Honestly, you really needed to book earlier in the year, vouchers are first come first served."),
    (c2, "I've no record of those attempts on our side, so I can't go on that."),
    (c2, "You tried four times and we were full."),
    (c2, "I'm extending your voucher by six months right now, so it's valid until the 3rd of May."),
    (c2, "Sometimes we extend vouchers for people."),
    (c2, "I'll get it sorted for you."),
    (c3, "I'm afraid we don't refund expired vouchers, that's in the terms and conditions."),
    (c3, "I can offer you a £180 credit towards any spa treatment, and we can book it today if you like."),
    (c3, "If you upgrade to the Signature Day for an extra £45, I'll throw in lunch and a glass of prosecco."),
    (c3, "Ours is the top-rated hotel spa in Yorkshire, so it's well worth the extra."),
    (c3, "Oh sure, we'll just hand £180 to everyone who forgets a date."),
    (c3, "The £180 was the price of the voucher, not a deposit, so there's no money held on account to give back."),
    (c4, "Let me see if the duty manager's free, I'm bringing her in on this now."),
    (c4, "I'll transfer you to the guest relations manager."),
    (c4, "The manager doesn't take calls, you'd have to email guest relations."),
    (c4, "Of course, is there anything I haven't covered that you want her to look at?"),
    (c4, "The manager, Ms Okafor, will call you back by 4pm today, I've put it in her diary myself."),
    (c4, "I can't do that right now, she's in meetings until the end of the week."),
    (c5, "You're right that the voucher doesn't spell the expiry rule out, and that's our mistake, I apologise."),
    (c5, "The expiry date is printed on the back, so it was there if you'd turned it over."),
    (c5, "It says nothing about the expiry being strict."),
    (c5, "Is that fair, that the voucher only showed a date and nothing about what happens after it?"),
    (c5, "Right."),
    (c6, "How has all this affected the birthday plans, were you hoping to go with your daughter?"),
    (c6, "What would a good outcome look like for you today?"),
    (c6, "Sorry for any inconvenience caused."),
    (c6, "Please don't raise your voice, madam, let's keep this calm."),
    (c6, "I'm booking you and your daughter in for the 14th at 10am, and I'll email the confirmation before you hang up."),
    (c6, "I've confirmed your email address, it's the Hotmail one."),
    (c6, "I wish I could tell you there's a loophole, but there isnt."),
    (c6, "So with the extension it runs to May and you can book any weekday, does that all make sense?"),
]))

# ---------------- bathroom-refit-delays ----------------
S = "bathroom-refit-delays"
c1 = "You said three weeks for the bathroom and it's been nine, we've had no shower the whole time."
c2 = "The kids are washing at my mum's every single night."
c3 = "Where is the tiler? He was meant to come on Monday."
c4 = "I want money off, this is ridiculous."
c5 = "And why did the tiles turn up in the wrong colour?"
c6 = "I don't believe anything you lot tell me anymore."
c7 = "When will it actually be finished?"
DATA.append((S, [
    (c1, "Hiya, Brightwater Bathrooms, Kev speaking."),
    (c1, "Nine weeks without a shower when you were promised three, that's six extra weeks of your family living round a building site."),
    (c1, "I understand, these things are frustrating."),
    (c1, "The job overran because the joists under the old bath were rotten and had to be replaced before we could lay the floor."),
    (c1, "There were some delays."),
    (c1, "It's been nine weeks and you haven't had a shower."),
    (c1, "We're sorry, we let you down on the timings and that's on us."),
    (c1, "The first-fix failed its pressure test, so building control won't sign off until it's redone."),
    (c2, "Sending the kids round to your mum's every evening must be wearing everyone out, especially on school nights."),
    (c2, "How's this been for you all, with the kids and the evenings, day to day?"),
    (c2, "Sorry to hear that."),
    (c2, "I'm fitting a temporary electric shower in the downstairs loo tomorrow morning at no cost, so you can wash at home while we finish."),
    (c2, "We do sometimes put in temporary showers for customers."),
    (c2, "Well, you did choose to stay living in the house during the works, that was your decision."),
    (c3, "The tiler, Gary, got pulled onto an emergency job, which is why nobody showed on Monday."),
    (c3, "Gary will be at yours for 8am this Thursday, and I'll ring you Wensday evening to confirm."),
    (c3, "He'll be round soon."),
    (c3, "That's down to the tiler, he's a subcontractor, so it's not really our end."),
    (c3, "Have you got the job reference handy?"),
    (c3, "Let me put you through to the scheduling office."),
    (c3, "Yeah, Gary's famous for his punctuality, isn't he."),
    (c4, "I'm taking £400 off the final invoice right now for the delay, and I'll email you the revised bill today."),
    (c4, "There's a compensation clause in the contract for overruns."),
    (c4, "I can't give money off, the price was fixed when you signed."),
    (c4, "I'll need to check with my boss before any discount, and he's away till the 20th."),
    (c4, "I'm raising this with our operations manager as a formal complaint, today."),
    (c4, "Relax, it's a bathroom, not the end of the world."),
    (c4, "While we're at it, we could do the en-suite too at 15% off if you book this month."),
    (c4, "We're the highest-rated fitters on Checkatrade in the whole region, so you're in safe hands."),
    (c4, "You'll need to put that in writing to our complaints inbox."),
    (c5, "The supplier sent the wrong batch, the codes for dove grey and storm grey are one digit apart and they picked the wrong one."),
    (c5, "The tiles are the wrong colour."),
    (c5, "Honestly, you signed off the sample board, so the colour's what you agreed to."),
    (c5, "The order was placed correctly."),
    (c6, "That's fair, and I'm not going to give you another date I can't keep."),
    (c6, "I get it."),
    (c6, "Do you want me to text you updates instead of ringing, so you've got it all in writing?"),
    (c7, "It will be finished on Friday the 22nd, and I'm personally coming out that afternoon to walk through it with you."),
    (c7, "As soon as possible."),
    (c7, "So tiles Thursday, fitting and grouting Friday, sign-off the week after, does that timeline make sense?"),
]))

# ---------------- digital-newspaper-paywall ----------------
S = "digital-newspaper-paywall"
c1 = "I signed up for the $1 trial and now I've been charged $14.99 without any warning."
c2 = "I want to cancel right now."
c3 = "I couldn't find a cancel button anywhere on your site."
c4 = "I'm not interested in a discount."
c5 = "And I still can't read articles even though I paid."
c6 = "Is it actually canceled?"
c7 = "I want the $14.99 back."
DATA.append((S, [
    (c1, "Hi there, thanks for calling The Daily Ledger subscriptions, I'm Marcus."),
    (c1, "The $1 trial ran for four weeks, and after that it rolls onto the standard $14.99 monthly rate automatically."),
    (c1, "That's the standard rate."),
    (c1, "You signed up for a $1 trial and got charged $14.99."),
    (c1, "Getting hit with fifteen bucks out of nowhere when you thought you'd paid a dollar is a nasty surprise."),
    (c1, "The renewal terms were in your sign-up email, so really you should've checked that."),
    (c1, "The promo SKU lapsed and your entitlement auto-renewed onto the base tier."),
    (c2, "I've canceled your subscription just now, so there'll be no more payments, and you'll recieve an email in the next few minutes."),
    (c2, "Can I ask why you've decided to cancel?"),
    (c2, "What's made you want to go, is it the content or the price?"),
    (c2, "Before I do that, I can drop you to $4.99 a month for the next six months if you stay."),
    (c2, "You'll keep access until the 28th, and it'll cancel at the end of that billing period."),
    (c2, "I can start the cancellation, but it has to be approved by the retention team."),
    (c2, "Cancellations can only be done online through My Account."),
    (c2, "We've got the best investigative reporting in the country, it'd be a shame to lose that."),
    (c2, "Let me transfer you to our retention specialists."),
    (c3, "The cancel option sits under Account, then Manage Subscription, then a small End Plan link at the bottom, which I agree isn't easy to find."),
    (c3, "Hunting all over the site for a button that's basically hidden, I'd be fuming too."),
    (c3, "That's odd, it's definitely there for everyone else."),
    (c3, "You couldn't find a cancel button?"),
    (c3, "Sorry about that."),
    (c3, "Which device were you using when you looked?"),
    (c4, "No problem, I won't offer you anything, I'll just get on with it."),
    (c4, "Are you sure? Even half price wouldn't change your mind?"),
    (c4, "What would it take for us to keep you as a reader?"),
    (c4, "Honestly, loads of readers say the weekend magazine alone is worth keeping the subscription for."),
    (c4, "There's a loyalty discount available to some subscribers."),
    (c5, "Your browser cached the logged-out version of the site before your payment went through, so it's still showing the paywall even though your account is active."),
    (c5, "Your account is active."),
    (c5, "Try clearing your cookies and logging back in, and if that doesn't work you'll need to email tech support."),
    (c5, "How much has being locked out gotten in the way, were you relying on it for work?"),
    (c5, "Try not to get so worked up, it's only a website."),
    (c6, "Yes, it's fully canceled as of 2:14 this afternoon, and you won't be charged again."),
    (c6, "I've confirmed your newsletter preferences are switched off."),
    (c6, "It is what it is."),
    (c6, "So it's canceled today, nothing more will be taken, and you can still read until midnight, have I made that clear?"),
    (c7, "I'm refunding the $14.99 to your card right now, and it should land in three to five business days."),
    (c7, "I'm not able to refund a payment once the billing period has started."),
    (c7, "I'm going to get my supervisor to sign off the refund, and she'll approve it before the end of today."),
    (c7, "I'm so sorry we charged you without a clear reminder, that shouldn't have happened."),
]))

def main():
    rng = random.Random(SEED)
    n = START
    with open(OUT, "w", encoding="utf-8") as f:
        for sit, rows in DATA:
            rows = list(rows)
            assert len(rows) == 40, (sit, len(rows))
            rng.shuffle(rows)
            for cust, rep in rows:
                obj = {"id": f"s{n:04d}", "situation": sit, "customer_said": cust, "rep": rep}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
                n += 1
    print(f"wrote {n - START} lines to {OUT}")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writer W27: holds the rep lines for five situations and writes sentences-W27.jsonl.
Lines are shuffled within each situation with a fixed seed. No labels are stored here."""
import json, random, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W27.jsonl")
FIRST_ID = 6340
SEED = 27

SITUATIONS = []

# 1 -------------------------------------------------------------------------
cust = {
 "A": "Hi, I've just been charged $179 for a two-year VPN renewal I never asked for. I want a refund and I want the account closed.",
 "B": "I never got any reminder email. I only noticed because my rent payment bounced.",
 "C": "Why two years? I signed up for one.",
 "D": "I don't want a discount or a deal, I just want out.",
 "E": "How long is the refund going to take?",
 "F": "I've been on hold for forty minutes and I'm running out of patience.",
 "G": "So is the account closed or not?",
}
lines = [
 ("A", "Thanks for calling Shieldline VPN, this is Priya, how can I help you today?"),
 ("B", "Having $179 vanish without warning, right when your rent was due, and then a bounced payment on top, is a miserable way to start the month."),
 ("B", "That bounced rent payment must have put you in an awkward spot with your landlord, how did that go?"),
 ("F", "Forty minutes on hold just to get your own money back is too long, and I'm sorry you had to sit through it."),
 ("B", "You said you didn't get a reminder and your rent payment bounced."),
 ("F", "I completely understand how frustrating this must be."),
 ("C", "The one-year plan you bought was an intro deal, and it's set up to roll onto the two-year plan at the standard rate unless auto-renew gets switched off."),
 ("B", "I'm sorry, the reminder did go out thirty days before, but it went to an old Hotmail adress that's still on the account."),
 ("C", "Auto-renew was left on in your dashboard, so the system just did what it was set up to do."),
 ("C", "Honestly, keeping track of your subscription dates is your responsibility, not ours."),
 ("C", "I get that it's annoying, but the renewal terms were right there at checkout, so nothing actually went wrong on our side."),
 ("A", "Unfortunately refunds are only available within 14 days of renewal, and this one went through 19 days ago."),
 ("G", "Okay, I've canceled it, the account's shut as of this minute and there's nothing further to pay."),
 ("E", "I can't put the refund through today; it has to sit with billing review for 72 hours first."),
 ("A", "What I can do right now is refund the full $179 to the card you paid with."),
 ("A", "I can give you a pro-rated refund of $152 for the unused months and process it while we're talking, if that works for you."),
 ("B", "Since the charge made your rent bounce, I'll also credit you $35 to cover the bank's returned-payment fee."),
 ("E", "Refunds do sometimes get approved in cases like this."),
 ("E", "I know this has already messed up your rent, so I'm submitting the refund now and you'll have a confirmation email from me within the hour."),
 ("E", "It'll be back on your card in five to seven buisness days, and I'll check on Friday morning that it's landed."),
 ("E", "I'll look into it for you."),
 ("G", "Right, your account's closed as of now, auto-renew is off, and the $179 is already on its way back to your card."),
 ("G", "Done. Your subscription's canceled and your login stops working the moment this session ends."),
 ("A", "I've closed the account while we've been talking, so you won't be charged again, not in two years, not ever."),
 ("G", "I've set the account to close at the end of the two-year term, so you'll keep access until then."),
 ("G", "To close the account you'll need to fill in the deletion request form under Settings, then Privacy."),
 ("D", "I can start the closure process for you if you want."),
 ("D", "Before I close it, I could switch you to our monthly plan at $3.99 so you're never locked in for two years again."),
 ("D", "A lot of customers in your position keep the account and take three months free instead, would that be any use to you?"),
 ("D", "For what it's worth, we've got the fastest servers in the industry and an independently audited no-logs policy."),
 ("D", "I'm not going to try and talk you into staying, you've been really clear."),
 ("A", "Can I ask what's made you decide to leave us?"),
 ("D", "Help me understand what you're not happy with, because apart from the renewal your connection's been rock solid."),
 ("D", "What would it take to keep you with us?"),
 ("B", "How's this left you for the rest of the month, money-wise?"),
 ("F", "What has all this meant for you since you spotted the charge?"),
 ("A", "Can you confirm the last four digits of the card that was charged?"),
 ("E", "So the $179 comes back to your card and the account gets shut down, does that make sense?"),
 ("E", "I'm passing this up to my team lead now; she can approve refunds outside the 14-day window and she'll call you before 6 tonight."),
 ("C", "The renewal was triggered by the ARB flag on your plan SKU, so I'd have to raise a reversal with the PSP."),
]
SITUATIONS.append(("vpn-service-renewal-refund", cust, lines))

# 2 -------------------------------------------------------------------------
cust = {
 "A": "I've been charged a £12 late fee for a payment that failed because my bank had an outage. That's not my fault.",
 "B": "And now there's a missed payment marker on my credit file. We're supposed to be remortgaging next month.",
 "C": "I've got a letter from my bank admitting it was their error.",
 "D": "Honestly, I just want to pay off what's left and close the agreement.",
 "E": "Can you take the marker off or not?",
 "F": "I've been going round in circles with you lot for a week.",
 "G": "So is the agreement closed now?",
}
lines = [
 ("A", "Good afternoon, you're through to Harlow Finance, my name's Gemma, could I take your agreement number please?"),
 ("B", "A marker turning up on your file weeks before a remortgage is about the worst timing there is, especially when you'd done nothing wrong."),
 ("F", "You've spent a week chasing us and your bank over something neither of you caused, that's a lot of evenings lost to hold music."),
 ("C", "You've done everything right, even got the bank to put it in writing, and I'm sorry we've still left you worrying about your mortgage."),
 ("A", "So you're saying the payment failed because of your bank's outage."),
 ("F", "I hear you, and I do understand how stressful this is."),
 ("A", "When a direct debit bounces, our system adds the £12 fee automatically and reports the missed payment to the credit agencies at the end of the month."),
 ("A", "The fee's already been applied, so I can't reverse it from my screen; that needs a manual adjustment from collections."),
 ("G", "Settlement's gone through and the account's now showing PIF with a zero balance, so yes, it's closed."),
 ("A", "It's down to you to make sure the debit goes through, whatever your bank does."),
 ("E", "I'm afraid that's really one for your bank rather than us, we only report what happened on the account."),
 ("E", "So the fee's gone today and the marker gets reviewed once the letter's here, is that clear?"),
 ("C", "Well, the bank's letter is lovely, but it wasn't us who lost your payment, was it?"),
 ("E", "I'm unable to remove a credit file marker on this call."),
 ("C", "Our policy is that we only amend credit data once the bank's letter has been recieved by post, not by email."),
 ("E", "It has to go to review, which usually takes up to 28 days, so nothing will change on your file before then."),
 ("A", "I've refunded the £12 late fee to your account just now, so that's one thing off your mind."),
 ("E", "I can request the marker is removed and put a note on your file saying it was a bank error, shall I do that for you?"),
 ("B", "I'll send you a letter today confirming the missed payment wasn't your fault, so you can hand it straight to your mortgage broker."),
 ("A", "In some cases a goodwill gesture can be made on fees."),
 ("E", "With your remortgage so close, I'll send the amendment request to the credit reference agencies today and email you the reference before 5pm."),
 ("C", "As soon as your bank's letter arrives, I'll update your file myself within two working days and give you a ring to confirm."),
 ("F", "Someone will get back to you about it."),
 ("B", "What has this done to your remortgage plans so far, where has it left you?"),
 ("F", "What's this past week been like for you, trying to get it sorted?"),
 ("B", "Has the worry about the mortgage been affecting things at home?"),
 ("C", "What's the date on the bank's letter?"),
 ("D", "Can I ask why you'd want to settle early, when you're on 0% for another eighteen months?"),
 ("D", "What is it that's making you want to close it, is it just this one fee?"),
 ("D", "Are you sure about paying it all off? What's changed since you took the agreement out?"),
 ("D", "If you keep the agreement running, I can take three months' payments off rather than you settling now."),
 ("D", "We've also got a sofa protection plan covering spills and tears for £4 a month, if that's of any interest while you're on the line."),
 ("D", "We're the UK's number one rated furniture finance provider, so most people find it's worth staying with us."),
 ("G", "That's the settlement payment taken and your agreement closed as of today; the closure letter will follow in the post."),
 ("G", "Yes, it's closed, and I've cancelled the direct debit as well just now, so nothing more will come out."),
 ("D", "To close the agreement you'll need to request a settlement figure in writing, and it's valid for 28 days."),
 ("G", "It'll show as closed once your final scheduled payment goes out next month."),
 ("E", "For anything to do with your credit file you'd have to go to Experian directly, I'm afraid."),
 ("B", "Given the remortgage, I'm raising this with my manager as a priority and passing it to our disputes team today."),
 ("F", "There's no need to raise your voice with me, madam."),
]
SITUATIONS.append(("furniture-finance-missed-payment", cust, lines))

# 3 -------------------------------------------------------------------------
cust = {
 "A": "My tenant's had no heating or hot water since Monday. Your engineer came out and says the part's unavailable.",
 "B": "She's got a newborn in that flat and it's freezing.",
 "C": "How long until the part arrives? Nobody will give me a date.",
 "D": "I pay £28 a month for this cover. What exactly am I paying for?",
 "E": "I've got a legal duty to fix this in a reasonable time. The council could come after me.",
 "F": "Forget it. I want to cancel the policy and get my own engineer in.",
 "G": "Is the policy cancelled now or not?",
}
lines = [
 ("A", "Morning, thanks for calling HomeGuard Boiler Cover, you're speaking with Tom."),
 ("B", "A tenant with a newborn and no heating in this cold, that's a worrying position for her and a heavy one for you as the landlord."),
 ("E", "So you've got your tenant ringing you every day, a council duty hanging over you and still no date from us; that's a lot to be carrying."),
 ("D", "You've paid every month for exactly this moment and your tenant's been cold since Monday; I'm sorry, we haven't delivered."),
 ("A", "So the engineer said the part's unavailable."),
 ("A", "I understand, that must be really frustrating."),
 ("A", "The diverter valve on that model's been discontinued by the manufacturer, so we're waiting on a compatible one from a specialist supplier."),
 ("D", "The cover pays for parts and labour, but where a part can't be got hold of, it only obliges us to contribute towards a new boiler."),
 ("C", "The job's showing as PNA on the engineer's sheet with an F28 lockout, so it's sat in the stage-two parts queue."),
 ("C", "I can't give you a date for the part until the supplier confirms stock, and that won't be before Friday."),
 ("B", "Under the policy we don't supply temporary heaters, I'm afraid."),
 ("D", "The most I'm able to do is £250 towards a new boiler, and only if our approved installer fits it."),
 ("D", "The boiler's fifteen years old and last year's service was missed, so honestly the policy was never going to cover much."),
 ("A", "Mm-hm, go on."),
 ("C", "Parts availability is down to the manufacturer, that's not on our end."),
 ("D", "You'd have had a much better chance if you'd replaced the boiler when our engineer recomended it last year."),
 ("B", "I can have two electric heaters delivered to the flat tomorrow morning, at our cost."),
 ("D", "I'll refund this month's £28 premium, since your tenant's been without heating for most of it."),
 ("F", "Understood, I've cancelled the policy while you've been talking, so you're free to get your own engineer in today."),
 ("B", "Some customers do get a heater sent out."),
 ("C", "With a baby in a cold flat a date can't wait, so I'll ring the supplier myself this afternoon and call you back before 4."),
 ("C", "I'm booking the engineer to come back on Thursday between 8 and 1, so the part goes in the moment it arrives."),
 ("C", "We'll be in touch once we know more."),
 ("B", "How is your tenant managing at the moment, with the baby and no hot water?"),
 ("E", "What's this meant for you so far, with her and with the council?"),
 ("A", "How much of your week has this eaten up, between the tenant and chasing us?"),
 ("A", "What's the postcode of the property?"),
 ("F", "Why would you want to cancel when we're already halfway to fixing it?"),
 ("F", "Before I do that, can you tell me what's really driving this, is it the wait or the price?"),
 ("F", "If you stay, I can move you onto Landlord Plus, which includes temporary heating and a 24-hour response, for the same £28."),
 ("F", "Cancel now and you'll lose your no-claims discount, whereas if you stay on you get 20% off next year."),
 ("F", "What's another company going to give you that we can't? We've got the largest engineer network in the country."),
 ("G", "That's your policy cancelled today, and this month's £28 is being refunded to your card."),
 ("G", "Okay, the cancellation's gone through on my end just now, reference HG-40219."),
 ("G", "I'll put the cancellation in and it'll take effect from your renewal date in April."),
 ("F", "I can't cancel over the phone, you'll need to send a signed letter to our head office."),
 ("C", "Let me put you through to the parts desk, they'll have the latest on the valve."),
 ("B", "I'm flagging this as a vulnerable household, which moves it to the top of the priority list."),
 ("D", "Sir, please calm down, shouting at me won't make the part arrive any faster."),
 ("C", "So heaters tomorrow and the engineer back Thursday once the part's in, is that clear?"),
]
SITUATIONS.append(("boiler-breakdown-landlord-insurance", cust, lines))

# 4 -------------------------------------------------------------------------
cust = {
 "A": "The festival got cancelled the night before because of the storms. I've had the ticket money back but not the £18 booking fees.",
 "B": "We'd already driven four hours and paid for a hotel because the campsite was shut.",
 "C": "I also paid £120 for the glamping upgrade and haven't seen a penny of that.",
 "D": "Why should I pay booking fees for something that never happened?",
 "E": "I don't want tickets for next year. I want my money back and my account deleted.",
 "F": "When will I actually get the camping money?",
 "G": "Fine. Is the account closed?",
}
lines = [
 ("A", "Hey, thanks for getting in touch with Fieldday Tickets, I'm Jo, what can I do for you?"),
 ("B", "You drove four hours, paid for a hotel on top, then had the whole weekend called off the night before; that's a rough way to lose something you'd been looking forward to."),
 ("C", "Out of pocket on the hotel and the glamping, and none of it down to anything you did, that's a horrible position to be left in."),
 ("A", "So the tickets were refunded but the booking fees weren't."),
 ("A", "We're sorry for any inconvenience the cancellation has caused."),
 ("D", "The booking fee pays for our ticketing service, which was delivered when you bought the tickets, so it's kept even when an event gets cancelled."),
 ("C", "The glamping's sold by a separate company, Canvas & Co, so their refunds run on their own timetable rather than ours."),
 ("F", "How are you fixed for money with the £120 still tied up, has it left you short this month?"),
 ("F", "The upgrade sits under a third-party add-on SKU, so it won't hit our settlement file until the promoter's reconciliation closes."),
 ("D", "Fees. Non-refundable. Sorry."),
 ("F", "We won't be able to refund the upgrade until the organiser releases the funds, which could be another six weeks."),
 ("B", "I can only refund the face value of the ticket, not the fees and definately not the hotel."),
 ("B", "You chose to travel before the organiser's final update, so the hotel really isn't something we can take on."),
 ("D", "Yeah, because we definitely ordered the storm."),
 ("D", "The cancellation was the organiser's call, not ours, so there's nothing we've done wrong here."),
 ("D", "Alright, let's all take a breath and calm down, yeah?"),
 ("D", "I'm refunding the £18 booking fees to your card now as a one-off."),
 ("C", "You've already lost a weekend and a hotel over this, so I'll refund the £120 glamping from our side today and recover it from Canvas & Co ourselves."),
 ("B", "Since you were stuck paying for a hotel you'd never have needed, I can put £60 towards it if you send me the receipt."),
 ("B", "There is a hardship fund that people sometimes apply to."),
 ("F", "I'll chase Canvas & Co this afternoon and email you by Friday with the date the £120 will land."),
 ("D", "I'll process your booking fee refund before the end of my shift today, and you should see it in 3 to 5 working days."),
 ("F", "We're hoping to get everything sorted soon."),
 ("B", "What did losing the weekend mean for you and your friends, was it a special occasion?"),
 ("B", "How much has the whole trip ended up setting you back, with the hotel and the petrol?"),
 ("G", "So tickets already done, fees back today, glamping by Friday, does that all add up for you?"),
 ("A", "What's your order number? It'll start with FD."),
 ("E", "Why do you want to delete your account, though? It was the weather, not us."),
 ("E", "Can I ask what's put you off coming back next year?"),
 ("E", "Is there anything at all that'd change your mind about closing the account?"),
 ("E", "Instead of the refund, I can give you next year's tickets at this year's price with a free camping upgrade thrown in."),
 ("E", "Are you sure you want to leave over one storm? Keep the account and you'll get 48-hour priority access to next year's line-up."),
 ("E", "We're the biggest independent festival ticketer in the UK, so honestly you won't get better access anywhere else."),
 ("E", "I won't bother you with the rollover offer, you've made your mind up."),
 ("G", "Your account's closed now and your card details have been deleted."),
 ("G", "All done, I've deleted the account on my end as we speak, and you'll get an email confirming it."),
 ("E", "After the weekend you've had, fair enough, I've closed the account for you right now."),
 ("G", "The account will close automatically once the last refund clears."),
 ("E", "To delete your account you'll need to fill in the data request form on our website."),
 ("D", "I'm going to raise this with my supervisor, because the fees really shouldn't be kept on an event that never happened."),
]
SITUATIONS.append(("music-festival-cancelled-refund", cust, lines))

# 5 -------------------------------------------------------------------------
cust = {
 "A": "I had bloods taken two weeks ago, paid £240, and was told I'd have results in 48 hours. I've heard nothing.",
 "B": "I'm worried sick. My GP thought it might be my thyroid and I'm not sleeping.",
 "C": "Can someone just tell me if something's wrong?",
 "D": "I've rung three times and every time I'm promised a call back that never comes.",
 "E": "I want a refund, and I want to cancel the annual health membership while I'm at it.",
 "F": "Has it been lost? Do I need to be retested?",
 "G": "Okay. And the membership's definitely cancelled?",
}
lines = [
 ("A", "Good morning, Lindenbrook Clinic, you're speaking to Harriet on the patient line."),
 ("B", "Two weeks of waiting when you were told two days, with your thyroid on your mind and no proper sleep, that's been a really hard fortnight."),
 ("D", "Three calls, three ring-backs promised and not one of them came, I can see exactly why you've lost faith in us."),
 ("C", "Not knowing whether something's wrong is the hardest part, and we've left you in that for two weeks; I'm truly sorry."),
 ("A", "You were told 48 hours and it's now been two weeks."),
 ("B", "I understand this is a worrying time."),
 ("F", "Your sample went to our partner lab, and a courier mix-up meant it sat at the wrong site for five days before anyone processed it."),
 ("C", "The results are back in the system, but they can't be released until one of our doctors has reviewed and signed them off."),
 ("B", "What's it been like at home, waiting on news like this?"),
 ("C", "Your TFTs are back but the panel's still showing as pending clinician verification on the LIMS."),
 ("C", "I'm not allowed to read results out over the phone, I'm afraid."),
 ("E", "We can't refund tests that have already been analysed, and honestly the delay was the lab's, not ours."),
 ("E", "I'm unable to cancel the membership today, it has to be reviewed by the membership team first."),
 ("E", "I've gone ahead and cancelled the membership, effective today, so there'll be no more monthly payments."),
 ("D", "The form you filled in had an old mobile number on it, which is why the doctor couldn't get hold of you."),
 ("E", "And is it just the delay that's making you leave, or is there something else you're not telling me?"),
 ("D", "To be fair, we do ask patients to check the portal rather than ring in."),
 ("E", "I'll refund the full £240 now, and you'll still get your results and the doctor's review."),
 ("C", "I can book you a free call with Dr Mensah this afternoon to go through the results with you."),
 ("E", "Refunds are something we do look at in situations like yours."),
 ("C", "I'm walking this over to Dr Mensah myself now, and she'll call you by 3pm today, at no charge, to go through everything."),
 ("D", "After three ring-backs that never came, I'll call you myself at 5 this evening whether the results are signed off or not."),
 ("D", "I'll make sure someone calls you."),
 ("B", "How have the last two weeks been for you, with this hanging over you?"),
 ("B", "What has the waiting done to your work and your sleep?"),
 ("A", "Can I take your date of birth and the first line of your address?"),
 ("E", "Can I ask why you want to give up the membership? There's eight months left on it."),
 ("E", "What would it take for you to stay with us?"),
 ("E", "If you keep the membership, I can add a free follow-up consultation and priority booking for the rest of the year."),
 ("E", "Is it really worth losing your 20% member discount on every test over one delay?"),
 ("E", "We're the top-rated private clinic in the region, and our turnaround is normally faster than anyone else's."),
 ("G", "Your membership's cancelled as of today, and the unused months will be refunded along with the test fee."),
 ("G", "Yes, its cancelled, I've just done it and the confirmation's on its way to your inbox."),
 ("G", "The membership will stop at the end of this year's term in June."),
 ("E", "You'll need to put the cancellation request in writing to the membership office."),
 ("F", "I'll put you through to the nurses' line, they can talk you through next steps."),
 ("D", "I'm raising this with the clinic manager as a formal complaint and marking your results urgent for the doctor."),
 ("F", "So no retest, a call from the doctor by 3, and your refund today, have I got that all right?"),
 ("B", "Please try to stay calm, getting worked up won't change your results."),
 ("F", "Nothing's been lost, and no, you won't need another blood test."),
]
SITUATIONS.append(("clinic-test-results-delay", cust, lines))


def main():
    rng = random.Random(SEED)
    n = FIRST_ID
    with open(OUT, "w", encoding="utf-8") as f:
        for situation, cust, lines in SITUATIONS:
            assert len(lines) == 40, (situation, len(lines))
            order = list(lines)
            rng.shuffle(order)
            for key, rep in order:
                rec = {"id": f"s{n:04d}", "situation": situation,
                       "customer_said": cust[key], "rep": rep}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"wrote {n - FIRST_ID} lines to {OUT}")


if __name__ == "__main__":
    main()

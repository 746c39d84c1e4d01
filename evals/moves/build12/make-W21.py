#!/usr/bin/env python3
"""Writes sentences-W21.jsonl: 200 rep lines (s5140-s5339), five situations x 40,
shuffled within each situation with a fixed seed. Data only, no labels."""
import json
import os
import random

SEED = 5140
FIRST_ID = 5140
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W21.jsonl")

# ---------------------------------------------------------------- 1
S1 = "medical-equipment-delivery-late"
c1 = {
    "A": "Hi, my dad's oxygen concentrator was supposed to come on Monday. It's Thursday now and still nothing.",
    "B": "He's been on the backup cylinders and we're down to the last one. I haven't slept properly in days.",
    "C": "Nobody rang to say it was late. Why wasn't I told?",
    "D": "Honestly, I'd rather cancel the order and go with another supplier.",
    "E": "So what are you actually going to do about it?",
    "F": "I've been on hold for forty minutes, this is ridiculous!",
    "G": "Will I get anything back for all this?",
}
r1 = [
    ("A", "Good morning, Medisupply Home Delivery, Priya speaking."),
    ("A", "Can I take the order number and your dad's date of birth, please?"),
    ("C", "The concentrator was held at our depot because it failed its pre-delivery safety check, so it had to be swapped for another unit."),
    ("C", "I'm sorry, the van on your route broke down on Tuesday and the rest of that run got pushed back two days."),
    ("A", "'Dispatched' on the tracking just means it's left the central warehouse, it doesn't mean it's on a van to you yet."),
    ("A", "It's come back as a POD exception with RTD status, so it's sat in the hub waiting to be re-manifested."),
    ("C", "The address on the order is missing the flat number, so the driver couldn't find you on Monday."),
    ("C", "To be fair, if someone had been in on Monday the driver would've left it with you."),
    ("C", "The hold-up is the hospital discharge team not sending us the prescription, that's not at our end."),
    ("G", "We did text the updates to the mobile number on file, so I'm not in a position to offer anything for not being told."),
    ("B", "Watching that last cylinder run down overnight, while the machine that should've come on Monday still hasn't, must have been frightening."),
    ("F", "Four days of swapping cylinders round the clock for your dad, and then forty minutes on hold on top of it, that's a lot to carry."),
    ("C", "You sat in all Monday waiting for a van that never turned up and nobody had the decency to ring you, and I'm sorry for that."),
    ("B", "With him down to his last cylinder, I'm sending two full ones out on the urgent courier today, free of charge."),
    ("B", "I completely understand how stressful this must be for you."),
    ("B", "How has your dad been coping on the cylinders since Monday, and how has it been for you looking after him?"),
    ("B", "What have the last few nights been like at home for the two of you?"),
    ("F", "How has all this been fitting around your own work this week?"),
    ("E", "I'm booking the concentrator onto the first van tomorrow, 8 till 10am, and I'll ring you myself once the driver's left the depot."),
    ("E", "I'll phone the depot manager now and call you back by 2 o'clock with a confirmed time."),
    ("G", "I'm putting the £25 delivery charge back on your card now, and you'll recieve an email confirming it within the hour."),
    ("G", "I can waive the delivery fee completely and refund the £25 to your card today."),
    ("E", "You'd rather have it first thing tomorrow than late tonight, then."),
    ("E", "I'm afraid I can't give you a delivery slot until the warehouse confirms stock, and that won't be before Monday."),
    ("G", "Our policy is that refunds aren't given for delays on prescribed equipment, sorry about that."),
    ("E", "I can't promise anything today, the warehouse only sends us updates at close of business."),
    ("D", "Right, I've cancelled the order as of now, and I'll email you the confirmation before you've even put the phone down."),
    ("D", "That's done, the order's cancelled and nothing will be charged."),
    ("D", "Before I cancel it, what is it exactly that's making you want to move supplier?"),
    ("D", "What would it take for you to stay with us, if I knocked the first month's rental off, would that do it?"),
    ("D", "If you stay with us, I can upgrade him to our quieter portable model at no extra cost when it arrives."),
    ("F", "Oh brilliant, another late delivery, what a shock."),
    ("B", "Let me put you through to our clinical support line, they deal with the urgent oxygen cases."),
    ("D", "Are you sure switching is really the answer though? What's the actual reason, is it just this one delivery?"),
    ("A", "You can track the delivery yourself on the patient portal, it updates every few hours."),
    ("F", "Please, there's no need to shout, just calm down and let me look."),
    ("E", "So the cylinders come this afternoon and the concentrator first thing tomorrow, does that make sense?"),
    ("E", "We'll get it sorted for you as soon as we can."),
    ("G", "Sometimes there's a goodwill gesture in cases like this, but that's not down to me."),
    ("D", "I haven't cancelled anything yet, I just want to run through your options first."),
]

# ---------------------------------------------------------------- 2
S2 = "personal-training-package"
c2 = {
    "A": "Hi, I bought a 20-session PT package in January and my trainer Marcus has left. I've still got 12 sessions.",
    "B": "They expire at the end of the month and nobody told me he was leaving.",
    "C": "I want a refund for the sessions I haven't used.",
    "D": "Honestly, I just want to cancel the package and my membership.",
    "E": "I was doing those sessions for my knee rehab, and now I've missed three weeks.",
    "F": "Why do I keep getting passed from person to person?",
    "G": "So is it cancelled or not?",
}
r2 = [
    ("A", "Hiya, thanks for calling FitWorks Clapham, Jordan here, how can I help?"),
    ("A", "Could you confirm the email address on the membership for me?"),
    ("B", "Marcus moved over to our Croydon club last month, and his clients were meant to be reassigned automaticaly, but yours got missed."),
    ("B", "Packages are valid for six months from purchase, which is why yours is showing an end-of-month expiry."),
    ("C", "Unfortunately PT packages are non-refundable once the first session's been used, and that was in the terms you signed."),
    ("C", "I'm not able to authorise a refund myself, so that'll have to wait till the fitness manager's back on Monday."),
    ("C", "Your package sits on a legacy PT-20 SKU, so the CRM won't let me do a partial reversal."),
    ("B", "The expiry date was printed on your receipt, so it's really on members to book their sessions in time."),
    ("F", "I do get that it's annoying, but you did sign an agreement that says trainers can change."),
    ("D", "What's the main thing pushing you out? Because if it's price, I can knock 20% off your next block of sessions."),
    ("E", "I can extend all twelve sessions by three months and pair you up with Aisha, who specialises in rehab."),
    ("C", "I'm refunding the twelve unused sessions to your card now, that's £360, and you'll have an email receipt within the hour."),
    ("C", "I can refund the twelve unused sessions to your card today, which comes to £360."),
    ("E", "I'm booking you in with Aisha for Thursday at 6pm right now, and I'll text you the confirmation straight after."),
    ("D", "Okay, that's your PT package and your membership both cancelled as of today, you won't see another payment."),
    ("G", "Yes, it's cancelled, done just now, and I've stopped the direct debit on our side."),
    ("G", "It's all cancelled this minute, and I've refunded the unused sessions as part of it."),
    ("G", "Cancelled. Confirmed. Nothing more coming out."),
    ("D", "I can set the membership to cancel at the end of your current billing month, which is the 28th."),
    ("D", "I can start the cancellation request for you, but the club still has to approve it."),
    ("D", "Cancellations have to be done in writing, so you'll need to fill in the form at reception."),
    ("D", "Can I ask why you want to leave when we've got other trainers available?"),
    ("D", "Help me understand what's actually not working for you, because it sounds like it's just the trainer thing."),
    ("D", "What would make you stay? If I threw in a month free, would you reconsider?"),
    ("D", "Instead of cancelling, how about I move you onto our Premium plan for the same price, with unlimited classes for three months?"),
    ("D", "I'd normally mention our referral offer at this point, but you've made your mind up, so I won't."),
    ("F", "Our trainers are all Level 4 qualified, honestly the best in the area, so it'd be worth staying on and giving Aisha a go."),
    ("E", "Losing your trainer halfway through your knee rehab and then missing three weeks of progress, that's a real setback."),
    ("B", "You paid up front for twenty sessions and only found out Marcus had gone by turning up to an empty studio, that's not on."),
    ("F", "You've been passed round four people today just to get a straight answer, and I'm sorry, that's on us."),
    ("F", "I totally get it, that's really frustrating."),
    ("E", "How's the knee been without the sessions, and has it set your rehab back with the physio?"),
    ("E", "What's the gap in sessions done to your routine and your confidence with the knee?"),
    ("B", "I'm so sorry, Marcus only gave a week's notice and we never got round to ringing his clients."),
    ("C", "Let me transfer you to the membership team, they can look at whether a refund's possible."),
    ("F", "I'm raising this with the general manager as a formal complaint today, and she'll call you by Wednesday."),
    ("C", "You can request the refund yourself through the FitWorks app under 'My Packages'."),
    ("F", "Okay, let's just take a breath, there's no need to get so worked up."),
    ("G", "So the membership's cancelled as of today and £360 is on its way back to you, have I got that right?"),
    ("F", "Someone from the PT team will be in touch about it."),
]

# ---------------------------------------------------------------- 3
S3 = "self-storage-price-rise"
c3 = {
    "A": "I've just had an email saying my unit's going up from £95 to £130 a month, starting next week.",
    "B": "That's barely any notice. Is that even allowed?",
    "C": "And on Saturday my gate code didn't work, so I couldn't get my tools out for a job.",
    "D": "I want to close the unit and move my stuff out.",
    "E": "Can you at least keep me on the old price this month?",
    "F": "I've been with you six years and this is how you treat me?",
    "G": "So is the unit closed now?",
}
r3 = [
    ("A", "Good afternoon, StoreSafe Riverside, you're speaking with Dan."),
    ("A", "Which unit number is it, and is the account in your name?"),
    ("A", "Rates are reviewed every year against local demand, and units your size have been in short supply, which is why yours has gone up."),
    ("A", "The £95 you were paying was an introductory rate; the £130 is just the standard rate for that unit now."),
    ("B", "The agreement you signed only requires seven days' notice of a price change, so I can't hold the old rate, it was all in there."),
    ("B", "The notice went to the email we've got on file, so if it landed in your junk folder, that's not really on our side."),
    ("C", "Your gate code was suspended because last month's payment bounced, so that one's down to the card on the account."),
    ("C", "Your unit was overlocked in SiteLink with an arrears hold, that's why the keypad rejected you."),
    ("C", "Getting to the gate on a Saturday with a job waiting and your tools locked inside is the last thing you needed. What did you end up doing about the job?"),
    ("F", "Thirty-five pounds more a month on a week's notice, after six years with us, is a big jump to swallow."),
    ("C", "You lost a day's work because our keypad locked you out, and I'm genuinely sorry about that."),
    ("C", "What happened with the job on Saturday when you couldn't get your kit out?"),
    ("E", "How is the extra thirty-five a month going to hit things for you?"),
    ("C", "I can waive this month's rent altogether for the lockout, on top of keeping you at the old price."),
    ("D", "Why would you want to leave after six years just over a price review?"),
    ("D", "What would it take to keep you here?"),
    ("D", "Is it really the price, or is there something else going on that's making you want to go?"),
    ("D", "If you stay, I can lock you in at £110 for the next twelve months."),
    ("D", "We've got a smaller ground-floor unit at £88 a month if you'd rather downsize than leave."),
    ("D", "Honestly, nobody else in town gives you 24-hour access and climate control at this price, so it's worth staying put."),
    ("E", "I'll put this month back to the old £95 and credit you a week's rent for the gate problem."),
    ("C", "I'm resetting your gate code right now, and I'll text you the new one before you're off the phone."),
    ("C", "I'll have the store manager check the access logs today and ring you back by 5 with what went wrong."),
    ("G", "I'm emailing your final invoice within the hour, and any rent you've overpaid will be back on your card by Wednesday."),
    ("G", "Your unit's closed on the system as of today, so there'll be no further charges."),
    ("G", "That's done, the rental ended today and the £130 rate will never apply to you."),
    ("G", "So that's the unit closed today and your deposit coming back, all clear?"),
    ("D", "We can end the agreement at the close of your current month, on the 30th."),
    ("D", "To close the unit you'll need to fill in a vacate form and give us fourteen days' notice."),
    ("D", "I can't close it today while there's still stuff in the unit, it has to be emptied and inspected first."),
    ("E", "Refund? Credit? Not from this desk, I'm afraid."),
    ("B", "Price queries go through our accounts team by email, I can give you the adress."),
    ("C", "Let me put you through to the store manager, he can go through the access logs with you."),
    ("C", "I'm raising the gate issue with our regional manager as a formal complaint."),
    ("A", "I hear you, I really do."),
    ("F", "Sir, I need you to calm down, I'm trying to help you here."),
    ("F", "Yeah, because six years obviously earns you a free unit and a medal."),
    ("G", "Right, I've closed the account this second and stopped the card payments."),
    ("B", "So you've had a week's notice of a £35 rise."),
    ("D", "You're saying you'd rather move out than pay the new rate."),
]

# ---------------------------------------------------------------- 4
S4 = "airline-seat-upgrade-not-given"
c4 = {
    "A": "I paid $180 for an extra-legroom seat to Denver and got stuck in a middle seat at the back.",
    "B": "I'm six foot four. I couldn't feel my legs after four hours.",
    "C": "The gate agent just shrugged and said the plane had been changed.",
    "D": "I want my $180 back, period.",
    "E": "How long is the refund going to take?",
    "F": "This is the second time this has happened with you people.",
    "G": "And cancel the extra-legroom seat on my return flight too, I don't trust it.",
}
r4 = [
    ("A", "Thank you for calling Northline Airways customer relations, my name is Carla, how may I help you today?"),
    ("A", "Could I have the six-character booking reference, please?"),
    ("C", "There was an aircraft change on that route, so there were fewer extra-legroom rows, and the system moved the last people to check in."),
    ("C", "I'm sorry, the smaller plane only had two rows of Comfort Plus and they went to passengers who'd booked earlier."),
    ("E", "Seat fees go back to the original card, and your bank usually takes five to seven business days to show it."),
    ("C", "It was a swap from a 739 to a 738, and your seat didn't map in the reaccom, so it fell back to a random assignment."),
    ("D", "Because you still traveled on the flight, the seat fee isn't refundable under our conditions of carriage."),
    ("E", "I'm unable to process the refund on this call, it has to go into the refunds queue, which is running at about 30 days."),
    ("E", "The refund can't be started until the flight record closes 72 hours after landing, so nothing before Thursday."),
    ("C", "Our records show you checked in only 40 minutes before departure, which is why you were the first to be moved."),
    ("C", "The gate agent offered you a later flight with the same seat and you turned it down, so the middle seat was your choice at that point."),
    ("F", "Honestly, if you'd booked directly with us instead of through a travel site, the seat would have been protected."),
    ("D", "I'm refunding the $180 to your card right now, and I'm adding a $100 travel credit for the trouble."),
    ("F", "I can put you in an exit-row aisle seat on the way back at no charge."),
    ("E", "I'll submit the refund tonight and email you the reference number before 9pm your time."),
    ("F", "I'm adding a note to your booking now so the Denver gate has to keep you in row 10 on Friday."),
    ("B", "Four hours folded into a middle seat at six foot four, after paying specifically to avoid that, sounds miserable."),
    ("F", "Twice now you've paid for legroom and not gotten it, so I can see why you don't trust the return booking."),
    ("C", "Being shrugged at by the gate agent after you'd paid for that seat isn't good enough, and I apologize."),
    ("B", "Did it affect anything you had planned in Denver? How did the rest of the trip go?"),
    ("B", "What did four hours in that seat do to your back and legs?"),
    ("A", "I apologize for any inconvenience this may have caused."),
    ("F", "You'd be flying back on the Friday 7am then."),
    ("D", "Seat fee refunds are handled through the online form on our website, under 'Refund requests'."),
    ("E", "I'm going to transfer you to our refunds department now, please hold."),
    ("F", "Since it's the second time, I'm passing this to my supervisor for a priority review."),
    ("G", "I've canceled the extra-legroom seat on your return just now, and the $180 for that leg is on its way back to you."),
    ("G", "Okay, the return seat purchase is canceled, effective immediately."),
    ("G", "The seat purchase gets canceled automatically if we can't honor it on the day."),
    ("G", "Are you sure? What's putting you off keeping it this time?"),
    ("G", "Rather than cancel, I could move you to Premium Select on the return for just $90 more, it's a far bigger seat."),
    ("G", "Our Comfort Plus has more legroom than any other US carrier, so it's really worth hanging on to."),
    ("F", "Ma'am, I'm going to need you to lower your voice."),
    ("D", "So that's the $180 back and a free exit row on Friday, have I got that right?"),
    ("F", "Right, because the airline planned to shrink your seat just to annoy you."),
    ("E", "I'm not saying you won't get the money, just that it won't be from me today."),
    ("D", "While I've got you, our Northline Plus card gives you a free extra-legroom seat on every flight, want me to sign you up?"),
    ("G", "Why cancel the return seat though, when the aircraft on Friday's the bigger one?"),
    ("A", "Got it."),
    ("F", "We'll definately make sure it doesn't happen again."),
]

# ---------------------------------------------------------------- 5
S5 = "card-terminal-fees-small-business"
c5 = {
    "A": "I run a small café and there's £84 of fees on my card machine statement I've never seen before.",
    "B": "The terminal was down most of Saturday, I had to turn people away or take cash only.",
    "C": "Nobody said anything about a PCI non-compliance fee when I signed up.",
    "D": "I want out of this contract. How do I cancel?",
    "E": "You're telling me there's an exit fee on top?",
    "F": "Is the contract cancelled now, yes or no?",
    "G": "I'm losing money every day this thing doesn't work.",
}
r5 = [
    ("A", "Hi there, you've reached PayPoint Merchant Services, I'm Luke, who am I speaking with?"),
    ("A", "What's your merchant ID? It's the eight digits at the top of your statement."),
    ("C", "The £35 PCI charge kicks in when the yearly security questionnaire hasn't been done, and it drops off once it's completed."),
    ("A", "The minimum monthly service charge means that if your transaction fees come to less than £20, we bill the difference, that's the £19.40."),
    ("E", "The exit fee's there because the terminal rental is subsidised over the contract term, so leaving early means paying off the rest."),
    ("B", "Your MID was migrated to an IC++ tariff but the terminal was still on an old TID, so the auth host kept timing out."),
    ("C", "You didn't complete the PCI questionnaire in the portal, so the non-compliance fee is on you, I'm afraid."),
    ("B", "The outage was your café's wifi dropping out, the terminal was fine on our side."),
    ("E", "You signed a 36-month agreement and the exit fee is in section 9, so I can't take it off."),
    ("A", "I can't waive fees on this call, a fee review takes ten working days."),
    ("G", "So the fees come off, the new terminal arrives tomorrow, and we talk about the contract after that, does that work for you?"),
    ("A", "I'll refund the £35 PCI fee and the £19.40 minimum charge back to your account today."),
    ("G", "I can send out a replacement terminal with a 4G SIM by courier tomorrow, so you won't be relying on the wifi."),
    ("F", "Your merchant agreement's cancelled as of today, and I've waived the exit fee."),
    ("G", "I'm booking the replacement for next-day delivery now, and I'll ring you at 10am tomorrow to check it's up and running."),
    ("F", "I'll email the cancellation confirmation and your final statement by end of today."),
    ("B", "Turning customers away on a Saturday, your busiest day, because the machine was down, that's real money lost for a small café."),
    ("A", "Finding £84 of charges nobody warned you about, when your margins on coffee are already tight, is a nasty surprise."),
    ("A", "So there's £84 on there you weren't expecting."),
    ("B", "How much trade do you reckon you lost on Saturday, and how did your regulars take it?"),
    ("G", "How's the downtime been affecting the café day to day?"),
    ("D", "Why do you want to leave though, is it really just the one outage?"),
    ("D", "Before we go down that road, can you tell me what it is you're actually unhappy with?"),
    ("D", "What would keep you with us, a lower rate, a new machine?"),
    ("D", "If you stay, I can drop you to 1.29% with no monthly fee for the rest of the contract."),
    ("D", "We've just launched tap-to-pay on your phone, and I can give it to you free as a backup if you stay on."),
    ("D", "We've got the lowest hospitality rates in the UK, nobody beats us on that."),
    ("F", "Yes, it's cancelled now, the terminal's been deactivated and no more fees will be taken."),
    ("F", "Done, the account's closed as of this call, and the courier bag for the terminal will be with you by Friday."),
    ("F", "I can put the cancellation through, but it only takes effect at the end of your term in November."),
    ("D", "You'll need to download the termination form, sign it and post it back to us with the terminal."),
    ("D", "I can start the exit process, and someone from retentions will give you a call in a few days."),
    ("E", "You want the exit fee gone as well."),
    ("B", "What's it meant for your staff, having to tell people at the till that you can't take cards?"),
    ("B", "I'm raising the outage as a P1 with our network team so it's looked at today."),
    ("B", "I'm sorry, a whole Saturday of customers walking out because of our kit, that's on us."),
    ("G", "I understand how you feel."),
    ("G", "Look, shouting at me won't get it fixed any quicker, so just calm down."),
    ("B", "Oh yes, because card machines never go down anywhere else."),
    ("D", "I won't try to talk you out of it."),
]

SITUATIONS = [(S1, c1, r1), (S2, c2, r2), (S3, c3, r3), (S4, c4, r4), (S5, c5, r5)]


def main():
    rng = random.Random(SEED)
    n = FIRST_ID
    rows = []
    for name, cust, reps in SITUATIONS:
        assert len(reps) == 40, (name, len(reps))
        items = list(reps)
        rng.shuffle(items)
        for key, rep in items:
            rows.append({"id": "s%04d" % n, "situation": name,
                         "customer_said": cust[key], "rep": rep})
            n += 1
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writer W10: holds the rep lines and writes sentences-W10.jsonl (ids s2940-s3139)."""
import json, random

OUT = "/work/moves7/sentences-W10.jsonl"
START = 2940
SEED = 10

S = []  # list of (situation, {key: customer_said}, [(key, rep), ...])

# ---------------------------------------------------------------- 1
C = {
 "a": "Hi, my water bill has jumped to £1,240 for the quarter. It's normally about £90.",
 "b": "We found a leak on the pipe under the front garden and had a plumber fix it last week.",
 "c": "I've read you do a leak allowance. Can I get that?",
 "d": "I'm a pensioner, I can't pay that amount, I've been worried sick about it.",
 "e": "Nobody told me the meter was spinning. Surely you'd have noticed?",
 "f": "So when will I actually know?",
 "g": "This is ridiculous, I want it sorted today.",
}
R = [
 ("a", "Good morning, you're through to Severn Waterline billing, my name's Priya."),
 ("a", "The reading jumped because the leak was on your side of the meter, so every litre that escaped got recorded as if you'd used it."),
 ("a", "It's the volume that's gone up, not the price per cubic metre."),
 ("a", "I'm sorry to hear that."),
 ("a", "Can you read me the serial number off the meter, please?"),
 ("b", "The supply pipe from your boundary to the house belongs to the homeowner, so strictly speaking that leak was yours to find."),
 ("b", "It was on the SPL rather than the comms pipe, so it's a CSP leak, not a network repair."),
 ("b", "So the plumber fixed it last week, on the pipe under the front garden."),
 ("b", "Oh yes, because everyone checks under their front lawn every morning."),
 ("b", "Why didn't you get someone out when the damp patch first showed up?"),
 ("c", "A leak allowance means we rebill the leak period at your normal average usage and write off everything above that."),
 ("c", "I can't apply the allowance until we've got the plumber's invoice showing the date of the repair."),
 ("c", "Policy is one leak allowance per property, and one was granted here in 2019, so I'm afraid this one isn't eligible."),
 ("c", "I've applied the leak allowance just now, and your bill has been recalculated to £97.40."),
 ("c", "There is such a thing as a leak allowance, but whether you'd get it is another matter."),
 ("c", "Leak allowance, yes."),
 ("c", "You can upload the plumber's invoice in the My Account portal and it goes straight to the leakage team."),
 ("d", "A bill thirteen times your usual landing on a pension, after you've already paid a plumber, that's a horrible few weeks you've had."),
 ("d", "I understand how worrying this must be."),
 ("d", "How has this bill been affecting you since it arrived?"),
 ("d", "Has the worry about it changed how you're getting by, with the heating or the food shop or anything like that?"),
 ("d", "I'll put a hold on collections right now, so nothing leaves your account while this is looked at."),
 ("d", "I can set up a payment plan today that spreads anything left over twelve months, interest free."),
 ("e", "With respect, it isn't our job to watch your meter for you."),
 ("e", "You're on quarterly estimated reads, so if you'd sent us readings monthly you'd have spotted the jump sooner."),
 ("e", "My apologies, we should have flagged that reading to you when it came in so high."),
 ("e", "I'm not going to say this was your fault, because it wasn't."),
 ("e", "We're the only water company in the region with a dedicated leak allowance team, so you're in the best hands."),
 ("e", "While I've got you, our smart meter tarrif would flag a leak like this within a day and knock about 8% off your bills."),
 ("f", "I'm putting the account on hold today and I'll ring you back by Friday at 4pm with the outcome."),
 ("f", "We'll get back to you."),
 ("f", "I'm sorry, I can't give you an answer today; the leakage team decide and they take up to 28 days."),
 ("f", "Once it's approved, the bill should come down to roughly £95 for the quarter, does that make sense?"),
 ("f", "Do you understand that the allowance only covers the period up to the repair date?"),
 ("f", "I'll email you the form."),
 ("g", "Please calm down, shouting won't get it sorted any quicker."),
 ("g", "I'll pass you across to the leakage team, they're the ones who handle allowances."),
 ("g", "I'm raising this as a priority with my team leader, given the size of the bill and your circumstances."),
 ("g", "Noted."),
 ("g", "I'd love to sort it today, I just can't, not without that invoice."),
]
S.append(("water-bill-leak-allowance", C, R))

# ---------------------------------------------------------------- 2
C = {
 "a": "Hello, I've been put on reduced hours and I need a break from my mortgage payments for a few months.",
 "b": "I also want to cancel the £200 monthly overpayment I set up last year.",
 "c": "Will this wreck my credit score?",
 "d": "My payment's due on the 1st and I honestly don't know how I'm going to make it.",
 "e": "Why is this so complicated? It's my money.",
 "f": "Is the overpayment actually cancelled now?",
 "g": "Just tell me straight, can I have the holiday or not?",
}
R = [
 ("a", "Thanks for calling Harbourside Building Society, you're speaking with Tom, how can I help today?"),
 ("a", "I understand, these things happen."),
 ("a", "How are things at home since your hours were cut, how's it been for you and the family?"),
 ("a", "A payment holiday means you pay nothing for up to three months, but interest still builds up and gets added to what you owe."),
 ("a", "So you'd like a payment holiday and the overpayment stopped."),
 ("a", "You can apply for the holiday in the app under 'Payment support'."),
 ("a", "Oh sure, because everyone's income is guarenteed, isn't it."),
 ("b", "Can I ask why you want to stop the overpayments? They're saving you a lot of interest."),
 ("b", "Before I do that, help me understand what's changed your mind about overpaying."),
 ("b", "Rather than stopping them completely, why not keep them at £50 a month? You'd still knock two years off the term."),
 ("b", "To cancel the overpayment you'll need to fill in a variation form, which I can post out to you."),
 ("b", "I can start that cancellation for you."),
 ("c", "The holiday itself isn't reported as missed payments, although other lenders can see that one was agreed."),
 ("c", "Your monthly payment will go up slightly afterwards, because the interest from the break is spread over the rest of the term."),
 ("c", "Is that clear, about the interest still building up?"),
 ("c", "Your LTV's at 68 so there's no CCJ risk, and the forbearance flag is a soft one."),
 ("c", "Honestly, our rates are the lowest on the high street right now, you won't beat them anywhere."),
 ("d", "Going from full pay to reduced hours with the mortgage due on the 1st, that's a frightening spot to be in."),
 ("d", "What's the drop in income meant for your other bills, day to day?"),
 ("d", "What I can do right now is switch you to interest-only for six months while your hours are down."),
 ("d", "There are options like reduced payments, but I couldn't say whether any of them would apply to you."),
 ("d", "Let me put you through to our Financial Support team, they have more options than I do."),
 ("d", "I'll refer this to a specialist in our arrears team and mark it urgent."),
 ("e", "If you'd rung us before the payment bounced this would have been a lot more straightforward."),
 ("e", "Sir, there's no need to raise your voice, just take a breath."),
 ("e", "Sorry, we should have told you about the support options when you first rang in January."),
 ("e", "It's complicated because a holiday changes your mortgage contract, so we're legally obliged to check it's affordable first."),
 ("e", "Since you're with us anyway, I can look at moving you onto our two-year fix at 4.1% once the holiday ends."),
 ("f", "I've cancelled the £200 overpayment just now, so nothing extra will come out on the 1st."),
 ("f", "Done, the overpayment instruction is cancelled as of today."),
 ("f", "Your overpayment plan is cancelled now, and the £200 you paid in December stays off your balance."),
 ("f", "I can stop it, but it'll only take effect from the next statement period in March."),
 ("f", "Overpayment, cancel, yep."),
 ("f", "Bear with me."),
 ("g", "I'm not able to approve a holiday over the phone; it has to go through an affordability assessment first."),
 ("g", "You'd need to have been up to date for twelve months, and you missed a payment in the summer, so that one's on you really."),
 ("g", "I've approved a two-month payment holiday starting on the 1st, so nothing will be taken then."),
 ("g", "I'll call you back tomorrow before noon with the underwriter's decision."),
 ("g", "Someone will be in touch."),
 ("g", "You're not in any trouble for asking, and I'm not going to turn you down."),
]
S.append(("mortgage-payment-holiday", C, R))

# ---------------------------------------------------------------- 3
C = {
 "a": "I took a day off work and waited in from 8 till 6 and your engineer never turned up.",
 "b": "We've had no heating or hot water since Sunday and I've got a six-month-old.",
 "c": "Nobody even rang to say he wasn't coming.",
 "d": "I want to cancel my boiler cover. I'm paying £22 a month for this.",
 "e": "I'm not interested in a discount, just cancel it.",
 "f": "Is it cancelled?",
 "g": "What are you going to do about the day's pay I lost?",
}
R = [
 ("a", "Hiya, thanks for holding, it's Dan on the HomeCare line."),
 ("a", "A whole unpaid day stuck at home watching the window, and then nobody and no call, that's a rotten way to be treated."),
 ("a", "Sorry for any inconvenience caused."),
 ("a", "The engineer before you overran on a gas escape, and our system never pushed the delay through to you."),
 ("a", "Your job got bumped by a P1 in the CRM and the revised ETA never synced to the FSM app."),
 ("a", "So you were waiting in all day and no one came."),
 ("b", "Four nights without heating and a six-month-old in the house, I can only imagine how cold and anxious that's been."),
 ("b", "How have you been managing with the baby and no hot water?"),
 ("b", "What have the last few days been like for you at home?"),
 ("b", "I've booked an engineer for tomorrow morning, first job between 8 and 10, and marked you as a vulnerable household."),
 ("b", "I can send two electric heaters out today so you've got some warmth tonight."),
 ("b", "There's nothing available before Thursday, I'm afraid."),
 ("b", "I'm escalating this to the duty manager now, because there's a baby in the house with no heating."),
 ("c", "The text should have gone to the mobile we hold, but it's an old number, so it went nowhere."),
 ("c", "If you'd kept your phone number up to date we could have warned you."),
 ("c", "We did try calling, but nobody picked up, so that's not really on us."),
 ("c", "I'm really sorry, we let you down badly yesterday."),
 ("c", "I hear you."),
 ("c", "Oh, so now it's our fault the engineer got stuck in traffic?"),
 ("d", "Can I ask what's made you want to leave us after six years?"),
 ("d", "What would it take to keep you on the cover?"),
 ("d", "Can you confirm the postcode for the property, please?"),
 ("d", "You'll need to put the cancellation in writing to our Customer Relations address."),
 ("d", "I'm not able to cancel today, because there's still an open repair on the policy."),
 ("d", "We're the UK's number one boiler cover provider, with more engineers on the road than anyone else."),
 ("e", "Is it just this one visit, or is there something else about the cover you're not happy with?"),
 ("e", "Before you go, I could bring the cover down to £15 a month for the next year if you stay."),
 ("e", "If you keep the cover, I'll add this year's annual boiler service for free."),
 ("e", "I'm not going to try to talk you out of it."),
 ("e", "Okay, I need you to calm down so I can actually help you."),
 ("f", "I've cancelled your HomeCare cover with immediate effect and there'll be no more £22 payments."),
 ("f", "That's done now, your cover's cancelled, and the confirmation email will reach you in the next few minutes."),
 ("f", "I can cancel it, but the cover runs until the end of your policy year in August."),
 ("f", "Right."),
 ("g", "I'm refunding this month's £22 and adding a £50 credit for the missed appointment right now."),
 ("g", "We do sometimes give goodwill gestures for missed appointments."),
 ("g", "I can't compensate you for lost earnings, our policy doesn't cover that."),
 ("g", "You can claim for lost earnings on our website using the compensation form."),
 ("g", "I'll ring you back by 5 today once I've spoken to regional dispatch about it."),
 ("g", "I'll transfer you to the complaints team so they can log it properly, does that make sense?"),
]
S.append(("gas-engineer-no-show", C, R))

# ---------------------------------------------------------------- 4
C = {
 "a": "The Saturday show at the arena got cancelled and I want my money back for four tickets.",
 "b": "I'd already booked a hotel and train tickets for the whole family.",
 "c": "It was my daughter's 16th birthday present, she was devastated.",
 "d": "Why are you keeping the booking fee? That's £38.",
 "e": "It's been three weeks and I still haven't seen the refund.",
 "f": "Honestly, just close my account, I'm never buying through you again.",
 "g": "Can't you just give me a straight answer?",
}
R = [
 ("a", "Hi there, you've reached TixHub support, I'm Jordan."),
 ("a", "The promoter canceled because the lead singer was sick, and the refund money has to come from their funds, via us."),
 ("a", "Can you give me the order reference, the one that starts with TX?"),
 ("a", "So four tickets for the Saturday show, canceled."),
 ("a", "Oh yes, we cancel concerts for fun around here."),
 ("b", "With the hotel and trains already paid for four people, you're out of pocket well beyond the tickets, and that's a lot."),
 ("b", "I'm not able to refund the hotel or the trains; we only cover face value and fees."),
 ("b", "Hotel bookings are your own responsibility, I'm afraid, not ours."),
 ("b", "What has this meant for the weekend you'd planned together?"),
 ("c", "A 16th birthday present falling through after she'd been counting down to it, that's a really sad thing to have to tell her."),
 ("c", "I completely understand how you feel."),
 ("c", "How did your daughter take the news?"),
 ("c", "I'm so sorry the show was called off."),
 ("c", "I can add a $40 voucher to your account for the hassle."),
 ("d", "The booking fee covers our processing, which is why we normally keep it when a show is postponed rather than cancelled."),
 ("d", "For a full cancellation the fee is refundable as well, so you'll get the whole £378 back."),
 ("d", "I've just processed the full refund of £378, booking fees included, back to your Visa ending 4471."),
 ("d", "Is that clear?"),
 ("d", "Refund. Booking fee. Three weeks."),
 ("e", "Refunds go back to the original card and can take five to ten working days to show once the promoter releases them."),
 ("e", "We can only issue refunds once the promoter releases the funds, so I can't do it today."),
 ("e", "The refund window closed after 30 days, and you didn't submit a claim in time."),
 ("e", "The cancellation email went out on the 3rd, so you should have had all the details."),
 ("e", "I'll chase the finance team today and email you by 5pm Thursday with a payment date."),
 ("e", "It'll get sorted eventually."),
 ("e", "Your order's stuck in PENDING_SETTLEMENT because the promoter's escrow hasn't cleared the chargeback batch."),
 ("e", "I'm raising this with a senior advisor so the refund gets pushed through."),
 ("f", "Your account is closed now, and any saved cards have been deleted."),
 ("f", "I've closed the account as you asked; you'll get one final email confirming it."),
 ("f", "Accounts close automatically after 24 months of no activity, so it'll just lapse on its own."),
 ("f", "Closing an account has to be done from the Settings page on the website."),
 ("f", "Are you sure? What's putting you off using us again?"),
 ("f", "Before I close it, what exactly went wrong for you, so I can pass it on?"),
 ("f", "If you keep the account, I can give you priority presale access for the rescheduled tour."),
 ("f", "We've got a 10% off code for your next booking if you'd like to stay with us."),
 ("f", "We're the biggest ticketing platform in Europe, nobody gets refunds out faster."),
 ("g", "Let me transfer you to our refunds department."),
 ("g", "There's no need to get so worked up about it, okay?"),
 ("g", "I'm logging the refund request now and you'll get a confirmation within 10 minutes."),
 ("g", "Mm-hm."),
]
S.append(("concert-tickets-event-cancelled", C, R))

# ---------------------------------------------------------------- 5
C = {
 "a": "Your delivery lads brought my sofa today and the back's ripped and one leg is snapped off.",
 "b": "I waited eight weeks for this and we've had no sofa since we moved in.",
 "c": "I want to cancel the whole order, including the dining chairs that haven't come yet.",
 "d": "I'm not having a repair, I want my money back.",
 "e": "The driver made me sign before I'd even unwrapped it.",
 "f": "Has the order been cancelled or not?",
 "g": "This is the second time you've messed me around.",
}
R = [
 ("a", "Good afternoon, Oakhaven Furniture customer care, you're speaking to Leanne."),
 ("a", "I'm so sorry, that sofa should never have left the warehouse in that state."),
 ("a", "Could you send me a photo of the damage to the leg?"),
 ("a", "The leg usually snaps when a sofa's tipped on its end in the van, so it almost certainly happened in transit."),
 ("a", "The rip looks like it could be from your doorway, to be honest."),
 ("a", "It's logged as a DNR with a grade C damage code, so it'll go into the RTV queue."),
 ("b", "Eight weeks waiting, sitting on the floor in a new house, and then it turns up torn, that's a miserable let-down."),
 ("b", "How's the family been managing without anywhere proper to sit?"),
 ("b", "What has all this meant for you, with the move and everything else going on?"),
 ("b", "I'm sorry for the trouble."),
 ("c", "I've cancelled the full order, sofa and chairs, and started a refund of £1,860 to your card today."),
 ("c", "Why would you want to cancel the chairs when it's only the sofa that's damaged?"),
 ("c", "What's behind cancelling the whole lot, if you don't mind me asking?"),
 ("c", "If you keep the order, I can upgrade you to the leather version at no extra cost."),
 ("c", "Stay with the order and I'll take 20% off the chairs and throw in a fabric protection plan."),
 ("c", "The chairs come from a different supplier, which is why they're on a seperate delivery date."),
 ("c", "Cancel. Whole order. Got it."),
 ("d", "I can have a replacement sofa out to you this Saturday, and we'll collect the damaged one at the same time."),
 ("d", "I'm putting a £150 refund through now if you'd rather keep it, and our technician will fix the leg."),
 ("d", "Sometimes we do partial refunds for damaged items."),
 ("d", "I can't refund you until the sofa's been collected and inspected."),
 ("d", "Our policy doesn't allow cancellations on made-to-order items once they've been dispatched."),
 ("d", "Our sofas are built better than anything you'll get at the big chains, honestly."),
 ("e", "Signing the delivery note only confirms how many items arrived, not their condition, so it doesn't affect your claim."),
 ("e", "You signed the note as 'received in good condition', so technically the damage isn't our responsibility."),
 ("e", "You should've checked it before signing, that's what the driver waits for."),
 ("e", "Does that sound right to you?"),
 ("f", "That's cancelled now, both items, and you won't be charged anything further."),
 ("f", "The chairs are cancelled, but the sofa can only be cancelled once it's back in our warehouse."),
 ("f", "You'll need to fill in the returns form online to cancel the order."),
 ("f", "I can put the cancellation in for you, and it'll go through at the end of the month."),
 ("f", "Okay, let me have a look."),
 ("g", "Twice now you've rearranged your day around us and we've got it wrong both times."),
 ("g", "I get it, I really do."),
 ("g", "I'll book the collection for Tuesday between 7 and 11 and text you the driver's details the night before."),
 ("g", "I'll get someone to look at it."),
 ("g", "You can report delivery damage through the chat on our website."),
 ("g", "I'll pass you over to our returns team, they deal with cancellations."),
 ("g", "I'm taking this to my manager because it's the second failed delivery."),
 ("g", "Please calm down, the driver was only doing his job."),
]
S.append(("furniture-delivery-damaged", C, R))

rng = random.Random(SEED)
rows = []
for sit, cust, reps in S:
    assert len(reps) == 40, (sit, len(reps))
    assert 6 <= len(cust) <= 7
    assert {k for k, _ in reps} == set(cust), sit
    reps = list(reps)
    rng.shuffle(reps)
    for k, rep in reps:
        rows.append({"id": "", "situation": sit, "customer_said": cust[k], "rep": rep})
for i, r in enumerate(rows):
    r["id"] = "s%04d" % (START + i)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps({"id": r["id"], "situation": r["situation"],
                            "customer_said": r["customer_said"], "rep": r["rep"]},
                           ensure_ascii=False) + "\n")
print("wrote", len(rows), "lines to", OUT)

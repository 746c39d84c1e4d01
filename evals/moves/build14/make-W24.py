#!/usr/bin/env python3
"""Writes sentences-W24.jsonl (ids s5740-s5939): 5 situations x 40 rep lines, shuffled per situation with a fixed seed."""
import json, random, os

SEED = 24024
START = 5740
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W24.jsonl")

DATA = []  # (situation, {key: customer_said}, [(key, rep), ...])

# 1 ---------------------------------------------------------------------------
C1 = {
 "A": "Hi, I've just had a letter saying I owe £9,400 at the end of my car finance. Nobody told me about a balloon payment.",
 "B": "I can't pay that. I just want to hand the car back and be done with it.",
 "C": "I've been worrying about this all week, I've barely slept.",
 "D": "The salesman told me my monthly payments covered everything.",
 "E": "Why is it so much? I've paid every single month for three years.",
 "F": "Please just process the hand-back. I don't want another deal.",
 "G": "So is that it? Am I finished with you?",
}
R1 = [
 ("A", "Good morning, you're through to Northgate Motor Finance, my name's Priya — can I take your agreement number, please?"),
 ("A", "So the letter says there's a final payment of £9,400 due in March."),
 ("A", "What would it mean for you and your family if you had to find that money by March?"),
 ("G", "It's done, the finance is terminated today and your final statement will show a zero balance."),
 ("E", "The balloon is the part of the car's value you put off until the end, which is why your monthly payments were so low, and it's why most people just refinance it and keep the car."),
 ("E", "I'm sorry nobody walked you through it, but your monthly payments only ever covered the depreciation and the interest, so the rest falls due at month 37."),
 ("E", "It's a GFV on a PCP, so the residual was set against projected trade value at term."),
 ("E", "You'll find the full breakdown in the app under My Agreement."),
 ("E", "I can waive the £150 end-of-agreement fee right now; after the shock that letter gave you, it's the least we can do."),
 ("E", "There might be something we could do about fees down the line, no promises."),
 ("E", "I'm afraid I can't reduce the balloon itself, it was fixed in the contract you agreed to, so that one's really down to the paperwork you signed."),
 ("D", "With respect, the final payment is printed on page two of the agreement you signed, so it shouldn't really have come as a surprise."),
 ("D", "If the salesman said that, that's between you and the dealership, it's not on our end."),
 ("D", "I'm sorry — being told your payments covered everything and then getting a £9,400 letter three years later is a horrible way to find out."),
 ("D", "As a goodwill gesture I'm refunding last month's £229 to your card today, and it'll land within three to five working days."),
 ("D", "I'm raising how this was sold to you with a senior complaints handler now, your reference is NMF-20417."),
 ("C", "Three years of paying on time, then a letter like that out of nowhere, no wonder you've been lying awake — how's it been weighing on you?"),
 ("C", "I completely understand, these things are really stressful."),
 ("C", "How has the worry been affecting you day to day, at work and at home?"),
 ("C", "Try to relax, the figure was in the paperwork you signed, so it's not something we sprang on you."),
 ("C", "A week without sleep over this is too much, so I'm freezing any further letters and interest on the account while we sort it."),
 ("B", "Can I ask why you'd rather hand it back than refinance the balance?"),
 ("B", "We could refinance the £9,400 over another 36 months at a reduced rate, and you'd keep a car you already know."),
 ("B", "A lot of people in your position trade up into a new car and the balloon just rolls in, shall I run the numbers for you?"),
 ("B", "You've paid over half of the total amount payable, so you're entitled to hand it back with nothing more to pay, provided it's in reasonable condition."),
 ("B", "I'll also cover any minor scuffs at inspection, so there are no surprise charges — does that sound fair?"),
 ("B", "Is there a reason you wouldn't keep it, given how much you've already paid in?"),
 ("F", "Before I do that, help me understand what it is about keeping the car that doesn't work for you."),
 ("F", "I can't take a voluntary termination over the phone, you'd need to put it in writing and post it to us."),
 ("F", "I'm going to pass you over to our end-of-agreement team, they deal with hand-backs."),
 ("F", "Right, I've ended the agreement under voluntary termination just now, and I'll send the collection booking to your email within the hour."),
 ("F", "Oh sure, let me just wave a magic wand and make the balance disappear."),
 ("F", "Okay, one sec."),
 ("F", "Our rates are the lowest of any car finance lender in the country, so staying with us really is the smart move."),
 ("F", "What would it take to keep you in a car with us, a lower rate, a longer term?"),
 ("G", "Yes, the agreement is closed as of this call, and I'll email your written confirmation before 5 today."),
 ("G", "I can start the hand-back paperwork, but nothings closed until the car's been inspected."),
 ("G", "Yes, you're finished with us: the agreement's terminated today, and because you'd paid over half, there's nothing left to settle."),
 ("G", "I'll book the collection agent for Thursday between 9 and 1 and text you the driver's details on Wednesday."),
 ("G", "Someone will be in touch about collecting it, don't worry."),
]
DATA.append(("car-finance-balloon-payment", C1, R1))

# 2 ---------------------------------------------------------------------------
C2 = {
 "A": "Your app's been down since Friday and I can't change the heating. It's minus eight outside.",
 "B": "I've got a newborn in the house and the heating's stuck on the overnight schedule.",
 "C": "Why am I paying £4.99 a month for an app that doesn't work?",
 "D": "I want to cancel the subscription today.",
 "E": "I've already turned everything off and on again, twice.",
 "F": "Don't try to sell me anything. Just cancel it.",
 "G": "Has it actually been cancelled?",
}
R2 = [
 ("A", "Hi there, thanks for calling Hearthly support, you're speaking with Dan."),
 ("A", "Sorry about this — a server update on Friday broke our login service, so the app can't reach your thermostat even though the thermostat itself is fine."),
 ("A", "The thermostat still works on its own, so if you hold the dial down for three seconds you can set the temperature by hand right now."),
 ("A", "Four days into a cold snap with no way to turn the heating up, at minus eight, that's genuinely grim."),
 ("A", "I completely understand your frustration — how have the last few cold days been for you at home?"),
 ("A", "While the app's down I can set your heating from here, just tell me the temperature you want and I'll do it now."),
 ("A", "App down. Yep, we know."),
 ("B", "With a newborn in the house, a heating schedule stuck on overnight isn't an inconvenience, it's a proper worry."),
 ("B", "Keeping a newborn warm in a house you can't heat properly sounds exhausting — how have the nights been?"),
 ("B", "I'm booking an engineer to switch your thermostat to manual mode tomorrow between 8 and 10, at no charge."),
 ("B", "Because there's a baby at home I'm marking your case urgent with our technical lead right now."),
 ("B", "What's the house actually been like, and how has it affected your sleep and your days?"),
 ("C", "I'm refunding this month's £4.99 and adding two months free to your account now, you'll see it on your statement by the 5th."),
 ("C", "I'm not able to refund subscription fees for outages, it's in the terms of service."),
 ("C", "Well, technically the app does work, just not at the moment."),
 ("C", "I'm really sorry, you've paid for remote control and for four freezing days you've had none of it."),
 ("C", "For what it's worth, our uptime's still the best of any smart heating brand, so I'd think twice before switching to someone else."),
 ("E", "If it's still not working for you, it's most likely your home wifi, because the fix went out to everyone last night."),
 ("E", "If you'd installed the update when the app prompted you, you wouldn't be stuck on the old version."),
 ("E", "Your hub's still on firmware 3.2, so the MQTT handshake to our broker is timing out."),
 ("E", "So you've restarted both the hub and the router, have I got that right?"),
 ("E", "Can you read me the serial number off the back of the hub?"),
 ("E", "It's a known issue."),
 ("E", "Please calm down, sir, as I said, the fault's on your router, not our servers."),
 ("D", "Can I ask what's made you decide to cancel rather than wait for the fix?"),
 ("D", "Is it just the outage, or is there something else about the service you're not liking?"),
 ("D", "If you stay, I can put you on the annual plan at half price for the first year."),
 ("D", "The Plus plan comes with 24/7 phone support, so what's stopping you from just switching to that instead of leaving?"),
 ("D", "Done — I've cancelled the subscription as of today and you won't be charged again."),
 ("D", "I can cancel it at the end of your current billing period on the 28th."),
 ("D", "Cancellations have to be done in the app, under Account and then Subscription."),
 ("D", "Let me put you through to our billing team, they look after cancellations."),
 ("D", "Sure, but the £4.99 only covers the remote features, not the heating itself, so what's actually making you want to go?"),
 ("F", "I hear you, but we're giving three months free to anyone affected by the outage if you'd like to keep it."),
 ("F", "No problem, that's cancelled now, and I haven't added anything else to your account."),
 ("F", "Sure, and just before I do, what would it take for you to stay with us?"),
 ("G", "Yes, it's cancelled, and the confirmaton email will be with you within the hour."),
 ("G", "I've put the request in, it should go through at some point."),
 ("G", "It sits as pending for 48 hours while billing reviews it, so I can't tell you it's cancelled just yet."),
 ("G", "It's cancelled, yes, and I'll ring you Thursday at 10 to check the refund's landed."),
]
DATA.append(("smart-thermostat-app-outage", C2, R2))

# 3 ---------------------------------------------------------------------------
C3 = {
 "A": "I'm halfway through a root canal and crown and you've told my dentist I've hit my annual limit.",
 "B": "Nobody told me there was a £1,000 cap. I'd never have started the treatment.",
 "C": "I've got a temporary crown in, I'm in pain, and the dentist won't carry on until it's paid.",
 "D": "The limit should reset in January, and my treatment started in November.",
 "E": "I want to cancel the plan. What's the point of paying if it doesn't pay out?",
 "F": "I don't want an upgrade. Just cancel it, please.",
 "G": "So is my plan cancelled now?",
}
R3 = [
 ("A", "Hello, Brightsmile Dental Plans, Aisha speaking, could I take your membership number?"),
 ("A", "Your plan pays up to £1,000 a year on treatment, and the root canal used £780 of that, so only £220 was left for the crown."),
 ("A", "Unfortunately the limit's been reached, so we can't pay any more towards this treatment until your plan year renews."),
 ("A", "The claim was adjudicated at annual max and the crown was coded Band 3 restorative, so it's declined for benefit exhaustion."),
 ("A", "I'm sorry to hear you're going through that — how's it been for you since the temporary crown went in?"),
 ("B", "The £1,000 limit is on the first page of your policy schedule, so it was there when you joined."),
 ("B", "Your dentist should really have checked your remaining benefit with us before starting, that's not something we'd do for them."),
 ("B", "I'm sorry — finding out about the cap only after you've been drilled and had a temporary crown fitted is the worst possible timing."),
 ("B", "How is not knowing whether you can finish the treatment affecting you?"),
 ("B", "So you're saying nobody mentioned a cap when you signed up."),
 ("C", "Sitting in pain with a temporary crown while the dentist waits on payment, that's not something you should be dealing with on your own."),
 ("C", "How's the pain been affecting your eating, your sleep, your work?"),
 ("C", "Because you're sitting in pain with half a tooth, I'm approving an exceptional £450 towards the crown now and emailing your dentist the authorisation within the hour."),
 ("C", "I can pay the crown claim early from next year's allowance, so your dentist can finish the work this week."),
 ("C", "For the pain itself you'd need to ring NHS 111, we can't advise on that here."),
 ("C", "Okay, let's just take a breath and calm down a bit, shall we."),
 ("C", "I'm putting this to our clinical review manager as urgent today, because you're in pain."),
 ("C", "You've had a half-finished tooth for a fortnight, so I'm waiving this month's premium on top of the crown payment."),
 ("D", "Your limit resets on your plan anniversary, which is the 1st of March, not January, because that's when you joined."),
 ("D", "We can't split one course of treatment across two plan years, it's treated as a single claim from the date it began."),
 ("D", "It was your choice to start in November, knowing it was late in your plan year."),
 ("D", "I'll ask the claims team to re-check the dates and call you back by 4pm tommorow with the answer."),
 ("D", "I'll look into the dates for you."),
 ("D", "I'm not going to apologise for the policy wording, it is what it is."),
 ("E", "Before we go there, why is it you want to cancel, is it just this one claim?"),
 ("E", "What is it about the plan you feel isn't working for you?"),
 ("E", "Our Gold plan has a £2,000 limit and would cover the rest of the crown if you upgraded today."),
 ("E", "We're the UK's highest-rated dental plan three years running, so you'd struggle to find better cover elsewhere."),
 ("E", "If you cancel now the remaining £220 goes too, so the crown wouldn't be covered at all — are you sure that's really what you want?"),
 ("E", "Before anything else, how has this whole thing affected you, the pain, the time off, the worry about paying?"),
 ("E", "I'll transfer you to our membership team, they're the ones who can close the plan."),
 ("F", "Okay, I've cancelled your plan with effect from today and there'll be no more direct debits."),
 ("F", "Are you sure? What would make you stay if I could knock the premium down?"),
 ("F", "To cancel you'll need to fill in a cancellation form and send it to us with 30 days' notice."),
 ("F", "I'm not going to try to talk you out of it."),
 ("G", "Yes, it's cancelled now, and I'm sending the confirmation letter in today's post."),
 ("G", "It'll be cancelled at the end of the month, after your final payment."),
 ("G", "It's cancelled as of this call, and because it's mid-month your last premium will be refunded pro rata."),
 ("G", "All done, the plan's closed today and the direct debit's been stopped at our end."),
 ("G", "I'll make sure the £450 goes to your dentist by Friday so the crown can be fitted."),
]
DATA.append(("dental-plan-claim-limit", C3, R3))

# 4 ---------------------------------------------------------------------------
C4 = {
 "A": "I dropped my bike off for a service three weeks ago and I still haven't heard a thing.",
 "B": "I ride to work every day. I've been spending a fortune on Ubers and buses.",
 "C": "You told me it'd be ready in five days.",
 "D": "What parts are you even waiting for?",
 "E": "Forget it. I want to cancel the repair and have my bike back, and my $60 deposit.",
 "F": "I don't want a new bike, I want mine.",
 "G": "So is the job cancelled? Can I come and get it?",
}
R4 = [
 ("A", "Hey, Spokes & Co service desk, Tom speaking."),
 ("A", "When we tore it down your rear hub was worn out, and the replacement's on back-order from the supplier, which is why it's still here."),
 ("A", "Sorry, three weeks with no call from us isn't okay, so the labor on this service is free."),
 ("A", "Three weeks without a word from us while you're left wondering where your bike's got to, that's poor."),
 ("B", "What's being without it meant for getting to work and everything else you'd normally use it for?"),
 ("B", "Three weeks of Ubers and buses when you'd normally just ride in, that adds up fast — what's it done to your week, honestly?"),
 ("B", "How's it been affecting your mornings and your budget, not having the bike?"),
 ("B", "I can lend you one of our rental bikes free until yours is ready, you could take it today."),
 ("B", "I'll have a loaner set up and waiting for you by 5 today, and I'll reimburse your bus and Uber receipts if you bring them in."),
 ("B", "To be fair, the Ubers were your call, you could've borrowed a bike in the meantime."),
 ("B", "I know, it's a real pain."),
 ("C", "The five days was an estimate, and the ticket you signed says parts can take longer."),
 ("C", "Five days was for the service alone; once we found the hub needed replacing, the timing was down to the supplier."),
 ("C", "I can't give you a date, because the supplier hasn't given us one."),
 ("C", "We'll let you know when it's in."),
 ("C", "I'll phone the distributer this afternoon and call you back by 6 with a firm delivery date."),
 ("C", "Yeah, and I said I'd be rich by thirty, plans change."),
 ("D", "It's a Shimano 12-speed Micro Spline freehub, they're on a six-week lead time from the distributor."),
 ("D", "It's the rear hub, the bit your back wheel spins on, and the one that fits your gears comes from a single distributor who's out of stock."),
 ("D", "We only fit genuine parts, that's why we're the best-rated shop in town, and honestly it's worth sticking with us over a cheap hack job elsewhere."),
 ("D", "Does that make sense, why we can't just swap in any old hub?"),
 ("D", "You can track the part yourself on the distributor's website if you like."),
 ("E", "Why would you want to cancel now, when the part's probably only a week off?"),
 ("E", "Is it the wait, or is there something else about how we've handled it?"),
 ("E", "For what the hub costs, you could put it toward a new commuter bike, we've got 15% off this month."),
 ("E", "No problem, I've canceled the repair in the system now and your $60 deposit is going back on your card."),
 ("E", "I can refund the deposit, but not the diagnostic, because you signed off on us tearing the hub down."),
 ("E", "I can start canceling it, but the owner has to sign off on the refund."),
 ("E", "If you'd left a working phone number we'd have updated you sooner, the one on the ticket just rings out."),
 ("E", "And you'd want the deposit back on the card you paid with."),
 ("F", "Fair enough, but if you change your mind the trade-in offer on the new Trek stands until Sunday."),
 ("F", "Help me understand what's putting you off, a new bike would have you riding tomorrow."),
 ("F", "Alright, alright, calm down, nobody's selling you anything."),
 ("F", "I'll hand you over to the manager, she's the one who handles deposits."),
 ("F", "I'm getting the service manager onto this now, she can chase the supplier directly."),
 ("G", "Yes, the job's canceled and the bike's been put back together, it's ready for you at the counter."),
 ("G", "It's canceled as of now, and I'll have the bike rebuilt with your old hub by noon tomorrow so you can ride it home."),
 ("G", "Not yet, it's in pieces on the stand, so you can't pick it up until the mechanic puts it back together on Monday."),
 ("G", "It's all canceled, and I'll text you at 11 tomorrow once the bike's on the rack."),
 ("G", "Sure."),
]
DATA.append(("bike-shop-repair-delay", C4, R4))

# 5 ---------------------------------------------------------------------------
C5 = {
 "A": "I've reported the mould in the bathroom and the broken extractor fan four times since October and nothing's happened.",
 "B": "My daughter's asthma has got worse and the black mould is coming back on her bedroom wall.",
 "C": "Every time I call, someone says they'll pass it on to the landlord.",
 "D": "The last person I spoke to said it was condensation from me drying washing indoors.",
 "E": "I've had enough. I'm giving notice, I want to end the tenancy at the end of next month.",
 "F": "I'm not staying, so please just accept my notice.",
 "G": "Has my notice actually been accepted?",
}
R5 = [
 ("A", "Good afternoon, Hamlin Lettings, this is Chloe, how can I help?"),
 ("A", "I'm so sorry — four reports since October and still a broken fan and mould in the bathroom, you shouldn't have had to chase us once, let alone four times."),
 ("A", "Each report went to the landlord for approval, and because a new fan is over our £250 spend limit, it stalled waiting for his sign-off."),
 ("A", "I'm afraid I can't send a contractor without the landlord's say-so, the repair's over our approval limit."),
 ("A", "I'm booking our electrician to replace the fan this Thursday between 1 and 5, and I'll text you the slot within the hour."),
 ("A", "So the fan's broken and there's mould in the bathroom."),
 ("A", "I've logged it as a Category 2 hazard under HHSRS and raised a PPM ticket on the block."),
 ("B", "Watching your daughter's asthma get worse while the mould creeps back onto her bedroom wall must be frightening."),
 ("B", "How has her breathing been, and what has it meant for her sleep and school?"),
 ("B", "Four months of scrubbing mould off the walls is exhausting — what's it been like living with it day to day?"),
 ("B", "Given your daughter's health, I'm taking this to our property manager as an emergency today."),
 ("B", "I'm arranging a professional mould treatment for the bedroom and bathroom at our cost, and a dehumidifier will be delivered tomorrow morning."),
 ("B", "If you'd rather not be in the flat while it's treated, we'll cover two nights in a hotel."),
 ("C", "You've heard 'I'll pass it on' so many times it means nothing, and each time you've gone on living with the mould."),
 ("C", "I'll pass it on to the landlord again."),
 ("C", "I'm going to call the landlord myself before 3 today and ring you back by 5 with a yes or no on the fan."),
 ("C", "The landlord lives abroad and is slow answering emails, wich is why the earlier messages never turned into a repair."),
 ("C", "After four calls that went nowhere, what has all this chasing cost you, in time off work or otherwise?"),
 ("C", "You'd be best reporting it on the tenant portal so it's all in writing."),
 ("D", "To be honest, drying washing on the radiators will cause condensation, so some of this is down to how the flat's being aired."),
 ("D", "The inspection report does say lifestyle condensation, so it isn't a fault with the property as such."),
 ("D", "I'm sorry you were told that; with the fan broken, steam from the shower has nowhere to go, so the mould isn't down to your washing."),
 ("D", "Please calm down, madam, opening the windows more would help, it's really not on us."),
 ("D", "Does that make sense, why the fan matters so much?"),
 ("D", "I'm not saying it's your fault, I'm just saying the windows stay shut a lot."),
 ("E", "Can I ask why you want to leave, if we're getting the fan and the mould sorted this week?"),
 ("E", "Is it really just the mould, or is there something else about the flat?"),
 ("E", "If you stay, the landlord's willing to renew for twelve months with no rent rise."),
 ("E", "Your fixed term runs until August, so I can't accept notice for the end of next month unless the landlord agrees to an early surrender."),
 ("E", "Before we get to that, what's this done to how you feel about living there?"),
 ("E", "I'll put you through to our tenancy team, they handle notices."),
 ("E", "Early surrender means the landlord agrees to let you go before the fixed term ends, and we re-let the flat at no cost to you."),
 ("E", "I understand, damp's horrible, but once the fan's in it's a lovely flat and the rent's well under market, so it's worth staying for."),
 ("F", "What would it take for you to stay — a move to the ground-floor flat on the same road, maybe?"),
 ("F", "Okay, I've accepted your notice now; your tenancy ends on the 30th of next month and I've waived the re-letting fee."),
 ("F", "You'll need to fill in our notice form and send it by recorded post before we can accept it."),
 ("G", "Yes, your notice is accepted as of today, and I'll email the written confirmation before we finish this call."),
 ("G", "It's been received and it's with the landlord, who has to approve it first."),
 ("G", "I'll book your check-out inspection for the 30th at 10am, and I'll make sure no mould-related deductions come off your deposit."),
 ("G", "Yes, it's done — notice accepted today, tenancy ends on the 30th, nothing else for you to send."),
]
DATA.append(("letting-agent-repair-request", C5, R5))


def main():
    rng = random.Random(SEED)
    n = START
    with open(OUT, "w", encoding="utf-8") as f:
        for situation, cust, reps in DATA:
            assert len(reps) == 40, (situation, len(reps))
            assert 6 <= len(cust) <= 7
            rows = list(reps)
            rng.shuffle(rows)
            for key, rep in rows:
                obj = {"id": f"s{n:04d}", "situation": situation,
                       "customer_said": cust[key], "rep": rep}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
                n += 1
    print(f"wrote {n - START} lines to {OUT}")


if __name__ == "__main__":
    main()

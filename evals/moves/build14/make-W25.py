#!/usr/bin/env python3
"""Writer W25: holds the rep lines for five situations and writes sentences-W25.jsonl.

Lines are shuffled within each situation with a fixed seed; ids run s5940-s6139.
"""
import json
import os
import random

SEED = 2540
FIRST_ID = 5940
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W25.jsonl")

# ---------------------------------------------------------------- 1
G = "online-grocery-substitutions"
GA = "Hi, I'm ringing to cancel my delivery pass. That's three weeks running the substitutions have been rubbish."
GB = "Last Saturday they swapped my son's gluten-free bread for normal bread. He's coeliac."
GC = "Why does this keep happening? I ticked no substitutions on loads of it."
GD = "I don't want a discount. I want the pass cancelled."
GE = "And what about the money for the stuff we couldn't use?"
GF = "Is the pass actually cancelled now?"
GG = "This is the third time I've rung you about this."

GROCERY = [
    (GA, "Good morning, you're through to FreshCart, my name's Priya, how can I help today?"),
    (GA, "Before I do that, can I ask what's made you want to cancel the pass?"),
    (GD, "Help me understand, is it the substitutions or the price of the pass you're not happy with?"),
    (GD, "What would it take for you to keep the pass going, if I could knock something off the price?"),
    (GB, "Sending ordinary bread to a coeliac child isn't a small slip, he could have been properly ill from that."),
    (GG, "Three calls, and every time you've had to explain your son's condition from scratch, I'm sorry, that's exhausting."),
    (GC, "So now you're checking every bag by hand because you can't trust what turns up, wich is the opposite of what you pay us for."),
    (GB, "I completely understand how frustrating that must be, but I can't refund anything until the store has checked the order."),
    (GB, "That could have made him really poorly, so how has he been since, and how's it been for you?"),
    (GE, "What has it meant for your week, having to go out and shop again on top of everything?"),
    (GB, "I imagine that caused a bit of chaos at home."),
    (GC, "The no-substitutions tick only works on the items you set it on, so anything left unticked gets swapped when the store runs short."),
    (GC, "I'm sorry, your store ran out on the Saturday slot and the picker's handheld just suggested the nearest match by price."),
    (GB, "Can you tell me what the last three deliveries have actually meant for you and your son?"),
    (GC, "To be fair, substitutions are switched on by default and it's up to you to untick each item."),
    (GC, "There's no allergy note on your account, which is why the pickers wouldn't have known to avoid gluten."),
    (GE, "You accepted the swaps at the door, so that's really not on our end."),
    (GE, "I've refunded the bread, the yoghurts and the oat milk, £14.60, to your card just now, and I'll email you the confirmation before we hang up."),
    (GE, "I can put a £20 credit on your account right now for three weeks of checking every bag, if that helps."),
    (GE, "Refunds for substitutions are something people do get sometimes."),
    (GE, "I'm afraid I can only refund items handed back to the driver, because once they're kept we've no way to check them."),
    (GE, "Policy says swaps accepted on the doorstep can't be refunded after 48 hours, and you've left it a week."),
    (GG, "The refund request has to sit with the store for 72 hours first, there's nothing I can do to speed that up."),
    (GD, "Is there really nothing that'd make you keep it? I can drop it to £3.99 a month for the next six months."),
    (GD, "We're the UK's top-rated online grocer, and the pass saves you about six pounds a week, it'd be a shame to lose that."),
    (GD, "I won't try and talk you round, you've been clear, so I've cancelled the pass this minute."),
    (GF, "That's done, your delivery pass is cancelled as of today, you won't be charged again, and I'll email written confirmation within the hour."),
    (GF, "Okay, I've cancelled the pass now and refunded the unused nine days, so you'll see £2.40 come back as well."),
    (GF, "The pass will stop at the end of your current 30-day period on the 14th, so you can still use it till then."),
    (GD, "I can start the cancellation, but subscriptions have to sign it off."),
    (GD, "You'll need to cancel the pass yourself in the app, under Account and then Subscriptions."),
    (GG, "I'll ring you back myself before 5pm tomorrow to confirm the refund has landed."),
    (GG, "I'm putting an allergy block on your account now, so from Saturday's order nothing with gluten can be swapped in."),
    (GG, "We'll look into it and make sure it gets sorted."),
    (GG, "I'm raising this with the Hatfield store manager as a food-safety complaint today, and they have to reply to you within two working days."),
    (GC, "The SKU was mapped to a like-for-like sub in the picking system, so the handheld gave it a green tick."),
    (GF, "So the pass is cancelled from today and the £20 credit's on, does that all make sense?"),
    (GA, "Can I just take the postcode on the account, please?"),
    (GG, "There's no need to raise your voice, the allergy setting was yours to switch on."),
    (GB, "Let me pass you over to customer care, they handle allergy complaints."),
]

# ---------------------------------------------------------------- 2
E = "energy-supplier-switch-failed"
EA = "I switched to you two months ago and it still hasn't gone through. You and my old supplier are both taking money off me."
EB = "That's nearly four hundred quid gone in two months. I'm on my own with two kids, I haven't got that."
EC = "Why is it stuck? Nobody will tell me anything."
ED = "I want the money you've taken back."
EE = "Honestly, just cancel the switch. I'll stay where I was."
EF = "So what happens now?"
EG = "I'm sick of being passed from pillar to post."

ENERGY = [
    (EA, "Hiya, thanks for calling Lumen Energy, you're speaking with Dan."),
    (EC, "The switch is stuck because the meter serial on your application doesn't match the national database, so the industry system keeps rejecting it."),
    (EC, "There's an MPAN mismatch on the registration and the D0 flow never came back, so we've missed the SSD twice."),
    (EA, "Until the switch completes, Northgrid are still your supplier by law, which is why they're billing you, and to be honest we shouldn't be."),
    (EF, "I've withdrawn it now, so the industry record goes back to showing Northgrid and your account with us closes on a zero balance."),
    (EC, "The meter number you typed in when you signed up was wrong, that's what held everything up."),
    (EC, "I'm afraid the hold-up is on Northgrid's side, they raised an objection, it's not ours."),
    (ED, "If you'd cancelled your old direct debit like the welcome email said, you wouldn't have paid twice."),
    (EB, "Nearly four hundred pounds gone in two months, with two kids on one income, when you only switched to save money, that's a real hole."),
    (EG, "Two months of ringing two companies who just point at each other, how are you holding up with all that?"),
    (EB, "You've been paying for your energy twice while we sat on a rejected application, and I'm sorry, that's on us."),
    (EB, "Sorry for any inconvenience this may have caused."),
    (EB, "How has losing that money affected things at home for you and the kids?"),
    (EG, "What has all this chasing taken out of you, alongside work and everything else?"),
    (EC, "Can you read me the serial number off the front of your meter?"),
    (ED, "I'm refunding both of our direct debits, £186.40, to your bank today, and it'll show within five working days."),
    (ED, "I'll also add £50 to your account as goodwill, for two months of chasing us while paying twice."),
    (ED, "I can't refund the direct debits until the switch has either completed or been withdrawn."),
    (ED, "The most I'm allowed to refund on a call is £50, anything over that needs sign-off."),
    (EF, "Nothing can move until the industry system updates overnight, so you'll just have to hang on till then."),
    (EE, "Can I ask why you'd want to go back to Northgrid, after what they've charged you?"),
    (EE, "What would it take for you to stick with the switch?"),
    (EE, "Is it really us you're unhappy with, or just the paperwork?"),
    (EE, "If you stay with the switch, I'll lock your unit rate at today's price for 24 months."),
    (EE, "We're the cheapest fixed tariff on the market right now, so going back to Northgrid will cost you more."),
    (EE, "I'd hate for you to lose the saving, so would you let me correct the meter number and keep the switch going?"),
    (EE, "Okay, I've withdrawn the switch now, so you stay with Northgrid and we won't take another payment."),
    (EE, "That's the withdrawal done our end, and I've refunded everything we took, so you're not out of pocket with us at all."),
    (EE, "You'll need to fill in a withdrawal form and send it back before we can cancel the switch."),
    (EE, "I can start the withdrawal, but it won't be final until Northgrid accept it."),
    (EF, "I'll resubmit the registration with the correct meter number today and ring you on Thursday afternoon with the new switch date."),
    (EG, "I'm emailing Northgrid's switching team this morning, and you'll have a written update from me by Friday."),
    (EF, "Someone will get back to you about it."),
    (EG, "I'm logging this as a formal complaint with our switching specialists right now, and they'll call you within 48 hours."),
    (EG, "Let me put you through to the switching team, they can see the industry side of it."),
    (ED, "I can't stop Northgrid's direct debit from here, you'd need to ring them directly."),
    (EF, "So I've withdrawn the switch just now, we stop billing today and Northgrid keep supplying you, is that clear?"),
    (EG, "Please calm down, shouting at me won't make the switch go any quicker."),
    (EA, "Well, the system's never wrong, is it."),
    (EA, "So you've been billed by both of us."),
]

# ---------------------------------------------------------------- 3
C = "childrens-holiday-club-refund"
CA = "You've cancelled the summer club four days before the holidays. We both work full time."
CB = "I paid £420 for two kids for three weeks and I want it back."
CC = "Why was it cancelled so late?"
CD = "We've had to take unpaid leave, and my mum's coming down from Leeds to help."
CE = "Vouchers? I don't want vouchers."
CF = "And cancel my October half-term booking as well. I'm not trusting you again."
CG = "When will I actually see the money?"

CLUB = [
    (CA, "Hello, Sunnyside Holiday Clubs, Megan speaking, how can I help?"),
    (CC, "The school we hire at Ashby told us last Thursday the hall's being resurfaced over summer, so we lost the site."),
    (CC, "I'm so sorry, two of our leaders' DBS checks didn't come back in time, so we couldn't staff Ashby safely."),
    (CC, "We dropped below ratio under EYFS for that site, so the sessions were auto-voided on the booking system."),
    (CG, "Card refunds take three to five working days to show, because your bank holds them before releasing the money."),
    (CA, "Four days' notice, two kids and both of you working full time, that leaves you with almost nowhere to turn."),
    (CD, "Unpaid leave and your mum travelling down from Leeds, that's costing your family far more than the £420."),
    (CD, "You planned your whole summer around us and we pulled the rug out the week before, I'm really sorry."),
    (CA, "I understand, it's very frustrating."),
    (CA, "How are you going to manage the next three weeks with work, and how are you both holding up?"),
    (CD, "What has this meant for your jobs, and for the kids, who were probably looking forward to it?"),
    (CD, "Can you tell me how the week's looking for you now, with the club gone?"),
    (CB, "I'm putting a full refund of the £420 through to your card now, because you shouldn't be out of pocket on top of losing your childcare."),
    (CB, "I can also hold two places for the kids at our Ravensthorpe site, which is still running, at no extra cost."),
    (CE, "There is a refund process."),
    (CE, "I'm afraid when we cancel, our terms say we refund in credit vouchers, not cash."),
    (CB, "The £25 booking fee is non-refundable in all cases, so I can't give that back."),
    (CG, "Refunds only go out in the monthly payment run, so it won't be before the end of August."),
    (CC, "The cancellation email went out Monday morning, if you'd checked your inbox you'd have had more notice."),
    (CC, "Our terms do say a session can be cancelled up to 72 hours beforehand, and you agreed to that when you booked."),
    (CC, "The venue pulled out on us, so honestly that wasn't something we had any control over."),
    (CB, "I'll process the refund myself this afternoon and email you the confirmation before five."),
    (CD, "I'm ringing the Ravensthorpe manager straight after this and I'll text you by 10am tomorrow whether both kids are in."),
    (CG, "We'll sort something out for you."),
    (CF, "Why would you cancel October too, when it's at a completely different venue?"),
    (CF, "Help me understand what it'd take for you to keep October, because I can definately do something on the price."),
    (CF, "If you keep October, I'll take 25% off and throw in an extra day free."),
    (CF, "What's wrong with October, though? It's at our main site with the climbing wall, and it's never once been cancelled."),
    (CF, "Done, the October half-term booking's cancelled and the £140 is going back to your card with the summer refund."),
    (CF, "Right, October's cancelled as of now, you'll recieve the cancellation email in the next few minutes."),
    (CF, "Your October booking will be cancelled at the end of the summer term, once the registers close."),
    (CF, "To cancel October you'll need to fill in the online cancellation form, I can't do it from here."),
    (CC, "I'm referring this to our operations manager today, and she'll ring you herself by Wednesday."),
    (CF, "I'll transfer you to the bookings team for October."),
    (CB, "Refund queries go through the parent portal, there's a form under My Bookings."),
    (CG, "So the full £420 is on its way back, October's cancelled as of now, and you'll get an email from me by five, does that sound right?"),
    (CB, "Could I take the booking reference, it starts with SS?"),
    (CE, "I need you to calm down before we go any further, please."),
    (CC, "Sure, I'll just magic up a new school hall, shall I."),
    (CE, "Refund. Vouchers. Right."),
]

# ---------------------------------------------------------------- 4
P = "phone-contract-price-rise-mid-term"
PA = "My bill's gone up four pounds a month halfway through my contract. Nobody told me that could happen."
PB = "I'm on a pension. I picked this deal because the price was meant to be fixed."
PC = "Where does it say that? I was never shown it."
PD = "If you're putting the price up, I want to leave without paying the exit fee."
PE = "I don't want another deal, I want out."
PF = "So is my contract cancelled or not?"
PG = "I've been with you eleven years, you know."

PHONE = [
    (PA, "Good afternoon, thank you for calling Vireo Mobile, my name is Tom, can I take your name please?"),
    (PA, "Your contract goes up once a year in April by the inflation rate plus 3.9%, and this year that came to about four pounds."),
    (PC, "It's the CPI-plus uplift applied at the annual re-rate, clause 7.2 of the T&Cs."),
    (PC, "CPI is the government's figure for how much prices rose over the year, and your contract adds 3.9% on top of that."),
    (PC, "Sorry, I've checked, and the rise was only in the full terms online, it wasn't on the summary you signed in store."),
    (PC, "It was in the terms you signed, so I'm afraid you did agree to it."),
    (PC, "The price rise was in the key facts email we sent when you joined, it may have gone to your junk folder."),
    (PC, "You really should have read the contract before you signed it."),
    (PB, "You chose this deal precisely because you thought the price was fixed, and on a pension every extra pound has to come from somewhere."),
    (PG, "Eleven years with us and nobody mentioned a rise costing you nearly fifty pounds a year, so what has it meant for you, finding out like this?"),
    (PA, "I hear you, and I appreciate you raising it."),
    (PB, "How is the extra four pounds a month landing for you, with your pension?"),
    (PB, "What difference does this make to how you manage your bills each month?"),
    (PD, "Why would you want to leave over four pounds?"),
    (PE, "What is it you're unhappy with, apart from the price, because there might be a plan that suits you better?"),
    (PD, "I can move you to our Social Tariff at twelve pounds a month with the same data, which saves you more than the rise."),
    (PD, "If you stay, I'll knock four pounds off every month until the contract ends, so you're back at your old price."),
    (PE, "Can I ask what's actually making you go, before I mention our SIM-only plans? A couple are cheaper than what you pay now."),
    (PG, "We've got the most reliable network in the country, and at your stage of the contract I could get you a better deal to stay."),
    (PD, "I'm afraid the price rise doesn't let you leave without the early termination charge, because it was in the contract."),
    (PD, "I'm not able to waive the exit fee, that's only something retentions can do."),
    (PF, "Why do you need it cancelled today? There's a 30-day notice period it has to go through anyway."),
    (PF, "Right, I've canceled the contract today with no exit fee, and your PAC code's on its way by text."),
    (PF, "That's all processed, your line's cancelled and the final bill will be for this month only."),
    (PF, "Your contract will close at the end of your notice period on the 3rd of June, and you'll be billed until then."),
    (PF, "I can start the cancellation, but you'll need to text PAC to 65075 for your code first."),
    (PA, "I'm refunding the extra four pounds for every month since April, twelve pounds, onto your account now, as that's money you'd budgeted for something else."),
    (PD, "I can take the exit fee off completely, since the rise was never properly explained to you."),
    (PC, "I'll email you the exact page with the price clause within the hour, so you can see it for yourself."),
    (PG, "I'm logging this as a complaint now, and the complaints team will call you by Friday with a final answer."),
    (PG, "I'll make sure someone looks at it at some point."),
    (PC, "I'm raising this with my team leader, because it looks like the rise wasn't in your welcome pack at all."),
    (PD, "Let me transfer you to retentions, they're the only ones who can look at leaving fees."),
    (PC, "You can read your contract terms any time in the My Vireo app under Plan details."),
    (PA, "So the rise is inflation plus 3.9%, once a year in April, does that make sense?"),
    (PA, "I'm sorry, you signed up for a fixed price in good faith and nobody told you otherwise."),
    (PB, "Madam, please just take a breath and calm down, we'll get there."),
    (PC, "Of course, everybody reads page eleven of the terms, don't they."),
    (PE, "I won't bother you with upgrade offers, you've had enough of us, so the cancellation's going through right now."),
    (PA, "Let me just bring up your contract."),
]

# ---------------------------------------------------------------- 5
W = "warehouse-shipping-b2b-damages"
WA = "Three pallets of my ceramics have turned up smashed this month and you've refused every claim."
WB = "I've had to refund two wholesale customers, and one of them has stopped ordering from me."
WC = "Why were the claims refused? Everything was wrapped properly."
WD = "I want those claims paid."
WE = "I'm seriously thinking of closing the account and going to another carrier."
WF = "Fine. Close the account."
WG = "And what's happening with the pallet that's still sitting in your depot?"

WAREHOUSE = [
    (WA, "Morning, ParcelLink business support, this is Gareth."),
    (WC, "The claims were declined because your customers signed for them as received in good condition, and after that there's no record of where the damage happened."),
    (WC, "Ceramics count as fragile under our terms, so they're only covered if the enhanced cover's added at booking."),
    (WC, "They went through the hub on a standard tariff without the FRG flag, so with a clean POD the claim auto-declined."),
    (WC, "Sorry, I can see now the second pallet was dropped by a forklift at our Daventry hub, it's there on the handling log."),
    (WG, "The fourth pallet's being held at Daventry because its label was torn off, so the system doesn't know where to send it."),
    (WC, "The pallets weren't shrink-wrapped to our standard, so the damage is down to your packaging."),
    (WC, "Your customer signed the delivery as clean, so technically that's on the receiving end, not on us."),
    (WD, "You should have declared them as fragile, that's really on you."),
    (WB, "Refunding two wholesale customers out of your own pocket, and then watching one of them walk, is a huge hit for a small shop."),
    (WA, "Three smashed pallets in a month, each one weeks of your own work, what has that done to your production schedule?"),
    (WA, "Sorry for any inconvenience caused. How's the shop coping?"),
    (WB, "How much has this cost the business, beyond the stock itself?"),
    (WB, "What's the knock-on been with your other wholesale customers since?"),
    (WA, "Can you give me the three consignment numbers?"),
    (WE, "Why would you leave after four years over three pallets?"),
    (WE, "Before I close anything, what exactly is pushing you to another carrier?"),
    (WE, "If you stay, I can put you on Business Plus with fragile cover included free for twelve months."),
    (WE, "What would it take to keep you? I can offer 15% off your pallet rates for the next quarter if the account stays open."),
    (WE, "Honestly, we've got the lowest damage rate of any pallet network in the UK, and I'd rather fix this than lose you."),
    (WD, "I'm unable to reopen a claim once it's been declined, that decision is final."),
    (WD, "Without enhanced cover we only pay up to £50 a pallet, that's the limit."),
    (WD, "Claims take 28 days to review and I can't hurry that along."),
    (WD, "I can reopen the Daventry claim right now and pay the full invoice value of £1,240, since our own log shows the forklift drop."),
    (WD, "I'll credit £300 to your account now against the other two pallets while they're reviewed."),
    (WD, "Compensation is something we do look at in cases like this."),
    (WD, "I'll reopen the other two claims today and email you the outcome by Wednesday noon."),
    (WG, "I'm booking that pallet onto tomorrow morning's trunk to your customer, and I'll send you the tracking by six tonight."),
    (WG, "I'll chase the depot about it."),
    (WD, "I'm escalating all three claims to our claims manager now, and she'll call you before the end of tomorrow."),
    (WF, "Your account's closed now, and I'll put you through to claims so the open ones carry on."),
    (WC, "All claim disputes have to go through the portal, you can upload your photos there."),
    (WF, "I've closed your business account as of today, there's no minimum term, and the open claims carry on regardless."),
    (WF, "That's the account closed now, and I've waived this month's account fee given everything."),
    (WF, "The account will close at the end of your billing month, once the final invoice is paid."),
    (WF, "To close a business account you'll need to send us a signed letter on company letterhead."),
    (WF, "So the account's closed as of today and the Daventry claim's being paid, have I got that right?"),
    (WB, "I apologize, you've lost stock, money and a customer, and we made it worse by knocking back every claim."),
    (WC, "Look, getting worked up won't help, calm down, the packaging wasn't up to spec and that's the issue."),
    (WC, "Oh sure, we smash pallets on purpose, it's our favourite hobby."),
]

SITUATIONS = [
    (G, GROCERY),
    (E, ENERGY),
    (C, CLUB),
    (P, PHONE),
    (W, WAREHOUSE),
]


def main():
    rng = random.Random(SEED)
    n = FIRST_ID
    rows = []
    for name, lines in SITUATIONS:
        assert len(lines) == 40, (name, len(lines))
        order = list(lines)
        rng.shuffle(order)
        for customer_said, rep in order:
            rows.append({"id": f"s{n:04d}", "situation": name,
                         "customer_said": customer_said, "rep": rep})
            n += 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()

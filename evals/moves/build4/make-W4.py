# Builds sentences-W4.jsonl (ids s1740-s1939). Data written by hand; shuffled per situation, fixed seed.
import json, random

SITS = {}

# ---------------- airline-delay-refund ----------------
A = "My flight to Lisbon was delayed five hours and I missed my sister's rehearsal dinner. I want a refund."
B = "Why was it even delayed? Nobody told us anything at the gate."
C = "The app says I'm only getting a $15 meal voucher. That's insulting."
D = "What's this 'extraordinary circumstances' thing in your email?"
E = "Honestly, just cancel my return flight and refund the whole booking."
F = "How long is the refund going to take?"
G = "I've been on hold for an hour, this is ridiculous."
SITS["airline-delay-refund"] = [
 (B, "What happened is the inbound aircraft had a bird strike in Frankfurt, and it had to be inspected before it could fly again, which is why your departure slipped five hours."),
 (B, "The crew had run out of legal duty hours after the earlier hold-up, so we had to call in a standby crew from home, and that took a while."),
 (D, "'Extraordinary circumstances' just means something outside our control, like a storm or an air traffic control strike, and in those cases the law doesn't require us to pay the fixed compensation."),
 (D, "Basically that phrase is the airline saying the delay wasn't our fault. But yours was a technical fault, and those usually don't count, so I'd challenge it."),
 (F, "Refunds go back to the original card, and your bank then takes five to ten business days to show it, because it's processed as a reversal rather than a new payment."),
 (C, "The voucher is just for food at the airport while you wait; it's separate from any compensation, which is worked out on distance and how late you arrived."),
 (A, "Since you got in more than three hours late on a flight over 1,500 km, you're entitled to 400 euros, and that figure is set by regulation, not by us."),
 (E, "If I cancel the return now, the fare rules treat it as a voluntary cancellation, so you'd only get the airport taxes back, not the ticket price."),
 (B, "Sorry nobody updated you at the gate. The ground team only get a new departure time once engineering signs the plane off, so they genuinely didn't know."),
 (G, "Hold times are long this week because every flight out of Gatwick was hit by the same air traffic restrictions, and we've got thousands of rebooking calls."),
 (C, "The app offers the voucher automatically the moment a delay passes two hours; it doesn't look at your claim at all, that's handled separately."),
 (F, "The claim goes to a team that checks the engineering log for your flight first, that's why it can take up to 28 days instead of being instant."),
 (A, "Short answer: you can't get a refund for a flight you actually took, but you can get compensation for the delay, which is a different thing."),
 (B, "The plane you were meant to be on got stuck in Madrid with a hydraulic issue, so we swapped in another one from Manchester and it had to fly down empty first."),
 (E, "Your return is on a seperate booking reference, so the outbound delay doesn't touch it and it follows its own fare rules."),
 (D, "Its a legal term, it covers stuff like weather or strikes. Ours was a mechanical fault so it shouldn't apply to you."),
 # near-misses
 (C, "The fifteen dollar voucher is the correct amount for a delay of that length."),
 (E, "I'm afraid I can't refund the return flight, it's company policy."),
 (B, "The delay was caused by an operational event."),
 (B, "It was a tech log deferral on the APU, MEL item, so the aircraft was AOG until engineering cleared it."),
 (A, "Honestly, you should have taken the rebooking we offered at the gate."),
 (G, "We're the most punctual airline in Europe three years running, so this really is unusual."),
 (A, "So you were delayed five hours and missed a family dinner in Lisbon."),
 (F, "I'll submit the claim today and you'll get an email by Friday with the reference number."),
 (G, "Our systems have been super slow all day, it's not my fault."),
 (D, "That's just standard wording, it's in all our emails."),
 # other moves
 (A, "Good afternoon, you're through to SkyWays customer care, my name's Priya."),
 (G, "I completely understand your frustration."),
 (A, "Missing your sister's rehearsal dinner after planning the whole trip around it, that's a really rotten way to start a family wedding."),
 (G, "I'm really sorry you were kept waiting that long."),
 (A, "How did the delay affect the rest of your trip?"),
 (C, "I can add the 400 euros compensation to your claim and refund the taxi you took from the airport that night."),
 (G, "I'm going to flag this to a duty manager so they can review the voucher decision."),
 (F, "Let me put you through to our refunds team, they'll be able to see the payment."),
 (E, "You'll need to fill in the online claims form at skyways.com/claims for that."),
 (G, "Ma'am, I need you to calm down so I can help you."),
 (D, "Does that make sense?"),
 (E, "Instead of cancelling, I could give you 5,000 bonus miles and a free seat upgrade on the return?"),
 (C, "Oh yes, fifteen bucks, that'll totally make up for a missed dinner."),
 (E, "Right, your return flight is cancelled now and the refund request has gone through."),
]

# ---------------- vet-clinic-billing ----------------
A = "Hi, I'm calling about the bill for my dog Biscuit's surgery, it's £400 more than the estimate."
B = "What are the 'hospitalisation' and 'sundries' charges on the invoice?"
C = "Nobody told me he'd need to stay overnight."
D = "I'm on a pension, I can't just pay this in one go."
E = "I want to cancel the monthly wellness plan as well, I've had enough of this practice."
F = "Will my pet insurance cover any of it?"
G = "Why did the anaesthetic cost so much?"
SITS["vet-clinic-billing"] = [
 (A, "The estimate covered a straightforward removal, but once the vet opened him up the lump was bigger than expected, so the surgery took an extra forty minutes."),
 (B, "Hospitalisation is the charge for his kennel overnight, the nurse checking on him every few hours, and his drip."),
 (B, "Sundries are the little bits used during the op: swabs, gloves, stitches, the cone he came home in."),
 (G, "Anaesthetic is charged by time and by weight, so a 38 kilo dog under for two hours costs more than the estimate assumed."),
 (C, "He came round slowly from the anaesthetic and his temperature was low, so the vet wanted him monitored overnight rather than sending him home."),
 (C, "I'm sorry nobody rang you. The vet meant to call before keeping him in, but an emergency came through and it slipped."),
 (F, "Your insurer only pays us direct if you've signed the direct claim form; otherwise you pay us and they reimburse you, usually within a couple of weeks."),
 (F, "Most policies have an excess per condition, so they'd cover everything above your first £99, as long as the lump wasn't there before you took the policy out."),
 (E, "The wellness plan runs on a twelve-month commitment, because the vaccinations and flea treatment are discounted up front and spread across the year."),
 (A, "An estimate is our best guess before we see inside; the invoice is what was actually used, which is why the two can differ."),
 (D, "Basically the payment plan splits the bill into three monthly direct debits, and there's no interest since it's run by us, not a lender."),
 (B, "The £35 clinical waste line is what we pay a licensed company to collect and incinerate used needles and tissue."),
 (G, "The thing is, he's a flat-faced breed, so we used a gas anaesthetic that's safer for his airway but a fair bit pricier."),
 (A, "Histology's on there too, that's sending the lump to a lab to check whether it's cancerous, and it wasn't in the estimate."),
 (E, "If you cancel the plan now you'd pay back the difference on the discounted vaccine he already had, since that discount assumed a full year."),
 (D, "Our accounts system sends a reminder at 14 days and adds a late fee at 30, so if we set up a plan today none of that kicks in."),
 # near-misses
 (A, "The invoice is correct, I've checked it line by line."),
 (G, "That's the standard anaesthetic charge for a procedure of that type."),
 (E, "We can't cancel the wellness plan mid-term, practice policy I'm afraid."),
 (C, "It was on the consent form you signed at admission."),
 (B, "Sundries are sundries, it's all itemised in the PMS."),
 (G, "He had a propofol induction, maintained on isoflurane with IPPV, plus meloxicam and methadone post-op."),
 (A, "We're the only accredited veterinary hospital in the area, our standards are higher than anyone's round here."),
 (D, "So you're saying you can't pay the full £1,240 today."),
 (F, "Insurance is between you and your insurer, it's not really our concern."),
 (B, "Hospitalisation, sundries, histology, yep, all on there."),
 # other moves
 (A, "Morning, Riverside Vets, Hannah speaking, how can I help?"),
 (D, "On a pension, a bill four hundred pounds over what you were quoted is a real shock, especially on top of all the worry about Biscuit."),
 (A, "I can appreciate that's not what you wanted to hear."),
 (C, "How was it for you, not knowing he was being kept in overnight?"),
 (C, "Because we didn't phone you first, I'm going to take the £120 overnight charge off the bill."),
 (F, "I'll send the claim form to your insurer this afternoon and ring you tomorrow before noon to confirm they've recieved it."),
 (F, "You'd need to call your insurer on the number on your policy documents for that."),
 (A, "I'll ask the practice manager to review the invoice against the original estimate."),
 (E, "Can I ask what's made you want to leave us after all these years?"),
 (E, "If you stay on the plan I can move you up to the Plus tier at the same price, which includes dental checks."),
 (E, "OK, I've cancelled the wellness plan, there won't be any more direct debits after this month."),
 (D, "I'm not going to pretend that's a small amount of money for anyone."),
 (B, "That's clearer now, yeah?"),
 (G, "Right, let me just pull up the surgery notes."),
]

# ---------------- car-insurance-claim ----------------
A = "Someone reversed into my parked car three weeks ago and I still haven't heard anything."
B = "Why am I paying a £250 excess when it wasn't my fault?"
C = "The courtesy car you gave me is tiny and I've got three kids."
D = "What does 'subrogation' mean? It's in the letter you sent."
E = "My no-claims discount has disappeared off my renewal quote."
F = "I've been without a proper car for three weeks, I've had to turn down shifts."
G = "I want to speak to someone senior, and frankly I want to cancel my policy."
SITS["car-insurance-claim"] = [
 (A, "What's happened is the other driver's insurer hasn't accepted liability yet, and we can't sign off the repair until they do or we decide to go ahead without them."),
 (A, "Your car's at the bodyshop waiting on a rear parking sensor from Germany; it's back-ordered, and that's the hold-up, not the claim itself."),
 (B, "You pay the excess up front because we fix your car before we've recovered anything; once the other insurer pays us back, the £250 comes back to you."),
 (D, "Subrogation just means we step into your shoes and chase the other driver's insurer for what we've paid out, so you don't have to."),
 (E, "The claim's still open, and while it's open the system treats it as a fault claim by default, which is why your discount dropped off the quote."),
 (E, "Once the other side admits fault, the claim's marked non-fault and your no-claims discount goes back on, usually with a refund of the difference."),
 (C, "Courtesy cars are a small hatchback as standard because they come from the repairer's own fleet, not a hire company."),
 (C, "Your policy has the basic courtesy car cover; the like-for-like hire car is on the Premier level, so that's why you got the small one."),
 (A, "Basically claims go through three stages: we gather the evidence, the engineer values the damage, then the other insurer has 21 days to respond, and you're in the third."),
 (F, "Lost earnings aren't covered on your own policy, but they're an uninsured loss you can claim from the other driver's insurer, since the accident was their fault."),
 (B, "Sorry, I know it feels backwards. The excess is there because your policy pays first, and we only get it back once the other side settles."),
 (D, "It's in the letter because we need your permission to pursue them in your name, nothing you need to do beyond signing it."),
 (G, "If you cancel mid-claim the claim carries on, but there's a £45 cancellation charge and any refund is worked out on the days left."),
 (A, "The engineer's report came back last Tuesday saying the bumper mounts were cracked as well, so the repair estimate had to go back for approval."),
 (F, "The upgrade request sat in our old claims inbox, wich only gets checked weekly, so nobody saw it for days."),
 (E, "No-claims is a discount for years without a claim; an open claim pauses it, it doesn't wipe it."),
 # near-misses
 (B, "The excess is £250, as stated in your policy schedule."),
 (A, "It's with the TPI pending LOA, and the file's flagged for ADR if they don't come back."),
 (A, "Your claim is progressing as expected."),
 (G, "I'm not able to cancel the policy while a claim is open, that's our policy."),
 (A, "If you'd got the other driver's insurance details at the scene, we wouldn't be waiting this long."),
 (C, "We're rated the number one car insurer for claims satisfaction, you know."),
 (F, "So the claim was opened on the 3rd, and you've had the courtesy car since the 5th."),
 (E, "The renewal quote is system-generated."),
 (D, "Subrogation is standard on all claims."),
 (F, "That's really a matter for the bodyshop, not for us."),
 # other moves
 (A, "Hello, thanks for holding, you're through to claims, it's Marcus."),
 (F, "Three weeks squeezing three kids into a tiny hatchback and turning down shifts on top of it, that's a lot to carry for something you didn't cause."),
 (F, "How has not having your own car affected your work and getting the kids about?"),
 (A, "I'm sorry, we should have called you with an update long before now."),
 (C, "I'm going to swap the courtesy car for a seven-seater hire car, delivered to you tomorrow."),
 (A, "I'll chase the other insurer today and call you back by Thursday at 5 with where things stand."),
 (G, "I'm raising this with a claims team leader, and I've marked the file as a formal complaint."),
 (G, "I'll pass you over to our customer relations team now."),
 (G, "Why would you want to cancel now, right in the middle of a claim?"),
 (G, "Before you go, I could move you to Premier cover at no extra cost for the rest of the year?"),
 (G, "Sir, there's no need to raise your voice."),
 (B, "So that makes sense, yeah, how the excess comes back to you?"),
 (G, "I won't pass you around, I'll stay on this one myself."),
 (B, "I totally get it, that's really annoying."),
]

# ---------------- streaming-price-rise ----------------
A = "My subscription went from $15.49 to $17.99 and I never got any warning."
B = "Why does it keep going up? You raise it every single year."
C = "I want to cancel. Today, please."
D = "What's this 'ad-supported tier' you emailed me about?"
E = "I was charged twice this month."
F = "Will I lose my watch history and profiles if I cancel?"
G = "Don't try to sell me anything, I just want it done."
SITS["streaming-price-rise"] = [
 (A, "The notice went out by email on March 2nd, thirty days before the change, but it went to the Hotmail address on the account, which might be one you don't check anymore."),
 (B, "The price goes up mainly because the licensing fees for the shows we carry get renegotiated every year, and those have roughly doubled since 2021."),
 (B, "The thing is, your old price was locked in from a 2022 promo, and that lock ended this month, so you jumped two increases at once."),
 (D, "The ad-supported tier is a cheaper plan, $7.99, where you get a few short ads before and during shows instead of paying full price."),
 (E, "What you're seeing is a pending authorization from when you updated your card, plus the real charge. The pending one drops off in three to five days."),
 (E, "You got charged twice because the renewal ran on the 1st and then again after the plan change on the 3rd, and the system didn't void the first one."),
 (F, "Your profiles and watch history are kept for ten months after you cancel, so if you come back within that time everything's still there."),
 (C, "If you cancel today you keep access until the end of the period you've already paid for, the 18th, and then it just stops; there's no partial refund."),
 (A, "The new price applies to everyone on Standard, not just you; it's a flat change across the plan, starting on your first bill after the notice."),
 (B, "Prices vary by country too, since we pay local taxes and the content deals are bought region by region."),
 (D, "Basically it's the same library minus a handful of movies we don't have ad rights for."),
 (E, "Sorry about that, our billing moved to a new payment provider last week and some accounts got billed by both the old one and the new one."),
 (C, "Cancelling stops the next renewal, it doesn't delete the account, which is why you'll still see it in the app for a while."),
 (A, "Sales tax went up in your state as well, from 6 to 7 percent, so part of the jump is tax rather than us."),
 (F, "Downloads will disappear straight away though, because they're only licensed while you have an active plan."),
 (G, "No pitch, promise. The reason it runs to the 18th is you've already paid up to then."),
 # near-misses
 (A, "The new price is $17.99, that's correct."),
 (B, "Price changes are a business decision, I don't have any more information than that."),
 (E, "Both charges are valid, I'm seeing two successful transactions."),
 (C, "I'm unable to cancel it for you today."),
 (D, "It's AVOD with SSAI, basically a hybrid SVOD tier."),
 (B, "We have the largest library of any streaming service, so it's still great value."),
 (A, "You would have gotten the email if you'd kept your contact details up to date."),
 (C, "So you want to cancel today."),
 (B, "Yeah, there was a price change."),
 (E, "I'll refund the duplicate charge today, and you'll get an email confirming it within the hour."),
 # other moves
 (A, "Hey there, thanks for reaching out to StreamBox, I'm Jordan."),
 (A, "I hear you, nobody likes a surprise on their bill."),
 (C, "Before I do that, can you tell me why you're cancelling?"),
 (G, "What would it take to keep you with us?"),
 (C, "How about three months at $9.99 if you stay? That's almost half off."),
 (D, "You could drop to the ad-supported plan and save eight bucks a month instead of leaving."),
 (C, "Done, your subscription's cancelled and you won't be billed again."),
 (C, "You'll have to cancel through the Account page on the website, I can't do it from here."),
 (E, "Apologies for the double charge."),
 (F, "Is that clear enough?"),
 (B, "Yep, we just love raising prices for fun."),
 (G, "I'm supposed to offer you a discount at this point, but I'll skip it."),
 (C, "Cancel, got it."),
 (B, "Paying more every year for the same shows, when you've been with us since 2016, I'd be annoyed too."),
]

# ---------------- home-move-broadband ----------------
A = "I'm moving house on the 14th and I need my broadband moved with me."
B = "Why is the earliest install date three weeks after I move in?"
C = "I work from home, I can't go three weeks without internet."
D = "The new place can only get 30 meg, not the 500 I pay for now. I want to cancel."
E = "Why would I pay an early exit fee when you can't provide the service?"
F = "What's this 'line activation charge' on the quote?"
G = "Sorry, I'm a bit lost with all this, it's my first move."
SITS["home-move-broadband"] = [
 (B, "The new flat has never had fibre connected, so an engineer has to run a cable from the street cabinet, and those visits are booked about three weeks out in your area."),
 (B, "What happened is the previous tenant's line is still active with another provider, and we can't take it over untill they cease it."),
 (D, "Your new street is only on the old copper network, so the top speed there is around 30 meg; the 500 you get now is full fibre, which hasn't reached that road yet."),
 (E, "Normally the exit fee covers the rest of your contract, but if we can't match your speed at the new address the fee is waived, because we can't deliver what you signed up for."),
 (F, "The line activation charge is a one-off £60 for switching the line on at the exchange and testing it; it's not monthly."),
 (G, "No worries, so basically we close the service at the old place on the 14th, switch on at the new place, and post you the router ahead of time."),
 (C, "A 4G hub works off the mobile network, so it doesn't need the line at all, which is why it'd get you online the day you move in."),
 (B, "It's three weeks because Openreach, who own the cables, schedule the engineers, not us, and they're booked solid in your postcode."),
 (E, "The exit fee is what's left of the discount you got for signing up for 24 months, spread over the months remaining."),
 (G, "Basically, moving your broadband is like a new install at the new address, but your contract and account number stay the same."),
 (A, "We need 30 days' notice for a home move because the order goes through the network operator and they have to check what the new address can get."),
 (D, "The speed checker gives a range because it's estimated from the distance to the cabinet; the real speed's only known once the line is live."),
 (F, "You're seeing it because the new address needs a brand new line; if there'd been a working one already, it wouldn't apply."),
 (C, "Sorry, three weeks is awful when you work from home. The delay's down to the road permit the engineer needs to dig up the pavement, and the council takes about ten days."),
 (E, "The contract says you can leave without a fee if the new property can't get at least 80% of your current speed, and 30 is well under that."),
 (A, "Your router works at the new place too, it just needs the new line plugged into it, so don't send it back."),
 # near-misses
 (E, "The early termination fee is £186, that's the correct figure."),
 (E, "I can't waive the exit fee, I'm afraid that's policy."),
 (B, "It's an FTTP new-build provision with a civils dependency, so it's sat on a KCI3 hold."),
 (A, "You should really have given us 30 days' notice."),
 (D, "We've got the fastest full-fibre network in the country, so I'd be surprised if you didn't get something better."),
 (B, "That's just the earliest date the system gives me."),
 (D, "So you're saying the new address only gets 30 meg and you want to cancel."),
 (F, "It's a standard charge."),
 (C, "I'll book the engineer for the 2nd and text you the time slot tomorrow morning."),
 (B, "It's not us, it's the network, honestly."),
 # other moves
 (A, "Hiya, welcome to Brightline, you're speaking with Leanne."),
 (C, "Three weeks without broadband when your whole job runs on it, that's your income on the line, not just Netflix."),
 (C, "How would being offline for a few weeks affect your work?"),
 (C, "I can send you a 4G hub with unlimited data, free of charge, to cover you until the engineer's been."),
 (D, "And you'd rather leave than just drop to the slower plan?"),
 (D, "I could put you on our 30 meg plan at £19 a month, half what you pay now, if you'd stay with us?"),
 (D, "Okay, I'm processing the cancellation now, effective the 14th, with no exit fee."),
 (A, "You can set up a home move yourself in the app, under 'Moving home'."),
 (E, "I'll transfer you to our moves team, they deal with exit fees."),
 (E, "I'm going to raise this with my team leader to get the fee waived."),
 (E, "Okay, let's just take a breath and calm down a sec."),
 (G, "Does all that make sense so far?"),
 (G, "No need to say sorry, honestly!"),
 (C, "Oh, I'm sure three weeks will fly by."),
]

ORDER = ["airline-delay-refund", "vet-clinic-billing", "car-insurance-claim",
         "streaming-price-rise", "home-move-broadband"]
rng = random.Random(4017)
n = 1740
with open("/work/moves4/sentences-W4.jsonl", "w", encoding="utf-8") as f:
    for sit in ORDER:
        rows = list(SITS[sit])
        assert len(rows) == 40, (sit, len(rows))
        rng.shuffle(rows)
        for cust, rep in rows:
            f.write(json.dumps({"id": f"s{n:04d}", "situation": sit,
                                "customer_said": cust, "rep": rep}, ensure_ascii=False) + "\n")
            n += 1
print("wrote", n - 1740, "lines")

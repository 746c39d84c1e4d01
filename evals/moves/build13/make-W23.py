#!/usr/bin/env python3
"""Writer W23: builds sentences-W23.jsonl (ids s5540-s5739), 5 situations x 40 rep lines.
Holds the data only (no labels); lines are shuffled within each situation with a fixed seed."""
import json, random, os

SEED = 2323
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W23.jsonl")
START = 5540

# ---------------------------------------------------------------- 1
S1 = "photo-printing-order-lost"
c1 = {
 "a": "Hi, I ordered a wedding photo book from you six weeks ago and it never came. The tracking still says 'in production'.",
 "b": "It was for my gran's ninetieth last Saturday. She couldn't come to our wedding and she was going to see the photos for the first time.",
 "c": "So what actually happened to it? Has it been lost?",
 "d": "I don't want another one now. Just cancel the order and give me my money back.",
 "e": "I spent weeks designing those sixty pages. Am I supposed to do all that again?",
 "f": "Honestly, this is ridiculous. Nobody has told me a single thing.",
 "g": "Fine. So what happens now?",
}
L1 = [
 ("a", "Good morning, you're through to PrintNest customer care, my name's Daniel."),
 ("a", "Hiya, thanks for calling, it's Priya \u2014 could I grab your order number to start with?"),
 ("c", "The tracking stayed on 'in production' because your book went to print but never got scanned out of the bindery, so it most likely went missing between the two."),
 ("c", "I'm really sorry, it looks like the book was misprinted, pulled for a reprint, and then the reprint was never actually queued."),
 ("c", "It's showing as WIP-HOLD on the plant's MIS, status code 43."),
 ("c", "The low-res warning on page 14 was accepted at checkout, and that's what sent it to manual review in the first place."),
 ("b", "With respect, it's down to the customer to leave some extra time before an event."),
 ("b", "If you needed it for a set date, you really should have chosen express production."),
 ("f", "The plant's a separate company, so the delay isn't really something that happened on our end."),
 ("b", "So your gran was going to see your wedding for the first time at her ninetieth, and there was nothing to hand her \u2014 that's a real loss, not just a late parcel."),
 ("f", "Six weeks of hearing nothing and then turning up to her party empty-handed; I'm so sorry it went like that."),
 ("e", "You put weeks into laying out those sixty pages, so you won't redo a thing \u2014 I can reprint straight from your saved design, free of charge."),
 ("b", "Missing that moment with her must have hurt \u2014 how did the day go in the end?"),
 ("b", "What did it mean for you and your family, not having the book there on the day?"),
 ("b", "How has your gran taken it?"),
 ("b", "So the book was for your grandmother's birthday last weekend."),
 ("f", "I completely understand how frustrating this must be."),
 ("d", "Before I cancel, can I ask why you'd rather have the money back than a free reprint?"),
 ("d", "What would it take for you to let us have another go \u2014 would a free cover upgrade change your mind?"),
 ("d", "Is it the delay that's put you off, or was there something about the book itself you didn't like?"),
 ("d", "If you keep the order open, I'll upgrade it to the lay-flat premium cover and take 20% off your next book too."),
 ("g", "Loads of couples get little copies for the parents as well \u2014 I could add two mini-books at half price with the reprint."),
 ("d", "I'm not able to refund anything until the plant closes its investigation, and that can take up to ten working days."),
 ("d", "Our policy is reprint first and refund only if the reprint fails, so a refund isn't something I can do today."),
 ("g", "Honestly, the only thing I can do from here is mark it as delayed."),
 ("e", "There is a reprint option in some cases, but it's not something I can look at today."),
 ("d", "I'm refunding the full \u00a384 to your card right now, and it should be back with you by Friday."),
 ("e", "Your design is still saved in your account, so I can send you a free reprint on express with next-day delivery, no charge at all."),
 ("d", "I've cancelled the order and put the full refund through just now, and you'll have an email confirming both within the hour."),
 ("d", "That's done, the order's cancelled on our side as of now, so nothing more will be printed or charged."),
 ("d", "I can start a cancellation request for you, but the studio has to approve it before anything's final."),
 ("c", "I'll ring the plant myself this afternoon and call you back before five with exactly where it is."),
 ("g", "I'm booking the express reprint now; it'll be dispatched tomorrow and I'll email you the tracking by 6pm."),
 ("g", "Someone will look into it and get back to you."),
 ("d", "Well, I'm sorry a free reprint isn't good enough for you."),
 ("f", "How has all this left you feeling about the wedding photos themselves?"),
 ("c", "Let me put you through to the production team, they can see the plant's scan logs."),
 ("g", "You'd need to log a missing-order claim thru the web form under My Orders."),
 ("f", "I need you to calm down a bit so we can actually sort this out."),
 ("g", "So the money goes back to your card and your design stays saved in the account \u2014 does that make sense?"),
]

# ---------------------------------------------------------------- 2
S2 = "private-health-insurance-claim"
c2 = {
 "a": "Hi, my physio claim's been turned down. The letter says it's pre-existing, but I hurt my knee playing five-a-side in March.",
 "b": "I've paid \u00a3600 for six sessions out of my own pocket, and I can barely get up the stairs at work.",
 "c": "I saw a GP about knee pain once, four years ago. How is that pre-existing?",
 "d": "Three years of premiums and the one time I claim, you refuse. I want to cancel the policy.",
 "e": "Why do you need to know why? I've told you, I want to cancel.",
 "f": "So is it cancelled now or not?",
 "g": "And what about my \u00a3600?",
}
L2 = [
 ("a", "Good afternoon, Healthwise member services, you're speaking with Callum."),
 ("a", "Could you give me your membership number and date of birth, please?"),
 ("c", "The claim was declined because your policy has a five-year moratorium, which means anything you'd had symptoms or advice for in the five years before joining isn't covered yet."),
 ("c", "Pre-existing just means something you'd seen a doctor about before your cover started, and the GP note from 2021 is about the same knee."),
 ("c", "Our clinical team matched the ICD-10 code on your physio referral to the GP entry, and that's what triggered the moratorium exclusion."),
 ("b", "I'm sorry \u2014 with the stairs at work being a struggle, how are you actually getting through a working day at the moment?"),
 ("b", "Paying six hundred pounds yourself and struggling with the stairs at work every day, then getting a refusal letter on top \u2014 that's a lot to carry."),
 ("a", "You got hurt playing five-a-side, paid for treatment you thought was covered, and now you're told it's an old problem; no wonder that feels like a kick in the teeth."),
 ("d", "Three years of paying in without a single claim, and the first time you actually need it the answer's no \u2014 I can see why you've had enough."),
 ("d", "I understand, and I'm sorry you feel that way."),
 ("b", "How's the knee affecting your day-to-day, at work and at home?"),
 ("b", "Six sessions out of your own pocket is a lot \u2014 what has it been like trying to keep working while this drags on?"),
 ("b", "Since you've funded six sessions yourself while waiting on us, I can pay for your next three physio sessions directly while the review runs."),
 ("d", "Can I ask what's made you decide to cancel today?"),
 ("e", "I just need to understand what you're not happy with before I can go any further."),
 ("e", "Help me understand \u2014 is it the claim, or is it the price of the cover that's the problem?"),
 ("d", "What would it take to keep you with us \u2014 would a cheaper plan make a difference?"),
 ("a", "I'll pass you over to the claims department, they're the ones who made the decision."),
 ("d", "I can't overturn the decision myself; only the claims assessors can change a declined claim."),
 ("c", "I'm afraid the policy doesn't cover anything inside the moratorium period, so the decision stands."),
 ("f", "I can start the cancellation, but it has to sit through a 14-day cooling-off check first."),
 ("f", "To cancel, you'll need to fill in the form in the member app and send it back to us."),
 ("c", "You agreed to the moratorium terms when you joined, so checking what was excluded was really down to you."),
 ("c", "To be honest, if the GP visit had been mentioned when you applied, we could have told you about this exclusion up front."),
 ("g", "The \u00a3600 is between you and the clinic, I'm afraid; it's not something on our side."),
 ("g", "I'm sending the claim for clinical review today with your physio's report on the new injury, and if it's overturned you'll get the full \u00a3600 back."),
 ("f", "It's cancelled, and as a goodwill gesture I've refunded this month's premium as well."),
 ("g", "We do sometimes make goodwill payments, though I couldn't tell you whether you'd get one."),
 ("g", "I'll phone the claims assessor myself tomorrow morning and ring you back by 2pm with their answer."),
 ("f", "Bear with me one second."),
 ("f", "I've cancelled your policy with effect from today, and you'll recieve the confirmation letter and email by Friday."),
 ("f", "Yes, it's cancelled \u2014 no more premiums will come out."),
 ("e", "Okay, no more questions; it's cancelled as of right now, and I'll stop the direct debit before we hang up."),
 ("f", "I've set it to cancel at your renewal date in September, so you're still covered until then."),
 ("d", "Before you go, I could move you to our Essentials plan at \u00a322 a month instead of \u00a341, and you'd keep your no-claims discount."),
 ("d", "If you stay, I can add physio cover for new injuries from next month, so anything fresh would be paid for."),
 ("d", "Honestly, you won't find better cover anywhere; we've been voted the UK's best health insurer three years running."),
 ("e", "I'm asking a senior claims specialist to look at your file personally."),
 ("e", "Sir, there's no need to raise your voice \u2014 just calm down and let me finish."),
 ("c", "So the GP visit was four years ago and the football injury was this March \u2014 have I got that right?"),
]

# ---------------------------------------------------------------- 3
S3 = "event-venue-ticket-resale"
c3 = {
 "a": "We bought two tickets on your site for Friday's concert and the venue turned us away at the door. They said the barcodes had already been scanned.",
 "b": "We'd driven two hours and paid for a hotel. My daughter was in tears outside the arena.",
 "c": "How can tickets you sold have already been used?",
 "d": "I want the full \u00a3310 back, fees included.",
 "e": "And close my account. I'm not using your site again.",
 "f": "The venue says it's your problem, you say it's theirs. Who do I actually talk to?",
 "g": "Okay. When will I hear back?",
}
L3 = [
 ("a", "Hi there, thanks for calling TixSwap, I'm Jordan \u2014 what can I do for you today?"),
 ("a", "Can I take the order reference from your confirmation email?"),
 ("c", "What happened is the seller sold the same tickets twice, once with us and once somewhere else, and whoever reached the gate first got in."),
 ("c", "The venue reissued the barcodes after the seller reported them lost, so the ones we sent you were already dead by the time you arrived."),
 ("c", "The seller triggered a reissue on the primary platform, which voided the original barcodes in the venue's access control system."),
 ("b", "Driving two hours for nothing must have been gutting \u2014 how are you both feeling about it now?"),
 ("b", "Two hours on the road, a hotel paid for, and then watching your daughter cry outside the arena instead of seeing the show \u2014 that's a horrible night."),
 ("b", "She'd been counting down to it for weeks and you had to be the one telling her you couldn't go in; I'm really sorry."),
 ("f", "You've been bounced between us and the venue after a night like that; from here it's just me, and you'll hear from me personally tomorrow."),
 ("e", "Right, the account's closed as of now, so you won't get any more emails from us."),
 ("b", "How has your daughter been since Friday?"),
 ("b", "What did the rest of the weekend look like, after you'd planned it all around the concert?"),
 ("e", "Can I ask why you want to close the account rather than just take the refund?"),
 ("e", "What would it take for you to give us another chance \u2014 would a voucher help?"),
 ("d", "Our guarantee only covers the ticket price, so the booking fees can't be refunded."),
 ("d", "Refunds on disputed entries take up to 21 days while we investigate the seller, so nothing can go out today."),
 ("b", "I'm not able to cover the hotel, I'm afraid; travel booked around a resale ticket is at the buyer's own risk."),
 ("e", "I can't close the account while there's still an open dispute on it."),
 ("a", "Did you screenshot the tickets or send them to anyone? Sharing the barcode is usually how they get scanned before you arrive."),
 ("f", "The tickets were valid when we delivered them, so what happened at the gate is really between you and the venue."),
 ("a", "You should have added the tickets to the venue app as soon as you bought them; it's in the buyer instructions."),
 ("c", "Well, the tickets didn't scan themselves, did they?"),
 ("d", "I'm refunding the full \u00a3310, fees included, to your card now, and it'll show within three to five working days."),
 ("d", "I can offer you two replacement seats for Saturday's show at the same venue, or a full refund \u2014 whichever you'd rather."),
 ("b", "I'll also put \u00a360 towards the hotel back on your card today."),
 ("g", "I'll email you the outcome of the seller investigation by Wednesday at noon."),
 ("g", "Our fraud team will update you."),
 ("e", "Your account's closed now, and your saved card details have been deleted."),
 ("e", "Done \u2014 I've closed the account while we've been talking, and you'll get one last email confirming it in the next few minutes."),
 ("e", "You can close the account yourself under Settings, it only takes a minute."),
 ("e", "If you keep the account, I'll put a \u00a325 voucher on it and waive fees on your next three orders."),
 ("g", "Just so you know, we've got verified seats for the same artist's December date if you'd like me to hold two."),
 ("f", "We're the only resale site with a 100% entry guarantee, which makes us the safest place to buy."),
 ("f", "I'm escalating this to our seller-fraud specialists as urgent so they can go after the seller's account."),
 ("f", "I'm going to transfer you to the venue's box office now."),
 ("f", "Your going to need to contact the venue directly about anything that happened at the door."),
 ("f", "I hear you, but please calm down \u2014 shouting at me won't get the refund out any faster."),
 ("d", "So that's the \u00a3310 back to your card plus the \u00a360 hotel credit \u2014 are you happy with that?"),
 ("f", "I'm not going to pass you around again; I'll deal with this myself."),
 ("e", "Honestly, why close it over one bad seller when the refund's already on its way?"),
]

# ---------------------------------------------------------------- 4
S4 = "software-licence-auto-renewal"
c4 = {
 "a": "Hi, we've just been charged \u00a34,800 for another year, twenty seats. We're down to four people since the spring and nobody told us it was renewing.",
 "b": "That's money we don't have. I run a small design studio; it's wiped out our cash for the month.",
 "c": "Why did it renew at twenty? Most of those seats haven't been touched since March.",
 "d": "I want the renewal cancelled and the money refunded.",
 "e": "I don't have to give you a reason. Just cancel it.",
 "f": "Is the renewal cancelled, yes or no?",
 "g": "What about the four of us who still use it?",
}
L4 = [
 ("a", "Morning, you're through to Brightly billing support, Amara speaking."),
 ("a", "Could you read me the account ID from the top of the invoice?"),
 ("c", "Annual plans renew at the seat count on the contract, not the number of people logging in, so it rolled over at twenty."),
 ("c", "Sorry, the reminder did go out 30 days before, but to your old admin's email address, which is why nobody at the studio saw it."),
 ("c", "Auto-renew's set at tenant level on a true-forward, so the full entitlement just carried over."),
 ("b", "Four and a half grand leaving a small studio in one go, with no warning, right after you'd already cut back \u2014 that's a real hit."),
 ("b", "You trimmed the team to keep things lean and still got billed for sixteen empty seats, so let me refund those sixteen to your card straight away."),
 ("b", "Losing a month's cash like that must put you in a tight spot \u2014 how is it affecting the studio right now?"),
 ("b", "What does losing that money right now mean for the people who work for you?"),
 ("b", "How are you managing this month with that much gone out of the account?"),
 ("b", "What's this done to your plans for the next few months?"),
 ("b", "I appreciate this is frustrating for you."),
 ("d", "Can I ask what's behind the decision to move away from us?"),
 ("e", "I do need a reason for the cancellation before I can go any further."),
 ("d", "Is it the price, the features, or something else that's making you want to leave?"),
 ("e", "Be honest with me \u2014 if I could get the price right, would you still want to go?"),
 ("e", "I'm going to need you to calm down and stop swearing, or I'll have to end the call."),
 ("d", "Renewals can't be refunded once the new term has started; that's section 9 of the terms."),
 ("d", "Any refund over \u00a31,000 needs finance sign-off, so I can't give you an answer on it today."),
 ("a", "Keeping the admin contact up to date is the customer's responsibility, so the reminder went out correctly from our side."),
 ("a", "You had auto-renew switched on and agreed to it at sign-up, so really this one isn't on us."),
 ("c", "If you'd dropped the seats before the renewal date, you'd only have been billed for four."),
 ("e", "Sure, because paying for twenty seats with four people was obviously our idea."),
 ("d", "I'm canceling the renewal and refunding the full \u00a34,800 right now, and you'll keep access until the end of this week."),
 ("f", "Yes \u2014 the renewal's cancelled as of this call and the refund's been issued, reference RF-20817."),
 ("e", "You don't owe me a reason; it's cancelled now."),
 ("f", "It's cancelled, and I'll send the written confirmation to your email before the end of today."),
 ("f", "All done: the subscription's closed and nothing further will be billed to the card."),
 ("f", "I've set the licence to cancel at the end of the current term, so it won't renew again next year."),
 ("f", "I can raise a cancellation request, but the account owner has to confirm it by email first."),
 ("f", "To cancel, you'll need to log into the admin portal and switch off renewal under Billing."),
 ("g", "If the four of you stay, I can move you to our Team plan at \u00a318 a seat and throw in three months free."),
 ("g", "For four users, the Pro bundle would get you the AI tools as well for only a bit more a month."),
 ("g", "We're the most widely used design platform in the industry, so switching would cost you more in retraining than you'd save."),
 ("d", "I'll speak to finance myself today, get the refund approved by Thursday, and email you the moment it's through."),
 ("g", "I'm setting up a new four-seat license at your old rate now, and the login links will be in your inbox within ten minuets."),
 ("g", "We'll look at getting the seat count sorted."),
 ("f", "Let me get my supervisor, she can authorize refunds above my limit."),
 ("a", "I'll transfer you to our accounts receivable team."),
 ("d", "So you want the whole renewal cancelled, not just the sixteen unused seats \u2014 is that right?"),
]

# ---------------------------------------------------------------- 5
S5 = "mobile-signal-at-new-home"
c5 = {
 "a": "Hi, I moved house three weeks ago and there's no signal at all indoors. I have to stand in the garden to make a call.",
 "b": "I work from home two days a week and I've missed calls from my manager. My mum's not well either and she can't get hold of me.",
 "c": "Your coverage checker says my postcode is 'good'. So what's going on?",
 "d": "I've got 14 months left on the contract. I want out without paying the rest of it.",
 "e": "I've already told you why, there's no signal. Just cancel it.",
 "f": "So is the contract cancelled or not?",
 "g": "How long is all this going to take?",
}
L5 = [
 ("a", "Hello, thanks for calling Vela Mobile, you're speaking with Tom."),
 ("a", "What's the full postcode at the new address?"),
 ("b", "How are you getting by at the moment \u2014 what's a normal day looking like with no signal in the house?"),
 ("c", "I'm sorry \u2014 the nearest mast to your road was switched off for an upgrade last month, which is why the signal across your area dropped."),
 ("c", "Your nearest eNodeB is down for a 5G swap-out, so your phone's camping on a distant cell right at the edge of its footprint."),
 ("b", "Missing your manager's calls on your home-working days while your mum's unwell and can't reach you \u2014 that's worrying on two fronts at once."),
 ("a", "Three weeks into a new home and having to go out into the garden just to make a call; that's not how settling in should feel."),
 ("b", "Not knowing whether your mum's been trying to ring must be horrible \u2014 how has that been for the two of you?"),
 ("b", "With your mum unwell, you can't be waiting on a mast, so I'm switching Wi-Fi Calling on now and your calls will come through over broadband from tonight."),
 ("b", "I know how annoying that must be."),
 ("b", "How has it been affecting your work since you moved?"),
 ("b", "What's it been like on the days you're working from home?"),
 ("g", "Okay, one sec."),
 ("d", "Why would you want to leave after four years with us over something we can probably fix?"),
 ("e", "Before I do that, talk me through what else you're unhappy with."),
 ("d", "Is it really just the signal, or is there something else pushing you to leave?"),
 ("e", "What would keep you with us \u2014 if I got the signal sorted and took something off the bill, would you stay?"),
 ("d", "I can't waive the remaining 14 months; the exit fee applies under the contract whatever the reason."),
 ("d", "We have to run a 28-day signal investigation before I'm allowed to look at a penalty-free exit."),
 ("a", "Have you checked it isn't the handset? Older phones often struggle on the newer frequencies."),
 ("c", "Indoor coverage isn't guaranteed anywhere in the contract, so weak signal inside your house isn't a fault on our network."),
 ("a", "You should really have checked the signal at the new address before you moved in."),
 ("e", "Right, so no signal in your house is our fault now, is it?"),
 ("a", "I can send you a free signal booster today; it plugs into your broadband and gives you full bars indoors."),
 ("d", "If we can't fix it within 30 days, I'll let you out of the contract with no exit fee."),
 ("f", "Yes, I've cancelled the contract today with no exit fee, and your number stays live for 30 days if you want to take it elsewhere."),
 ("f", "It's done: the contract's canceled and the remaining 14 months have been written off."),
 ("e", "You're right, you've told me enough \u2014 I've cancelled it now, and I'm sorry we couldn't get you a signal."),
 ("f", "Cancelled as of this call, and I'll text you the final bill summary by tomorrow lunchtime."),
 ("f", "I've put a note on the account to cancel when the contract ends in 14 months."),
 ("f", "I can start the cancellation, but it won't go through until the network team confirms there's no coverage."),
 ("d", "If you stay, I'll knock \u00a38 a month off for the rest of the contract and bump you up to unlimited data."),
 ("d", "You could upgrade to the new Pixel on a fresh 24-month deal; it picks up signal much better than your current phone."),
 ("c", "We've got the UK's biggest 5G network, so once the mast's back you'll have the best signal on your road."),
 ("g", "I'm booking a network enginer check for your postcode now, and I'll ring you on Friday by 6pm with what they find."),
 ("g", "The booster goes out tonight and will be with you by Wednesday; I'll text you the tracking as soon as it's dispatched."),
 ("g", "Someone from the network side should be in touch soon."),
 ("e", "I'm raising this with our network escalations team as a priority case."),
 ("e", "Calm down, please, I'm trying to help you here."),
 ("e", "I'm not going to try and talk you out of it."),
]

SITUATIONS = [(S1, c1, L1), (S2, c2, L2), (S3, c3, L3), (S4, c4, L4), (S5, c5, L5)]


def main():
    rng = random.Random(SEED)
    n = START
    rows = []
    for name, cust, lines in SITUATIONS:
        assert len(lines) == 40, (name, len(lines))
        assert 6 <= len(cust) <= 7
        used = {k for k, _ in lines}
        assert used == set(cust), (name, set(cust) - used)
        order = list(lines)
        rng.shuffle(order)
        for key, rep in order:
            rows.append({"id": "s%04d" % n, "situation": name,
                         "customer_said": cust[key], "rep": rep})
            n += 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()

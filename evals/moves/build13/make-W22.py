#!/usr/bin/env python3
"""Writer W22: holds the 200 rep lines (5 situations x 40) and writes sentences-W22.jsonl.
Lines are shuffled within each situation with a fixed seed; ids s5340-s5539."""
import json, random, os

SEED = 2222
FIRST_ID = 5340
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W22.jsonl")

SITUATIONS = []

# 1 ---------------------------------------------------------------
C = {
 "A": "Hi, it's about my broadband. The router drops out several times a day and you've promised me a replacement twice now.",
 "B": "I work from home. Every time it drops I lose my VPN and whatever call I'm on.",
 "C": "Nobody ever came with either router. Honestly, I just want to leave.",
 "D": "I've told you why. Can you just close the account, please?",
 "E": "And I'm not paying an exit fee for a service that doesn't work.",
 "F": "So is it closed or not?",
 "G": "I've been on hold for forty minutes, this is a joke!",
}
L = [
 ("A", "Good afternoon, you're through to Brightline Broadband, Priya speaking, how can I help?"),
 ("A", "Yeah so basically your model's got a firmware fault, it reboots itself when it gets too warm, which is why it keeps cutting out."),
 ("A", "Looking at the diagnostics, the CPE's losing PPP sync and retraining at a lower SNR margin every time."),
 ("A", "Our line test is clean right up to your master socket, so the drops aren't coming from our end."),
 ("A", "Is the router still shut in the cupboard under the stairs? Because that'd be why it's overheating, to be honest."),
 ("A", "So the router drops a few times a day and you've been promised a new one twice, is that right?"),
 ("B", "Losing your VPN and getting cut off mid-call every time it drops must be wrecking your working day."),
 ("B", "How's all this been affecting your work, with the drops landing in the middle of the day?"),
 ("B", "What has it meant for you and your clients, having to work round a connection you can't trust?"),
 ("B", "What's your manager made of it all, you dropping off calls like that?"),
 ("B", "I understand how frustrating that is."),
 ("B", "For all the client calls it's cost you, I'm putting a £30 credit on the account right now."),
 ("B", "With respect, VPNs can be fussy with home wifi, so it may well be your work's setup rather than us."),
 ("C", "Two routers promised, neither one turned up, and you're still rebooting the old one every day, no wonder you've had enough."),
 ("C", "I'm sorry, the first replacement bounced when the courier flagged your address as not found, and the second order was never raised at all."),
 ("C", "I'm sending a new router by next-day courier now, and it'll be with you tomorrow before 1pm."),
 ("C", "I'll ring you Thursday at 10 myself to make sure the new one's arrived and is holding the connection."),
 ("C", "We'll get a router out to you at some point, don't worry."),
 ("C", "Why do you want to leave, though?"),
 ("C", "What exactly is it that's made you decide to go?"),
 ("C", "Before you decide, we've just launched Fibre 500 in your area and I could get you on it for what you pay now."),
 ("C", "Oh good, another router that was 'on its way', we do love those."),
 ("C", "I'm raising this with my team leader as a formal complaint, because two broken promises isn't good enough."),
 ("D", "Before I close anything, help me understand what it would take to keep you with us."),
 ("D", "If you stay, I'll knock £15 a month off for a year and throw in a mesh router."),
 ("D", "We're the fastest full-fibre network in the region, so honestly you'd be taking a step down anywhere else."),
 ("D", "I can't close it today, I'm afraid; closures need thirty days' notice from the date you ask."),
 ("D", "Let me put you through to the loyalty team, they're the ones who handle closures."),
 ("D", "Is it the router, or has someone offered you a better deal? Because I can probably match it."),
 ("D", "I'm not going to try and sell you anything, you've clearly had enough."),
 ("E", "The exit fee is whats left on your 18-month contract, charged at the monthly price for each month remaining."),
 ("E", "You did agree to an 18-month term when you signed up, so I'm not able to drop the fee."),
 ("E", "Only the retentions team can waive exit fees, it's not something I can do from here."),
 ("E", "Seeing as we broke our promise twice, I've waived the exit fee and closed the account as of today."),
 ("F", "Done, the broadband's closed as of today and the confirmation email is on its way to you now."),
 ("F", "That's your account closed now with no exit fee, so the final bill will show a zero balance."),
 ("F", "I've started the closure, but it only completes at the end of your notice period next month."),
 ("F", "It's closed, and I've booked the router collection for Monday between 8 and 1, so just leave it boxed up by the door."),
 ("G", "What's the wait today cost you, on top of the week you've already had?"),
 ("G", "Forty minutes on hold on top of a week of dropouts, you've had a rotten time with us, and I'm sorry."),
]
SITUATIONS.append(("broadband-router-replacement", C, L))

# 2 ---------------------------------------------------------------
C = {
 "A": "Hello, my bins have been missed three weeks running now. The whole close stinks.",
 "B": "I've got a newborn and the nappies are piling up by the back door. It's disgusting.",
 "C": "And you've charged me £45 for a bulky waste collection that never even happened.",
 "D": "Honestly, why am I paying for the garden waste bin? Just cancel it.",
 "E": "The crew said my bin was blocked by a car. It wasn't.",
 "F": "I want this sorted today, not another 'we'll look into it'.",
 "G": "You lot are absolutely useless.",
}
L = [
 ("A", "Good morning, Westmere Council waste services, you're speaking to Alan."),
 ("A", "Can I take the first line of your address and the postcode, please?"),
 ("A", "Three weeks with nothing collected and the whole close smelling of it, that's not what you pay your council tax for."),
 ("A", "Your round's been two drivers short all month, so the crew stuck to the main roads and your close kept getting dropped."),
 ("A", "Sorry, we've let you down three weeks in a row, there's no getting round that."),
 ("A", "I'm booking a catch-up collection for all your bins tomorrow, Wednesday, before 2pm."),
 ("A", "The crew logged your bin as contaminated, so technically it was down to what was in it, not them."),
 ("A", "How has it been for you, living with that for three weeks?"),
 ("B", "A newborn in the house and three weeks of nappies sat by the back door, that's grim to live with."),
 ("B", "How's it been for you and the baby, with all that waste building up outside?"),
 ("B", "Is it stopping you using the garden or opening the windows? Tell me what it's been like at home."),
 ("B", "I do understand, it's not nice for anyone."),
 ("B", "Are the nappies double-bagged? Because if not, the crew are within their rights to leave the bin."),
 ("B", "We do a free hygiene collection for households with nappies, and I'm signing you up now, starting next Tuesday."),
 ("C", "The £45 is the bulky waste fee, which covers up to three large items picked up from the kerbside."),
 ("C", "That bulky collection was cancelled our end when the van broke down, so you should never have been charged, apologies."),
 ("C", "I'm refunding the £45 to your card right now, and you'll see it within three to five working days."),
 ("C", "I can't refund the bulky waste fee I'm afraid, as the items weren't out by 7am on the day."),
 ("C", "Bulky waste refunds go through finance and can take up to 28 days, so it won't be today."),
 ("C", "You'll need to fill in the refund request form on the council website for that one."),
 ("C", "Bulky waste, forty-five pounds, not collected. Noted."),
 ("D", "Just so I understand, what's made you want to cancel the garden waste, is it only the missed weeks?"),
 ("D", "Why cancel it, though, when the missed weeks are getting sorted?"),
 ("D", "If you keep the garden waste bin, I can add two months free onto this year's subscription."),
 ("D", "If you stay on garden waste, next years renewal is frozen at this year's price and I'll throw in a second bin."),
 ("D", "Okay, I've cancelled your garden waste subscription today and the unused months will be refunded to you."),
 ("D", "That's the garden waste cancelled as of now; the crew will pick up the brown bin next Thursday."),
 ("D", "Garden waste can only be cancelled at renewal in April, so it'll carry on until then."),
 ("E", "If the crew have recorded the bin as blocked, I'm afraid I have to go with their report."),
 ("E", "Bins need to be right at the kerb edge by 6am, so if yours was back by the driveway, that's why it was skipped."),
 ("E", "Honestly, it's not the crew's fault if cars are parked across your access."),
 ("E", "I'll speak to the crew supervisor myself this afternoon and ring you back by 5 with what he says."),
 ("D", "Right, the garden waste is stopped from today, you won't be charged for it again."),
 ("D", "Is it really the missed bins, or is there another reason you want to stop the garden waste?"),
 ("F", "I can't get anyone out today, the crews have already left on their rounds."),
 ("F", "We'll look into it and someone will be in touch."),
 ("F", "So that's the catch-up tomorrow, the £45 back on your card and the garden waste stopped, have I got that right?"),
 ("F", "You've waited three weeks already, so I'm putting your address first on tomorrow's run and I'll text you when it's done."),
 ("G", "There's no need for that, please calm down so I can help you."),
 ("G", "Well, we're doing what we can with the budget we've got."),
]
SITUATIONS.append(("council-bin-collection-missed", C, L))

# 3 ---------------------------------------------------------------
C = {
 "A": "Hi, this month's box was chicken. My dog's allergic to chicken, it's right there on my account.",
 "B": "She was sick for two days and I had to take her to the emergency vet. That was $180.",
 "C": "And you still took this month's payment, and the next one's due Friday.",
 "D": "I want to cancel the subscription. Today.",
 "E": "I don't want a discount, I just want it canceled.",
 "F": "So it's canceled? I won't be charged again?",
 "G": "Can I speak to a manager, please?",
}
L = [
 ("A", "Hi there, thanks for calling TailFeast, I'm Jess, what's gone wrong with your order?"),
 ("A", "When the lamb recipe went out of stock, the warehouse swapped in chicken, and the allergy note should have blocked that but it didn't."),
 ("A", "It looks like the allergy box on your profile was never checked, so the system treated it as a regular swap."),
 ("A", "You picked 'allow substitutions' at checkout, so technically the swap was within your settings."),
 ("A", "I'm so sorry, sending chicken to a dog you told us is allergic to it is a serious mistake on our part."),
 ("A", "Lamb, chicken, allergy. Right."),
 ("B", "Two days of her being sick and a rush to the emergency vet, that must have been really scary for you."),
 ("B", "How's she doing now, and how have the last few days been for you?"),
 ("B", "What did all this mean for you, with her being sick and the vet bill landing on top?"),
 ("B", "Have you had to take time off or change plans to look after her? I'd like to know what this has cost you."),
 ("B", "Sorry to hear that, these things do happen sometimes."),
 ("B", "Email me the vet invoice and I'll reimburse the $180 in full."),
 ("B", "We can't accept liability for vet bills, I'm afraid, because there's no way to prove the food caused it."),
 ("B", "To be honest, dogs get upset stomachs for all kinds of reasons, so it may not have been our food at all."),
 ("B", "I'm also sending a free box of her usual lamb food out today, so she's not without."),
 ("C", "The payment on the 3rd was for the box that shipped, and the next one's set to go out automatically on Friday."),
 ("C", "After two days nursing a sick dog, the last thing you need is another charge, so I've refunded this month's $52 and stopped Friday's."),
 ("C", "I'll have the refund done by 5 today and send you an email from me confirming it."),
 ("C", "I'm unable to refund a box once its been opened, that's our food safety policy."),
 ("C", "Friday's payment is already in the system so it'll still go out, but you can claim it back afterwards."),
 ("D", "Can I ask why you're canceling rather than just switching the recipe?"),
 ("D", "Before I cancel, what would make you want to stay with us?"),
 ("D", "Help me understand, is it just the mix-up, or is there something else about the service you're not liking?"),
 ("D", "If you stay, your next three boxes are half price and I'll lock the account to lamb only."),
 ("D", "Our recipes are vet-formulated and honestly the best grain-free food on the market."),
 ("D", "We've got a new sensitive-stomach line she might do really well on, I could add a free trial bag to your next box."),
 ("E", "Of course, no discounts, I'm canceling it for you right now."),
 ("E", "I'd usually mention our loyalty discount at this point, but you've been very clear."),
 ("E", "Are you sure? You'd lose your 15% founder's discount for good."),
 ("E", "I can't cancel from my screen, you'll need to do it in the app under 'Manage plan'."),
 ("E", "I hear you, but I do have to ask what's made you decide to leave, it's for our records."),
 ("E", "How about I pause it for three months instead of canceling, free of charge, so you can see how she does?"),
 ("F", "Yes, it's canceled as of right now and there are no more payments scheduled."),
 ("F", "Your subscription's canceled today, Friday's payment is stopped, and I'm sending the confirmation email now."),
 ("F", "It'll cancel after the last box in your minimum term, which ships next month."),
 ("F", "That's all canceled now, the $52 is refunded and the vet bill is with claims, does that all sound right?"),
 ("G", "I'm escalating the vet bill to our claims specialist as urgent, and she'll call you tomorrow morning before 11."),
 ("G", "There's really no need to get worked up, let's just take this one thing at a time."),
 ("G", "I'll transfer you to the complaints line."),
 ("G", "Well, at least she's okay now, that's the main thing."),
]
SITUATIONS.append(("pet-food-subscription-wrong-order", C, L))

# 4 ---------------------------------------------------------------
C = {
 "A": "Hi, I've had four delay-repay claims rejected this month and nobody will tell me why.",
 "B": "I'm late for work nearly every day. My manager's started writing it down.",
 "C": "I want to cancel my annual season ticket and get the rest refunded.",
 "D": "Why would I keep it? The trains barely run.",
 "E": "One rejection says I didn't upload a ticket photo. I've got a smartcard!",
 "F": "So is the season ticket cancelled or not?",
 "G": "This is the third time I've rung about this.",
}
L = [
 ("A", "Good afternoon, Northline Rail customer relations, Marcus speaking."),
 ("A", "Could you read me the claim references, please? They'll start with DR."),
 ("A", "Three of them were turned down because the arrival times showed you under 15 minutes late, and that's the lowest band we pay on."),
 ("A", "The system auto-rejected them because the RTT data had those services inside the PPM threshold."),
 ("A", "Two of these went in after the 28-day deadline, so I'm afraid that's down to when you submitted them."),
 ("A", "I'm sorry, one of those was definately our error, that train was cancelled outright."),
 ("A", "I'm reopening all four claims now and I'll have them reassessed by Friday."),
 ("A", "Some customers in your position have had goodwill vouchers, for what it's worth."),
 ("B", "When you're held up like that, what does it do to the rest of your day?"),
 ("B", "Being late most mornings and having your manager write it down, over trains you can't control, that's a lot of pressure."),
 ("B", "How has it been at work for you, with the delays making you late so often?"),
 ("B", "What's the knock-on been, has it affected your job, your hours, your time at home?"),
 ("B", "I can give you a letter confirming the delays on your route to show your manager, and I'll email it over today."),
 ("B", "Oh yes, the trains being late, that's never happened before."),
 ("C", "Season ticket refunds are worked out on the days left, less a £10 admin fee and any days you've already used."),
 ("C", "I can't refund a season ticket over the phone, it has to be handed in at a ticket office."),
 ("C", "Why do you want to cancel the season ticket, if you don't mind me asking?"),
 ("C", "What would it take to keep you travelling with us on a season?"),
 ("C", "If you keep it, I could switch you to a flexi season, which works out cheaper for your three office days."),
 ("C", "So you'd like the annual cancelled and the unused part refunded, is that right?"),
 ("D", "Believe it or not, we're still the most punctual operator on this line, so you'd not do any better on the coach."),
 ("D", "Fair enough, I won't try to change your mind."),
 ("D", "Hang on, is it the delays, the price, or both? I need to know before I go any further."),
 ("D", "The new timetable in May should sort most of the morning delays, so it might be worth hanging on to it."),
 ("D", "If you stay on the annual, I'll add free first-class upgrades on Fridays until the end of the year."),
 ("E", "Smartcard holders don't need a photo at all, so I'm overturning that one now and it'll be paid out today."),
 ("E", "You ticked 'paper ticket' on the form, which is why it asked you for a photo."),
 ("E", "That's not something we can fix, the claims website is run by a third party."),
 ("E", "I'll resubmit all four with your smartcard number myself before I finish at 6 tonight."),
 ("F", "Your season ticket is cancelled as of today and the £1,140 refund is going back to your card."),
 ("F", "Yes, it's done, I've stopped the season on your smartcard this afternoon, so don't use it from tomorrow."),
 ("F", "I've put the cancellation request in, but the refunds team have to approve it before it's final."),
 ("F", "You'll need to fill in the season ticket refund form and post it in with your card."),
 ("F", "That's the season ticket cancelled now, refund in five to seven working days, is that clear?"),
 ("G", "Third time ringing about the same claims, on top of the mornings you've had on our trains, I'd be exasperated too."),
 ("G", "What's all this chasing cost you, time off work, money, sleep?"),
 ("G", "I'm escalating your case to a senior claims handler so it stops going round in circles."),
 ("G", "I'll transfer you over to the season ticket team now."),
 ("G", "Calm down, please, I'm trying to help you here."),
 ("G", "Three calls, the same four claims and still no money, I'm sorry you've had to chase us like this."),
]
SITUATIONS.append(("train-ticket-delay-repay", C, L))

# 5 ---------------------------------------------------------------
C = {
 "A": "I had a burst pipe on Saturday and your plumber turned up nine hours late.",
 "B": "The kitchen ceiling came down. We had no water for the kids all weekend.",
 "C": "He capped the pipe and left, said someone would come back. Nobody has.",
 "D": "I want to cancel the cover. What's the point of it?",
 "E": "And I paid £200 for a private plumber to finish it on Monday. I want that back.",
 "F": "So is the policy cancelled now?",
 "G": "Don't tell me to be patient, I've been patient.",
}
L = [
 ("A", "Good evening, HomeGuard emergency line, my name's Olu, is everyone safe at the property right now?"),
 ("A", "Saturday was one of our busiest nights with the freeze, every engineer was on back-to-back jobs, which is why he got to you so late."),
 ("A", "The policy says we'll attend as soon as reasonably possible, not within a set time, so nine hours is within the terms."),
 ("A", "I'm sorry, nine hours with water coming through your ceiling is far too long, and that's on us."),
 ("A", "Did you turn the water off at the stopcock when it burst? Because the policy does expect you to limit the damage."),
 ("B", "Your kitchen ceiling coming down and the kids with no water all weekend, that's a horrible few days to get through."),
 ("B", "How are you all managing at home right now, with the kitchen the way it is?"),
 ("B", "What has this done to your week, are you able to use the house properly?"),
 ("B", "I totally understand, that sounds very stressful."),
 ("B", "Where are you all washing and cooking at the moment? How's the family coping?"),
 ("B", "You'll need to contact your buildings insurer about the ceiling, we can't deal with that on this line."),
 ("C", "The engineer did a make-safe, a temporary fix to stop the water, which is all the emergency part of the policy covers on the first visit."),
 ("C", "Job's sat at AP2, second attendance required, no SLA assigned yet."),
 ("C", "After a weekend with no water and the kids to look after, I'm booking the follow-up for tomorrow between 8 and 12 as a priority."),
 ("C", "I'll phone the engineer's manager myself this afternoon and call you back by 4 with his arrival time."),
 ("C", "Someone will get back to you about the second visit."),
 ("C", "The follow-up can't be booked until the parts come in, and there's no date for that yet."),
 ("C", "Pipe capped, job open, no return visit. Yep, I can see that."),
 ("D", "Can I ask what's making you want to cancel, is it just this one claim?"),
 ("D", "Why cancel now, though, when you've still got the follow-up visit to come?"),
 ("D", "If you stay on, I'll take three months off your premium and add boiler cover at no extra cost."),
 ("D", "We've got the largest network of vetted plumbers in the UK, so you won't get quicker cover anywhere else."),
 ("D", "I can't cancel mid-claim, I'm afraid; the policy has to stay live until the claim's closed."),
 ("D", "I'd normally talk you through our upgrade options, but I don't think today's the day."),
 ("D", "Rather than cancelling, how about I move you to our Premier plan with a guaranteed four-hour response, free for three months?"),
 ("D", "Is it the delay that's the deal-breaker, or something about the cover itself? I'd like to understand before I process anything."),
 ("E", "Our terms say we only reimburse outside tradespeople if we've authorised them first."),
 ("E", "You should really have called us before getting your own plumber in, that's why it won't be covered."),
 ("E", "Send me the £200 invoice and I'll reimburse it in full, seeing as our follow-up never came."),
 ("E", "I'm putting the £200 back on your card now as a goodwill payment, plus £50 for the delay."),
 ("E", "I'll pass the invoice over to claims and they'll be in touch."),
 ("F", "I've cancelled your HomeGuard policy with effect from today, and nothing further will be taken by direct debit."),
 ("F", "Your cover is cancelled as of today, and you'll recieve a pro-rata refund of £48 within five working days."),
 ("F", "Yes, that's the policy cancelled now, the confirmation's just come through on my screen."),
 ("F", "I can cancel it at your renewal date in August, not before."),
 ("F", "It's cancelled, but keep this reference in case the follow-up claim needs it, okay?"),
 ("G", "I'd ask you to calm down, please, raising your voice isn't going to help anyone."),
 ("G", "You have been patient, all weekend and right through Monday, and we kept you waiting the whole time."),
 ("G", "I'm escalating this as a formal complaint to our customer relations manager today."),
 ("G", "Right."),
]
SITUATIONS.append(("home-emergency-cover-plumber", C, L))


def main():
    rng = random.Random(SEED)
    n = FIRST_ID
    rows = []
    for sit, cust, lines in SITUATIONS:
        assert len(lines) == 40, (sit, len(lines))
        lines = list(lines)
        rng.shuffle(lines)
        for key, rep in lines:
            rows.append({"id": "s%04d" % n, "situation": sit,
                         "customer_said": cust[key], "rep": rep})
            n += 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "lines to", OUT)


if __name__ == "__main__":
    main()

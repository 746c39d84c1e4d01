#!/usr/bin/env python3
"""Writer W15: holds the rep lines, shuffles within each situation (seed 15), writes sentences-W15.jsonl."""
import json, random, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W15.jsonl")
START = 3940

S = []  # list of (situation, customer lines dict, [(customer_key, rep)])

# 1 ---------------------------------------------------------------------------
c = {
 "A": "I broke down on the motorway on Saturday and waited four hours for a van with my two kids in the car.",
 "B": "Then your dispatcher told me I wasn't covered because I was less than a mile from home.",
 "C": "I had to pay a local garage £180 to tow me. I want that back.",
 "D": "Honestly, I want to cancel the cover today. What's the point of it?",
 "E": "Why wasn't I told home start wasn't included?",
 "F": "Is it cancelled or not?",
 "G": "Don't put me through to anyone else, just sort it out.",
}
r = [
 ("A", "Good afternoon, you're through to RoadRescue, my name's Priya, how can I help today?"),
 ("A", "Four hours on a motorway hard shoulder with two kids in the back, not knowing when anyone was coming, that must have been frightening."),
 ("A", "I'm sorry for any inconvenience caused."),
 ("A", "Our records show you gave us junction 14 when you were actually at junction 15, which is why the van went to the wrong place first."),
 ("A", "Saturday was our busiest day of the summer, so every patrol in your area was already out on a job."),
 ("A", "How did that wait affect the rest of your day with the children?"),
 ("B", "Your policy is Roadside only, and that level doesn't cover breakdowns within a quarter mile of your home address."),
 ("B", "You'd have had to add Home Start when you bought the policy for that to be covered."),
 ("B", "That one's our mistake, the dispatcher read an old address off your file, you were actualy three miles from home."),
 ("B", "Did you read the policy booklet we emailed you when you took the cover out?"),
 ("B", "So you were told at the roadside that you weren't covered, yeah."),
 ("C", "I can refund the £180 garage bill to your card today, and you'll see it within three to five working days."),
 ("C", "Third-party recovery is only reimbursed when we've approved it first, so I can't refund the garage bill."),
 ("C", "There might be something we can do about the garage bill at some point."),
 ("C", "If you email a copy of the garage invoice to our claims inbox, they'll assess it for you."),
 ("C", "I'll personally call you back before 5pm on Thursday with the decision on that £180."),
 ("C", "Paying a garage £180 out of your own pocket after you'd already paid us for cover, that's a rotten position to be left in."),
 ("D", "Before I do that, can I ask what's made you decide to cancel?"),
 ("D", "What would it take to keep you with us for another year?"),
 ("D", "If you stay, I can upgrade you to Home Start and Onward Travel at no extra cost for the next twelve months."),
 ("D", "We're the UK's highest-rated breakdown provider five years running, so you'd honestly be hard pushed to do better."),
 ("D", "I've cancelled your cover with effect from today, and the unused months will go back on your card."),
 ("F", "I can cancel it, but the cover will carry on until your renewal date in March."),
 ("F", "To cancel you'll need to fill in the cancellation form in the app."),
 ("F", "That's done, your cover is cancelled as of now and the confirmation email is on its way to you."),
 ("F", "I can start that cancellation for you now."),
 ("E", "The Home Start exclusion is on page 4 of your policy schedule, which you ticked to say you'd read at checkout."),
 ("E", "Ultimately it's up to the policyholder to choose the right level of cover for their needs."),
 ("E", "It isn't anything you did wrong, the exclusion should have been pointed out to you on the sales call."),
 ("E", "Home Start is an add-on, so the basic policy only kicks in once you're more than a quarter mile from home."),
 ("A", "The job was graded Cat B non-priority because the hard shoulder was logged as a place of relative safety."),
 ("G", "Please calm down, sir, shouting at me won't get a van to you any faster."),
 ("G", "I'm putting you through to our customer relations team now."),
 ("G", "I'm going to raise this with my team leader and mark it as urgent."),
 ("G", "Oh yes, because waiting four hours is clearly what you paid for."),
 ("E", "Does that make sense so far?"),
 ("E", "I'm not going to argue that you should have known about the exclusion."),
 ("G", "I'll look into it."),
 ("F", "Right."),
 ("A", "Honestly the van should have reached you within the hour, and I'm sorry it didn't."),
]
S.append(("car-breakdown-cover-callout", c, r))

# 2 ---------------------------------------------------------------------------
c = {
 "A": "My order never turned up on Friday night and your app refused my refund.",
 "B": "The app says delivered but nobody came to my door. I was standing at the window the whole time.",
 "C": "It was my daughter's birthday dinner. We ended up having toast.",
 "D": "I just want my £42 back.",
 "E": "Your chatbot just kept closing the conversation on me.",
 "F": "If I don't get it back I'm deleting my account, simple as that.",
}
r = [
 ("A", "Hiya, thanks for getting in touch with Dishdash, you're speaking to Conor."),
 ("B", "The system shows the order was delivered at 19:52, so as far as we're concerned it reached you."),
 ("B", "The rider's GPS put him right outside your building, so it may be worth checking with your neighbors first."),
 ("B", "Did you put the right flat number on the order? That's the most common reason food goes astray."),
 ("A", "You'd have had to report it within an hour of the delivery time for the automatic refund to kick in."),
 ("A", "The refund was declined because the account has had three refund claims in the last ninety days."),
 ("A", "Our fraud filter scores every claim, and yours came back high because of the earlier ones, not because anyone thinks you're lying."),
 ("C", "A birthday dinner that turned into toast, with your daughter waiting at the table, I'm really sorry it went like that."),
 ("C", "I apologize for that, I'm sorry to hear it."),
 ("C", "How did the rest of the evening go once the food didn't show up?"),
 ("C", "What did you end up doing for her birthday in the end?"),
 ("D", "I'm refunding the full £42 to your card right now, you'll see it in two to three days."),
 ("C", "I can also add a £10 credit to your account for the evening you had."),
 ("D", "Unfortunately once a refund's been declined, I can't overturn it from here."),
 ("D", "Our policy is one refund review per order, and that review has already happened."),
 ("D", "I'll need 48 hours to go through this with the restaurant before I can do anything about the money."),
 ("E", "You can raise a dispute through the Help section of the app, under Past Orders."),
 ("D", "I'll email you by 6pm tomorrow with the rider's delivery photo and a decision on the refund."),
 ("D", "We'll get back to you."),
 ("B", "That's on the restaurant, they marked it as handed over, so you'd need to take it up with them directly."),
 ("B", "Honestly, this isn't on you at all, the rider marked it delivered at the wrong address."),
 ("B", "Our mistake, plain and simple, the rider dropped it at number 14 instead of 41."),
 ("E", "The bot closes a chat automatically after five minutes without a reply, which is probably what happened there."),
 ("E", "If you'd replied to the chatbot within the time window it wouldn't have closed on you."),
 ("B", "The status comes from the rider's phone, so it says delivered the moment he taps the button, whether or not the bag is in your hands."),
 ("D", "Before I go any further, can you confirm the email address on the account?"),
 ("F", "Is there a particular reason you want to delete the account?"),
 ("F", "Rather than deleting, how about I put a free month of Dishdash Plus on, so no delivery fees on any order?"),
 ("F", "We've got more restaurants than any other app in the city, you won't find that choice anywhere else."),
 ("F", "Your account's been canceled and deleted as of now, and you'll get an email confirming your data has been removed."),
 ("F", "Account closures take up to 30 days to go through once they're requested."),
 ("E", "Mate, there's no need to get shirty with me, just take a breath."),
 ("D", "Let me pass you over to our refunds team, they can look at it properly."),
 ("D", "I'm going to flag this to a senior advisor as a priority case."),
 ("B", "Ah yes, because we'd totally invent a delivery just to keep your forty quid."),
 ("B", "I can see the order, the rider ID and a delivered flag against it."),
 ("A", "So the food never arrived and the app won't refund you, have I got that right?"),
 ("B", "The PoD scan came back with a geofence mismatch of about 200 metres."),
 ("B", "I won't be blaming you for the address, the flat number on the order is correct."),
 ("E", "Okay, noted, refund, chatbot."),
]
S.append(("takeaway-app-refund-refused", c, r))

# 3 ---------------------------------------------------------------------------
c = {
 "A": "My landline bill is £230 this month. It's normally about £25.",
 "B": "It's all calls to 09 numbers. I've never rung a premium number in my life.",
 "C": "I'm a pensioner, I can't pay this. I've been worrying about it all week.",
 "D": "Can't you just take the charges off?",
 "E": "I want the line closed. I only kept it so my mum could ring me.",
 "F": "So is the line closed now?",
 "G": "Why didn't anyone warn me?",
}
r = [
 ("A", "Good morning, Northline billing, Janet speaking."),
 ("A", "The extra £205 is fourteen calls to an 0909 number, which is charged at £3.60 a minute plus our access charge."),
 ("B", "Our records show those calls were made from your handset on the 3rd, 9th and 11th of the month."),
 ("B", "Is it possible someone in the house, a grandchild maybe, dialled them without you knowing?"),
 ("D", "The calls went through your line, so I'm afraid you're liable for them under the terms of your contract."),
 ("G", "It's the customer's responsibility to set up call barring if they don't want premium numbers reachable."),
 ("G", "You'd have had to ask us to bar 09 numbers beforehand, it isn't switched on by default."),
 ("D", "Premium-rate charges are set by the service provider, not by us, so any dispute is really between you and them."),
 ("B", "Those numbers are run by a third party and we just collect the money for them, which is why the charge shows up on our bill."),
 ("B", "There's been a wave of scam texts telling people to ring 09 numbers this month, and a lot of customers got caught the same way."),
 ("G", "None of this is your fault, we should have flagged the unusual spend when the first call came through."),
 ("C", "A week of lying awake over a £230 bill when you're on a pension, that's a horrible thing to be carrying."),
 ("C", "I do understand how upsetting bills can be."),
 ("C", "How has the worry over this bill been affecting you day to day?"),
 ("C", "What would paying this mean for you and your budget this month?"),
 ("D", "I'm removing all fourteen premium calls from your bill right now, so you'll only owe the usual £25."),
 ("D", "I can put a free block on all premium numbers on your line today, so this can't happen again."),
 ("D", "I'm not able to remove charges for calls that connected successfully."),
 ("D", "I can't take them off today, a dispute has to sit for 28 days before billing will look at it."),
 ("D", "I'll ring you back on Friday before noon once the disputes team have reviewed the calls."),
 ("D", "Someone will be in touch about the charges."),
 ("C", "I've put a hold on the bill from today, so no payment will be taken while we sort this out."),
 ("D", "You'll need to write to our disputes department at the address on the back of your bill."),
 ("E", "Can I ask why you're looking to close the line rather than just barring the numbers?"),
 ("E", "What is it about the landline that isn't working for you anymore?"),
 ("E", "If you keep the line, I can move you to our Talk Anytime package for £2 less than you pay now, with UK calls included."),
 ("E", "We've had the most reliable phone network in the country for ten years, so it'd be a shame to lose you."),
 ("F", "Okay, I've closed the line as of today, and your final bill will only show the rental up to now."),
 ("F", "Your line will close at the end of your 30-day notice period, on the 14th of next month."),
 ("F", "I can start the closure for you, but it needs a signed form back from you before anything happens."),
 ("F", "Yes, it's closed, as of two minutes ago the line is ceased and nothing more will be billed."),
 ("G", "Please try to calm yourself, these things happen and getting upset won't help."),
 ("B", "I'll put you through to the fraud team, they deal with premium-rate complaints."),
 ("C", "I'm raising this with my manager right away as a vulnerable-customer complaint."),
 ("B", "Is that clear, where the charges came from?"),
 ("B", "The CDRs show fourteen outbound connects to a PRS range, all answered."),
 ("B", "Oh sure, the calls just made themselves, did they?"),
 ("B", "I'm not suggesting for a moment you made those calls yourself."),
 ("A", "You're ringing about a bill of £230."),
 ("A", "Let me just bring up your account."),
]
S.append(("landline-bill-premium-numbers", c, r))

# 4 ---------------------------------------------------------------------------
c = {
 "A": "The plants I ordered arrived dead. £140 of hedging, all brown and dried out.",
 "B": "The box was left outside in the sun for two days before I got home.",
 "C": "I'd planned to plant the hedge before my daughter's wedding in the garden next month.",
 "D": "I want a refund or replacements.",
 "E": "Your website says you guarantee live delivery.",
 "F": "I don't want to be passed around.",
 "G": "And cancel the second delivery, the roses. I don't trust you with them.",
}
r = [
 ("A", "Hello, Greenacre Garden Centre online orders, this is Tom, how can I help?"),
 ("B", "The courier's tracking shows the parcel was left in a safe place as per your delivery instructions."),
 ("B", "If you'd been in to receive the parcel, the plants wouldn't have been stuck outside in the heat."),
 ("B", "Our care card says to unpack and water the plants the day they arrive, so two days in the box would do that."),
 ("B", "To be fair, the delivery window was emailed to you the day before."),
 ("A", "Hedging that looks brown on top is often still alive at the root, so give them a good soak and wait a fortnight before we talk refunds."),
 ("B", "Bare-root hedging dries out in a day or so in full sun, which is why they looked so bad by the time you opened the box."),
 ("B", "That's down to the courier, we hand it over in perfect condition and after that it's out of our hands."),
 ("B", "The driver shouldn't have left a box of live plants on your doorstep in a heatwave, that's our courier and we'll own it."),
 ("B", "You haven't done anything wrong here, it was never your job to stop plants being dumped outside."),
 ("C", "With the wedding in the garden next month, it's not just a dead hedge, it's the backdrop you'd planned the whole day around."),
 ("A", "Sorry for the trouble."),
 ("C", "What will it mean for the wedding plans if the hedge isn't in by then?"),
 ("D", "Can you send me the order number from your confirmation email?"),
 ("D", "I'm sending a full replacement hedge out on express, booked for Wednesday on a named-day slot."),
 ("D", "I can refund the £140 to your card right now if you'd rather have the money back."),
 ("D", "We don't refund live plants once they've been signed for or left safe, that's in our terms."),
 ("D", "I can't authorise replacements untill you send photos of the plants next to the box."),
 ("E", "The guarantee only covers plants that fail within 48 hours of arrival and are reported the same day."),
 ("E", "The live delivery guarantee means we replace anything that arrives dead as long as you tell us within a week, which you have."),
 ("E", "You'd need to submit a claim through the Plant Guarantee form on our website."),
 ("D", "I'll email you tonight with the courier's doorstep photo and the replacement delivery date."),
 ("D", "We'll see what we can do."),
 ("F", "I'm passing this over to our horticulture team, they'll have a look at the photos."),
 ("F", "I'll flag this to my manager as urgent, given the wedding date."),
 ("E", "Our hedging is grown on our own nursery, it's the best quality you'll find anywhere in the county."),
 ("D", "While I've got you, Garden Club members get 15% off every order and free delivery, shall I sign you up?"),
 ("F", "Ok."),
 ("B", "Oh brilliant, so now the weather's our fault as well, is it?"),
 ("G", "The roses are cancelled, done, and the £36 is back on your card."),
 ("B", "The consignment went out on an AM48 service and was POD'd as left-safe at 10:14."),
 ("F", "Look, there's no need to raise your voice with me, I'm trying to help."),
 ("E", "Does that make sense about how the guarantee works?"),
 ("B", "I won't pretend it's down to you being out, we should have used a signed-for service for live plants."),
 ("B", "So the plants came dead and the box had sat out for two days."),
 ("B", "Your delivery instructions say 'leave by the back gate', so the driver did exactly what you asked."),
 ("B", "Did you check the weather forecast before choosing standard delivery?"),
 ("C", "Losing a fortnight of planting time this close to the wedding, you must feel like the clock's against you."),
 ("C", "How has this thrown your plans for the garden?"),
 ("A", "I'm sorry, that's on us, the plants should never have gone out without a signed-for delivery."),
]
S.append(("garden-centre-delivery-plants-dead", c, r))

# 5 ---------------------------------------------------------------------------
c = {
 "A": "I had 12,000 points on my card and they've all vanished.",
 "B": "I was saving them up for Christmas presents for the grandkids.",
 "C": "Nobody told me they'd expire.",
 "D": "Can you put them back?",
 "E": "Then close my loyalty account, I'm done with it.",
 "F": "Has it actually been closed?",
 "G": "I've been shopping with you for twenty years.",
}
r = [
 ("A", "Hi there, thanks for calling Brightmart Rewards, you're through to Aisha."),
 ("A", "Points expire if there's been no activity on the card for 12 months, and your last scan was in August last year."),
 ("C", "The system shows an expiry reminder was emailed to you in July and again in August."),
 ("C", "You'd have had to scan your card at least once in the year to keep the points live."),
 ("C", "It's in the terms you accepted when you joined, so I'm afraid the expiry stands."),
 ("C", "If the email on your account is out of date, that's something you'd need to keep updated yourself."),
 ("A", "Were you not using the card at the till? Because that's all it would've taken."),
 ("C", "The reminders went to an old address we never updated after your change request, so that's our error, not yours."),
 ("C", "You didn't miss anything, the expiry notices were never sent because of a fault on our side over the summer."),
 ("B", "Twelve thousand points is sixty pounds you'd put aside for the grandkids' Christmas, and finding it gone without a word is a real blow."),
 ("B", "I completely understand how frustrating that must be."),
 ("B", "How does losing the points change things for you this Christmas?"),
 ("D", "I've put the full 12,000 points back on your card just now, and they'll show in the app within the hour."),
 ("D", "As a goodwill gesture I can add 2,000 bonus points today."),
 ("D", "Expired points can't be reinstated, I'm afraid, it's a system-wide rule."),
 ("D", "I'm not able to restore them on this call, it has to go to the rewards team and that takes ten working days."),
 ("D", "I'll ring you on Monday between 10 and 12 with the rewards team's answer."),
 ("D", "I'll see if anything can be done."),
 ("D", "You can request a points review by filling in the online form under My Account."),
 ("E", "Can I ask what's prompting you to close the account after all this time?"),
 ("E", "Before I close it, what would make you want to stay a member?"),
 ("E", "If you keep the card, I can put you on Gold tier, which gives double points on everything until the end of the year."),
 ("E", "Nobody else on the high street gives you as much back per dollar, er, per pound as we do."),
 ("F", "I've closed your rewards account now, and you'll get a confirmation email in the next few minutes."),
 ("F", "Your account will be closed at the end of the month, once any pending points have cleared."),
 ("F", "I can start the closure, but you'll need to confirm it by replying to the email we send you."),
 ("F", "Yes, it's been closed, the card number was deactivated just now."),
 ("G", "Twenty years of weekly shops and it ends with your savings wiped, I can see why you're so angry."),
 ("G", "We value all our customers, whether it's twenty years or twenty days."),
 ("A", "Your balance moved to the dormant pot once the 12-month DOR flag triggered the auto-lapse batch."),
 ("D", "I'm going to put you through to our rewards specialists."),
 ("D", "I'll raise a complaint with my supervisor and mark it high priority."),
 ("G", "There's no need to shout, madam, let's just take a breath."),
 ("E", "Have I got that right, you want the points back first and then the account closed?"),
 ("G", "Wow, twenty years, and you've only just noticed the points now?"),
 ("C", "I'm not saying you should have kept an eye on the app."),
 ("A", "The points expired on the 1st of October."),
 ("F", "Sure."),
 ("B", "Sorry, that's a real shame."),
 ("C", "Most people keep track of their balance from their receipts, it's printed right at the bottom."),
]
S.append(("loyalty-points-expired", c, r))

rng = random.Random(15)
rows = []
n = START
for sit, cust, reps in S:
    assert len(reps) == 40, (sit, len(reps))
    reps = list(reps)
    rng.shuffle(reps)
    for key, rep in reps:
        rows.append({"id": "s%04d" % n, "situation": sit, "customer_said": cust[key], "rep": rep})
        n += 1
with open(OUT, "w", encoding="utf-8") as f:
    for row in rows:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print("wrote", len(rows), "lines to", OUT)

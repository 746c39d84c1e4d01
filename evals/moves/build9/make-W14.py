#!/usr/bin/env python3
"""Writer W14: holds the rep lines, shuffles within each situation (seed 14), writes sentences-W14.jsonl."""
import json, random, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences-W14.jsonl")
START = 3740
SEED = 14

DATA = []

# ---------------- 1. online-marketplace-seller-dispute ----------------
C = {
 "A": "I bought a used camera from one of your sellers, it turned up with a cracked lens and the seller won't answer me.",
 "B": "The seller says it was fine when they posted it. That's rubbish.",
 "C": "Your site says the second parcel was delivered on the 3rd but I never got it.",
 "D": "I had to cancel a paid photo shoot because of this.",
 "E": "Honestly I'm done with your marketplace. Close my account.",
 "F": "So am I getting my £420 back or not?",
 "G": "Is my account closed now?",
}
L = [
 ("A", "Hi, thanks for getting in touch with Tradeloft support, my name's Priya."),
 ("A", "Did you check the photos on the listing before you paid? The crack might well have been visible there."),
 ("A", "The listing was marked 'sold as seen', which means the seller doesn't have to take it back for wear they disclosed."),
 ("A", "I'm sorry, opening a camera you've waited a week for and finding the lens cracked is a rotten moment."),
 ("A", "I understand how annoying that must be."),
 ("B", "Our records show you marked the item as received and gave the seller five stars the same afternoon."),
 ("B", "The seller isn't employed by us, so what they told you is really between the two of you."),
 ("B", "That's not on you at all, the seller should have packed it properly, and we'll hold them to that."),
 ("B", "You'd have had to open a dispute within 48 hours of delivery for the buyer guarantee to apply."),
 ("B", "So the seller is saying it left them in one piece."),
 ("C", "Tracking shows it was delivered and signed for at 14:12 on the 3rd, so as far as the system's concerned it reached you."),
 ("C", "Maybe check with your neighbours or the post room first? Parcels do get taken in."),
 ("C", "The courier scanned it as delivered but there's no photo or signature, so nobody can actually say where it ended up."),
 ("C", "That one's our mistake, the label on the second parcel was printed with the wrong flat number."),
 ("C", "I'm raising a trace with the courier now and I'll email you what they find by Friday at 5pm."),
 ("C", "I can't open a missing-parcel claim until seven days after the delivery date, so that would be Wednesday."),
 ("D", "Cancelling a paid shoot because your kit wasn't usable, that's lost income and a client you had to let down."),
 ("D", "How has this affected your bookings since then?"),
 ("D", "Was the shoot insured, and have you got the invoice for it?"),
 ("D", "To be fair, we do advise buyers not to rely on second-hand items for time-critical work."),
 ("D", "Sorry for any inconvenience caused."),
 ("E", "Before you go, why are you closing the account? Is it just this one seller?"),
 ("E", "What would it take for you to give us another go?"),
 ("E", "If you stay, I can put Tradeloft Plus on your account free for six months, that's free returns on everything."),
 ("E", "We've got the strongest buyer protection of any marketplace in the UK, honestly nobody else comes close."),
 ("E", "Account closures go through the web form under Settings, I'm not able to do that from here."),
 ("E", "I can start the closure request, but it won't be final until any open disputes are settled."),
 ("F", "I'm refunding the full £420 to your card right now, you'll see it in three to five working days."),
 ("F", "There might be a refund option down the line, depending on what the seller comes back with."),
 ("F", "Refunds only go back to the original card, and that card was cancelled in May, which is why the first attempt bounced."),
 ("F", "If your bank is sitting on the refund, that's down to them, not us."),
 ("F", "I'm afraid we can't refund anything until the camera's been posted back to the seller."),
 ("F", "Oh sure, because we just hand £420 to anyone who rings up."),
 ("F", "I'm passing this over to our Buyer Guarantee team, they can overrule the seller."),
 ("F", "Calm down please, shouting at me won't make the refund any quicker."),
 ("G", "Yes, your account's closed as of this minute, and a confirmation email is on its way."),
 ("G", "It'll close at the end of the month once the last payout clears."),
 ("G", "It's flagged for closure in the ODR queue, pending a T&S sweep."),
 ("G", "Okay."),
 ("G", "So you're after the full refund and the account shut, does that sound right?"),
]
DATA.append(("online-marketplace-seller-dispute", C, L))

# ---------------- 2. parking-app-wrong-charge ----------------
C = {
 "A": "Your app charged me $38 for parking I only used for forty minutes.",
 "B": "I ended the session in the app, I know I did.",
 "C": "And now I've got a $65 ticket on top, even though I paid.",
 "D": "I was late picking my kid up from school because I was stuck arguing with the enforcement guy.",
 "E": "I want my card taken off and the auto-renew monthly pass cancelled.",
 "F": "Why does this keep happening?",
 "G": "Is the pass cancelled or not?",
}
L = [
 ("A", "Hey, you're through to ParkPass, I'm Dre, what can I do for ya?"),
 ("A", "It looks like the session was never stopped, so it ran on until the daily max kicked in at $38."),
 ("A", "You didn't hit End Session, so the meter kept running, that one's really on you."),
 ("A", "Our records show you extended the session twice from your phone, at 11:02 and again at 12:40."),
 ("A", "Forty minutes billed as a whole day is just wrong, and I'm sorry."),
 ("A", "I'm crediting the $38 back to your card right now, less the forty-minute rate of $4.10."),
 ("B", "The app shows the session still active at 6pm, so from our side it was never ended."),
 ("B", "Are you sure you didn't close the app before the confirmation screen came up?"),
 ("B", "That's not your fault, there was a bug in version 4.2 where End Session didn't always save."),
 ("B", "Honestly that's a fault on our end, the sensor in lot 14 has been dropping sessions all week."),
 ("B", "Your phone might have been in low-data mode, which stops the app syncing, so that's more of a phone settings thing."),
 ("B", "Right, you ended it in the app."),
 ("C", "Tickets are issued by the city, not by us, so you'd need to appeal that with them directly."),
 ("C", "Did you enter the right zone number? 4417 and 4471 get mixed up all the time."),
 ("C", "The plate on your account reads ABC123 and the car was ABC128, so the warden's scanner found no payment for it."),
 ("C", "Your plate was saved wrong on the account, you'd have had to update it before you parked."),
 ("C", "I'm sending the city a proof-of-payment letter for that ticket today, and you'll get a copy by email before 6pm."),
 ("C", "I cant do anything about the ticket from here, sorry."),
 ("C", "We could maybe look at the ticket at some point."),
 ("D", "Being late for your kid because you were stuck arguing over a ticket you'd already paid for, that's a horrible afternoon."),
 ("D", "What happened when you finally got to the school?"),
 ("D", "How's all this been for you, with the school run and everything?"),
 ("D", "Can I just grab the ticket number and the date it was issued?"),
 ("D", "I hear you, that's frustrating."),
 ("E", "Can I ask what's made you want to cancel the pass?"),
 ("E", "Is it the price or the app? Help me understand what's not working for you."),
 ("E", "If you keep the pass I'll knock it down to $19 a month for the next three months."),
 ("E", "We've got more lots than any other parking app in the city, you'd be giving up a lot."),
 ("E", "Done, the monthly pass is cancelled right now and your card's been removed, you won't be charged on the 1st."),
 ("E", "I've set the pass to cancel at the end of this billing period, so it stays active until the 30th."),
 ("E", "You'll need to fill in the cancellation form in the app under Account, then Pass."),
 ("E", "I can't remove a card while there's a disputed charge open on it, that's policy."),
 ("F", "It keeps happening because the app can only end a session when it has signal, and that garage has basically none underground."),
 ("F", "We've had a few reports about that garage, so it's not just you."),
 ("F", "I'm escalating this to our tech team as a priority one and flagging your account for review."),
 ("F", "It's an LPR mismatch on the ANPR feed, the VRM didn't resolve."),
 ("G", "Yep, it's cancelled, you're all set."),
 ("G", "I'm not cancelling anything while you're talking to me like that, sir, take a breath."),
 ("G", "Let me just check."),
 ("G", "So the pass is cancelled and the $38 is coming back to you, is that clear?"),
]
DATA.append(("parking-app-wrong-charge", C, L))

# ---------------- 3. private-school-fees-refund ----------------
C = {
 "A": "We withdrew Maya in September and you've still taken the full autumn term's fees, £6,200.",
 "B": "We gave notice as soon as we knew we were moving.",
 "C": "You never told us there was a full term's notice period.",
 "D": "We're paying two schools at once now and it's wrecked our budget.",
 "E": "I want the direct debit cancelled today.",
 "F": "And what about the £1,500 deposit?",
 "G": "Maya was being bullied, that's why we left, and nobody did anything.",
}
L = [
 ("A", "Good morning, Oakridge School bursary, Helen speaking."),
 ("A", "The contract requires a full term's written notice, and as notice came in September the autumn fees are due in lieu."),
 ("A", "I'm afraid the fees for this term can't be refunded."),
 ("A", "Losing £6,200 for a term Maya never sat in a classroom here must have been a real shock."),
 ("A", "I do understand, these situations are never easy."),
 ("A", "The parent contract you signed in March states quite clearly that notice must be given by the first day of the previous term."),
 ("B", "Notice has to be in writing to the Head, and what we recieved was an email to the form tutor, which doesn't count."),
 ("B", "You'd have had to write to the Head before the end of the summer term for this to be any different."),
 ("B", "With respect, a move is usually something families can plan for rather further ahead than that."),
 ("B", "That's not on you, we should have acknowledged your email and told you it needed to go to the Head."),
 ("B", "Our file has the notice letter dated 4 September, and the deadline was 1 September."),
 ("B", "So you told us the moment you knew."),
 ("C", "The notice period is set out in section 7 of the terms, which went out with the acceptance letter."),
 ("C", "Did you read the terms and conditions before you signed the acceptance form?"),
 ("C", "You're right that it wasn't in the welcome pack, and it should have been, that was our oversight."),
 ("C", "Admissions send out the terms, not the bursary, so you'd need to take that up with them."),
 ("C", "Is it really so hard to read page two?"),
 ("D", "Paying two sets of fees while you're trying to settle somewhere new, I can see how that's knocked everything sideways."),
 ("D", "How is the family managing with the double fees at the moment?"),
 ("D", "Could you confirm the account number on the fee invoice for me?"),
 ("D", "I'm sorry for the stress this has caused."),
 ("D", "I can offer to spread the £6,200 over six monthly instalments with no charge, starting in November."),
 ("D", "There may be some hardship flexibility, I'd have to see."),
 ("E", "I've cancelled the direct debit this morning, so no further collections will be taken from your account."),
 ("E", "The direct debit will stop once the autumn term balance has been collected in full."),
 ("E", "To cancel you'll need to complete the withdrawal form and send it to the Registrar."),
 ("E", "May I ask why you've decided to withdraw Maya? Was it something we could have done differently?"),
 ("E", "Before you cancel, we do have a 10% sibling discount if her brother joins us next year."),
 ("E", "Oakridge has the best A-level results in the county, it would be a shame to lose that."),
 ("F", "The deposit is held against the final term's account, so it's been offset against the autumn fees."),
 ("F", "I'm refunding the £1,500 deposit in full today, and it'll reach your account by Thursday."),
 ("F", "I'll have the finance committee review the deposit and write to you by 15 October."),
 ("F", "I can't make a decision on the deposit, that sits with the Governors."),
 ("F", "I'll refer the deposit question to the Bursar herself as an urgent case."),
 ("G", "I'm so sorry, that's a serious thing and it should have been dealt with."),
 ("G", "Were the incidents reported in writing at the time? We have no record of any complaint."),
 ("G", "Watching Maya be bullied and feeling that nobody was listening, no parent should have to go through that."),
 ("G", "Take a deep breath, Mrs Okafor, getting upset won't help us sort this."),
 ("G", "Refund, deposit, notice, bullying. Noted."),
 ("G", "So just so I've got it straight, you want the autumn fees and the deposit back, is that right?"),
]
DATA.append(("private-school-fees-refund", C, L))

# ---------------- 4. electric-scooter-rental-fine ----------------
C = {
 "A": "I've been fined €50 for parking the scooter outside the zone, but I left it right by the station.",
 "B": "The app said the ride was ended, I saw the green tick.",
 "C": "And there's a €25 recovery fee as well? For what?",
 "D": "I missed my train because the app wouldn't let me end the ride.",
 "E": "Now my account is suspended and I can't even use it to get to work.",
 "F": "Just get rid of my account, I'm not using this again.",
}
L = [
 ("A", "Hi there, thanks for calling Zipp, you're speaking with Marco."),
 ("A", "The GPS puts the scooter about 40 metres outside the parking zone, and that's what triggered the €50."),
 ("A", "The end-of-ride photo you uploaded shows it on the pavement past the blue line, so it was parked out of zone."),
 ("A", "You're responsible for checking the map before you end a ride, that's in the rider terms."),
 ("A", "GPS drift right by the station is a known issue, and that's not down to you."),
 ("A", "The geofence polygon for Station Square was misconfigured after the last OTA push."),
 ("A", "I'm cancelling the €50 fine now and you'll see the reversal on your card within five days."),
 ("B", "The green tick only means the photo uploaded, not that the ride was accepted as ended."),
 ("B", "The system shows the ride running for another 12 minutes after that, so it can't have been locked properly on your side."),
 ("B", "Maybe your phone lost signal? That's down to your network provider, not us."),
 ("B", "You saw the green tick, right."),
 ("B", "Our app failed to register the end of your ride, and that's on us, not you."),
 ("C", "The €25 recovery fee covers someone from our team going out to move the scooter back into the zone."),
 ("C", "That fee stands, I'm afraid, it's policy once a scooter's been collected."),
 ("C", "If you'd parked in the zone the team wouldn't have needed to go out at all."),
 ("C", "Sure, because our staff just love driving round at midnight for fun."),
 ("C", "I'll waive the recovery fee as well, it'll come off today."),
 ("D", "Missing your train because the app wouldn't let you finish the ride, after you'd done everything right, is miserable."),
 ("D", "What did missing that train mean for you? Were you on your way to something important?"),
 ("D", "And you'll still have the train ticket with you."),
 ("D", "Sorry for the hassle."),
 ("D", "Well, the app does warn you there can be delays ending rides at busy stations."),
 ("E", "How are you getting to work at the moment without it?"),
 ("E", "Having your way to work cut off overnight over a fine you're disputing, I get why you're fuming."),
 ("E", "Suspensions are automatic when a fine's unpaid after 72 hours, which is why the account locked on Tuesday."),
 ("E", "I can't lift the suspension until the dispute's resolved, and that takes up to ten working days."),
 ("E", "I'm lifting the suspension right now, you should be able to unlock a scooter in the next few minutes."),
 ("E", "I'll pass you over to our Safety and Compliance team, they handle suspensions."),
 ("E", "I'm putting this to my team lead as urgent, and she'll ring you back before 4 today."),
 ("E", "Suspensions are handled by email only, so please write to appeals@zipp.example."),
 ("F", "Okay, can I ask what's put you off? Was it just this fine?"),
 ("F", "Is there really nothing we could do to change your mind?"),
 ("F", "How about a month of free unlocks on us if you stay? That's about €30 worth."),
 ("F", "We've got the newest fleet in the city, nobody else's scooters have dual brakes."),
 ("F", "Your account's deleted as of now, and your card details have been wiped."),
 ("F", "I can put in a request to delete the account, it normally goes through in about 30 days."),
 ("F", "I'd love to close it for you but I physically can't while there's a balance on it."),
 ("F", "Can you stop swearing please and just calm down a minute."),
 ("F", "I'm not going to blame you for the signal, don't worry."),
 ("F", "So the fine's gone, the fee's gone and the account's closed, does that all make sense?"),
]
DATA.append(("electric-scooter-rental-fine", C, L))

# ---------------- 5. printer-ink-subscription ----------------
C = {
 "A": "I've been charged £14.99 a month for an ink plan I thought I cancelled in June.",
 "B": "I cancelled it on the website, I got an email and everything.",
 "C": "My printer now refuses to print with the ink I bought from a shop.",
 "D": "I couldn't print my daughter's coursework the night before it was due.",
 "E": "I just want this subscription cancelled, properly, today.",
 "F": "Can I get the money back for the months since June?",
 "G": "Is it actually cancelled this time?",
}
L = [
 ("A", "Good afternoon, InkFlow customer care, this is Tom, how can I help?"),
 ("A", "Our records show you reactivated the plan in July when you ordered the free trial cartridge."),
 ("A", "The plan carried on because the June cancellation was only a pause, and pauses restart by themselves after 30 days."),
 ("A", "I'm really sorry, you shouldn't have been billed a penny after June."),
 ("A", "I understand your frustation."),
 ("A", "You'd have had to return the plan cartridges within 14 days for the cancellation to go through."),
 ("B", "The email you got was a 'request received' notice, not a confirmation, so the cancellation was never completed."),
 ("B", "Did you click the link in that email to confirm it? Without that it stays active."),
 ("B", "You're not at fault here, our site was sending out the wrong email for about two weeks in June."),
 ("B", "The website's run by a separate company, so if it didn't save your cancellation that's really their issue."),
 ("B", "So you got an email saying it was cancelled."),
 ("C", "Shop-bought cartridges won't work while the plan is active, because the printer checks for plan cartridges."),
 ("C", "Using unofficial cartridges goes against the plan terms you accepted, so the block is expected."),
 ("C", "The firmware's DRM handshake rejected the non-OEM chip."),
 ("C", "Wow, shocking that a printer wants its own ink, isn't it."),
 ("C", "I'm sending you a code right now that unlocks the printer for any cartridge, it'll be in your inbox in two minutes."),
 ("C", "Honestly our cartridges give the sharpest prints on the market, the shop ones just aren't in the same league."),
 ("D", "Not being able to print your daughter's coursework the night before the deadline, that's a panic nobody needs."),
 ("D", "How did it turn out with the coursework in the end?"),
 ("D", "What model is the printer, and can you read me the serial from the back?"),
 ("D", "That must be frustrating, I'm sorry to hear it."),
 ("D", "To be honest, most people keep a spare cartridge in for exactly that kind of night."),
 ("E", "Can I ask why you'd like to cancel? Is it the price?"),
 ("E", "Help me understand, what is it about the plan that isn't working for you?"),
 ("E", "If you stay I can drop you to the 50-page plan at £2.99 a month, which would suit how little you print."),
 ("E", "I won't try to talk you into staying, I can tell you've had enough."),
 ("E", "I've cancelled the subscription now, effective immediately, and you'll get a confirmation number on screen and by email."),
 ("E", "I can set the plan to end after your next billing date on the 12th."),
 ("E", "Cancellations have to be done through the printer's own settings menu, I can't do it from here."),
 ("E", "I'll start the cancellation, but you'll need to post the unused cartridges back before it's final."),
 ("F", "I'm refunding the four months since June, £59.96, to your card today."),
 ("F", "I can only refund the last 30 days, anything older is outside the refund window."),
 ("F", "I'll put in a request with the billing team and they'll decide on any refund."),
 ("F", "Let me transfer you to billing, they deal with refunds."),
 ("F", "I'm taking the refund to a supervisor and I'll call you back by midday tomorrow with an answer."),
 ("F", "If the money hasn't landed yet, that's your bank's processing times, not something we control."),
 ("G", "Yes, it's cancelled, confirmation number IF-20931, and nothing more will go out."),
 ("G", "There's no need to raise your voice, sir, just relax and I'll get there."),
 ("G", "One sec."),
 ("G", "So the plan's cancelled, the printer's unlocked and the refund's on its way, have I got that right?"),
]
DATA.append(("printer-ink-subscription", C, L))


def main():
    rng = random.Random(SEED)
    n = START
    rows = []
    for situation, cust, lines in DATA:
        assert len(lines) == 40, (situation, len(lines))
        lines = list(lines)
        rng.shuffle(lines)
        for key, rep in lines:
            rows.append({"id": "s%04d" % n, "situation": situation,
                         "customer_said": cust[key], "rep": rep})
            n += 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "lines to", OUT)


if __name__ == "__main__":
    main()

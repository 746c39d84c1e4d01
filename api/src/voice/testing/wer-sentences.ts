/**
 * Rep sentences for measuring the offline recogniser. `seen` are lines that appear in Parley's
 * domain text (so in the language model's training data); `unseen` were written for this test,
 * in the same domain but not copied from any file the model learns from: the honest figure.
 */
export const WER_SENTENCES = {
  seen: [
    "How have the outages affected your work?",
    "I can put a full month's credit on your account.",
    "I can send a technician out this week.",
    "Is there anything else I can help you with today?",
    "I'm so sorry, that sounds really frustrating.",
    "Let me just pull up your account.",
    "Your cancellation is confirmed.",
    "Could you confirm the account number for me?",
  ],
  unseen: [
    "Hi Dana, I'm really sorry to hear the internet dropped during your client call.",
    "Three outages in one month is far too many, and I can see why you want to leave.",
    "Could you tell me how the outages have affected your work this week?",
    "I can cancel your service today if that is what you would like.",
    "I can also offer you a month of free service and a technician visit on Thursday.",
    "Harold, the price went up because your twelve month discount has ended.",
    "I can move you onto a cheaper plan and send the new price in writing.",
    "I'm sorry your phone line has been down all day, that must be costing you customers.",
    "Let me divert your business calls to your mobile while the engineer fixes the line.",
    "Is there anything else I can do for you before we finish the call?",
    "I understand, nobody wants to pay more without being told why.",
    "I will put a note on your account and call you back on Friday.",
    "Thank you for staying with us, I will email you the details now.",
    "Can you confirm the address for the account please?",
    "I am sorry, that is not good enough from us.",
    "What time would suit you for the engineer to visit?",
    "Your final bill will only cover the days up to today.",
    "We should have called you after the second outage.",
    "I can take the fee off and refund it to your card.",
    "Um, so, I can see the line dropped three times this month.",
  ],
};

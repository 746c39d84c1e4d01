/** Scripted strong and weak reps for each shipped persona, shared by behaviour tests. */
export const REP_SCRIPTS: Record<string, { good: string[]; bad: string[] }> = {
  "cancel-after-outages": {
    good: [
      "Hi Dana, I'm Sam. I'm so sorry — three outages in a month is not acceptable, and losing a client call because of us sounds awful.",
      "How have the outages affected your work this month?",
      "That makes sense, I understand why you're done with us. What happened is a faulty card at the exchange, and it's been replaced.",
      "I can put a full month's credit on your account and send a technician out this week to fix the line properly. Would that help?",
    ],
    bad: [
      "Okay. Before you go, have you heard about our new bundle deal? It's a great upgrade.",
      "Ma'am, please calm down.",
      "I can't cancel that today, it's policy. You'll need to call the retentions team.",
      "Let me transfer you to another department.",
      "You should have restarted the router.",
    ],
  },
  "bill-went-up": {
    good: [
      "Hello Harold, I'm Sam. I'm sorry the bill gave you a fright — a jump from $55 to $85 is a lot when you weren't expecting it.",
      "Can I ask how the higher bill has affected you this month?",
      "Nothing's gone wrong with your account. When you joined you had a discount for twelve months, and that year has ended, so this is the full price.",
      "Does that make sense so far? What questions do you have?",
      "I can move you to a plan at $60 a month today, and I'll post you a letter this week with the new price in writing.",
    ],
    bad: [
      "Your promotional MRC rolled off so you're on the standard rack rate now, prorated from your billing cycle.",
      "Before you go, I can upgrade you to our premium bundle.",
      "It was in the terms you agreed to, you should have read the letter.",
      "Like I said, it's the promo ending.",
      "Anything else?",
    ],
  },
  "business-line-down": {
    good: [
      "Teresa, I'm so sorry — your line down all day on a Friday, with phone orders being half your trade, that's awful.",
      "How has it affected the shop today?",
      "I'm escalating this to our priority fault team now, and I'll forward your shop number to your mobile so you don't miss orders.",
      "I'll call you back by 2pm with the engineer's arrival time.",
    ],
    bad: [
      "Hello, thanks for calling. Have you tried restarting the router?",
      "Can you check the lights on the router for me?",
      "Let me transfer you to technical support.",
      "There's nothing I can do, you'll have to wait.",
      "Please calm down.",
    ],
  },
};

import { createContext, useContext } from "react";

/** How a transcript index reads on the scorecard ("your 3rd reply"); ScorecardView provides it. */
export const TurnNames = createContext<(index: number) => string>((index) => `turn ${index}`);

export const useTurnName = () => useContext(TurnNames);

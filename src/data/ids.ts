// The one generator of entry ids (PME entries, sessions, records, decisions, instruments…): a random
// UUID v4 from the platform. It lives in the data layer, not the domain, because the domain takes no
// randomness it is not handed (style habit 1); screens that need an id before writing import it here.
export const newId = (): string => crypto.randomUUID();

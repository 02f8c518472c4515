/**
 * Periods drawn as background bands on the timeline and used to group the
 * event list. They are framing, not claims: boundaries are the conventional
 * dates (the October Revolution, the dissolution of the USSR, the 2022
 * invasion). Contiguous, so every event falls in exactly one.
 */
export interface Era {
  id: string;
  /** Heading in the event list and band label when it fits. */
  label: string;
  /** Band label when the full one does not fit. */
  short: string;
  /** First day (inclusive), YYYY-MM-DD; undefined = open start. */
  start?: string | undefined;
  /** Day the next era starts (exclusive), YYYY-MM-DD; undefined = open end. */
  end?: string | undefined;
}

export const ERAS: readonly Era[] = [
  { id: 'russian-empire', label: 'Russian Empire (to 1917)', short: 'Empire', end: '1917-11-07' },
  { id: 'soviet-era', label: 'Soviet era (1917–1991)', short: 'Soviet era', start: '1917-11-07', end: '1991-12-26' },
  { id: 'post-soviet-talks', label: 'Post-Soviet talks (1991–2022)', short: 'Post-Soviet', start: '1991-12-26', end: '2022-02-24' },
  { id: 'after-2022', label: 'After the 2022 invasion of Ukraine', short: 'After 2022', start: '2022-02-24' },
];

/** The era a partial date (YYYY, YYYY-MM or YYYY-MM-DD) falls in. */
export function eraOf(date: string, eras: readonly Era[] = ERAS): Era {
  // A partial date compares as its first day: "1991" sorts before "1991-12-26".
  const found = eras.find((e) => (!e.start || date >= e.start) && (!e.end || date < e.end));
  if (!found) throw new Error(`no era covers ${date}`);
  return found;
}

/** The event list's structure: eras, then years, events in chronological order. */
import { yearOf } from '../dates';
import { ERAS, eraOf, type Era } from './eras';

interface YearGroup<T> {
  year: number;
  events: T[];
}

export interface EraGroup<T> {
  era: Era;
  years: YearGroup<T>[];
}

/** Groups events (already in chronological order) by era and year, leaving out empty eras. */
export function groupByEraAndYear<T extends { date: string }>(events: readonly T[], eras: readonly Era[] = ERAS): EraGroup<T>[] {
  const groups: EraGroup<T>[] = [];
  for (const e of events) {
    const era = eraOf(e.date, eras);
    let group = groups.at(-1);
    if (group?.era.id !== era.id) {
      group = { era, years: [] };
      groups.push(group);
    }
    const year = yearOf(e.date);
    let y = group.years.at(-1);
    if (y?.year !== year) {
      y = { year, events: [] };
      group.years.push(y);
    }
    y.events.push(e);
  }
  return groups;
}

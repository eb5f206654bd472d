import { describe, expect, it } from 'vitest';
import {
  FRENCH_DATE,
  FRENCH_DATE_TIME,
  addParisDays,
  addParisMonths,
  dayBeforeAt,
  daysBetweenParisDays,
  formatParis,
  parisDateTime,
  parisDay,
  parisWallClock,
  startOfParisDay,
} from './time';

// Clocks go forward at 02:00 on 2026-03-29 and 2027-03-28, back at 03:00 on 2026-10-25 and 2027-10-31.
const offset = (instant: Date) => formatParis(instant, 'xxx');

describe('parisDateTime', () => {
  it('gives the instant of a Paris wall-clock time in winter and in summer', () => {
    expect(parisDateTime('2026-01-15', '14:00').toISOString()).toBe('2026-01-15T13:00:00.000Z');
    expect(parisDateTime('2026-07-15', '14:00').toISOString()).toBe('2026-07-15T12:00:00.000Z');
  });

  it('reads a time skipped in spring with the offset before the gap', () => {
    for (const day of ['2026-03-29', '2027-03-28']) {
      const instant = parisDateTime(day, '02:30');
      expect(instant.toISOString()).toBe(`${day}T01:30:00.000Z`);
      expect(parisWallClock(instant).time).toBe('03:30');
    }
    expect(parisDateTime('2026-03-29', '01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(parisDateTime('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the first of the two occurrences of a time shown twice in autumn', () => {
    expect(parisDateTime('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parisDateTime('2027-10-31', '02:30').toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(parisDateTime('2026-10-25', '02:00').toISOString()).toBe('2026-10-25T00:00:00.000Z');
    // Either side of the repeated hour, there is one reading only.
    expect(parisDateTime('2026-10-25', '01:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(parisDateTime('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('refuses days and times that do not exist on any clock', () => {
    expect(() => parisDateTime('2026-02-30', '10:00')).toThrow(RangeError);
    expect(() => parisDateTime('2026-13-01', '10:00')).toThrow(RangeError);
    expect(() => parisDateTime('2026-03-30', '24:00')).toThrow(RangeError);
    expect(() => parisDateTime('30/03/2026', '10:00')).toThrow(RangeError);
    expect(() => parisDateTime('2026-03-30', '9:00')).toThrow(RangeError);
  });
});

describe('Paris days', () => {
  it('names the Paris day, which is not the UTC day late in the evening', () => {
    expect(parisDay(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(parisDay(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
    expect(parisDay(new Date('2026-01-15T22:30:00Z'))).toBe('2026-01-15');
  });

  it('starts a Paris day at Paris midnight, whatever its length', () => {
    expect(startOfParisDay(new Date('2026-03-29T20:00:00Z')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfParisDay(new Date('2026-03-30T20:00:00Z')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfParisDay(new Date('2026-10-25T20:00:00Z')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfParisDay(new Date('2026-10-24T22:00:00Z')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });

  it('tells the day, time and ISO weekday on Paris clocks', () => {
    expect(parisWallClock(new Date('2026-03-29T22:30:00Z'))).toEqual({ date: '2026-03-30', time: '00:30', weekday: 1 });
    expect(parisWallClock(new Date('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30', weekday: 7 });
  });
});

describe('addParisDays', () => {
  it('keeps a weekly 14:00 meeting at 14:00 in Paris while its offset moves to +02:00', () => {
    const first = parisDateTime('2026-03-23', '14:00');
    const weeks = [0, 1, 2].map((week) => addParisDays(first, 7 * week));
    expect(weeks.map((instant) => instant.toISOString())).toEqual([
      '2026-03-23T13:00:00.000Z',
      '2026-03-30T12:00:00.000Z',
      '2026-04-06T12:00:00.000Z',
    ]);
    expect(weeks.map((instant) => formatParis(instant, 'yyyy-MM-dd HH:mm xxx'))).toEqual([
      '2026-03-23 14:00 +01:00',
      '2026-03-30 14:00 +02:00',
      '2026-04-06 14:00 +02:00',
    ]);
    expect(weeks[1].getTime() - weeks[0].getTime()).toBe((7 * 24 - 1) * 3_600_000);
  });

  it('keeps it at 14:00 when the offset moves back to +01:00 in October, in 2026 and 2027', () => {
    for (const [before, after] of [
      ['2026-10-19', '2026-10-26'],
      ['2027-10-25', '2027-11-01'],
    ]) {
      const first = parisDateTime(before, '14:00');
      const next = addParisDays(first, 7);
      expect(parisWallClock(next)).toEqual({ date: after, time: '14:00', weekday: 1 });
      expect([offset(first), offset(next)]).toEqual(['+02:00', '+01:00']);
      expect(next.getTime() - first.getTime()).toBe((7 * 24 + 1) * 3_600_000);
    }
  });

  it('goes back in time with a negative count and keeps seconds', () => {
    const instant = new Date('2026-03-30T12:00:42.500Z');
    expect(addParisDays(instant, -1).toISOString()).toBe('2026-03-29T12:00:42.500Z');
    expect(addParisDays(instant, -2).toISOString()).toBe('2026-03-28T13:00:42.500Z');
  });

  it('resolves a weekly 02:30 like parisDateTime on the days clocks change', () => {
    const spring = addParisDays(parisDateTime('2026-03-22', '02:30'), 7);
    expect(spring.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(addParisDays(parisDateTime('2026-03-22', '02:30'), 14).toISOString()).toBe('2026-04-05T00:30:00.000Z');
    expect(addParisDays(parisDateTime('2026-10-18', '02:30'), 7).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('addParisMonths', () => {
  it('keeps a six-monthly 14:00 committee at 14:00 in Paris, winter and summer', () => {
    const first = parisDateTime('2026-01-15', '14:00');
    const dates = [0, 6, 12].map((months) => addParisMonths(first, months).toISOString());
    expect(dates).toEqual(['2026-01-15T13:00:00.000Z', '2026-07-15T12:00:00.000Z', '2027-01-15T13:00:00.000Z']);
  });

  it('takes the last day of a shorter month, counting each occurrence from the first date', () => {
    const first = parisDateTime('2027-01-31', '10:00');
    expect(parisWallClock(addParisMonths(first, 1))).toEqual({ date: '2027-02-28', time: '10:00', weekday: 7 });
    expect(parisDay(addParisMonths(parisDateTime('2028-01-31', '10:00'), 1))).toBe('2028-02-29');
    expect(parisDay(addParisMonths(first, 2))).toBe('2027-03-31');
    expect(parisDay(addParisMonths(first, 3))).toBe('2027-04-30');
    expect(parisDay(addParisMonths(first, -2))).toBe('2026-11-30');
    expect(parisDay(addParisMonths(first, 12))).toBe('2028-01-31');
  });

  it('resolves 02:30 on the day clocks go forward like parisDateTime', () => {
    // 28 March 2027 is the day clocks go forward: 02:30 does not exist and reads as 03:30 summer time.
    const spring = addParisMonths(parisDateTime('2027-02-28', '02:30'), 1);
    expect(spring.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(parisWallClock(spring).time).toBe('03:30');
  });

  it('counts calendar days between Paris days', () => {
    expect(daysBetweenParisDays('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetweenParisDays('2026-10-26', '2026-10-24')).toBe(-2);
  });
});

describe('dayBeforeAt', () => {
  it('reminds the day before at 09:00 Paris, on the Sunday clocks go forward', () => {
    const meeting = parisDateTime('2026-03-30', '14:00');
    const reminder = dayBeforeAt(meeting, '09:00');
    expect(reminder.toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(formatParis(reminder, 'EEEE yyyy-MM-dd HH:mm xxx')).toBe('dimanche 2026-03-29 09:00 +02:00');
  });

  it('uses the Paris day of the meeting, not its UTC day', () => {
    // 00:30 on Monday in Paris is still Sunday in UTC.
    const meeting = parisDateTime('2026-03-30', '00:30');
    expect(meeting.toISOString()).toBe('2026-03-29T22:30:00.000Z');
    expect(dayBeforeAt(meeting, '09:00').toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });

  it('reminds on the Sunday clocks go back, in winter time', () => {
    const meeting = parisDateTime('2027-11-01', '10:00');
    expect(dayBeforeAt(meeting, '09:00').toISOString()).toBe('2027-10-31T08:00:00.000Z');
  });
});

describe('formatParis', () => {
  it('writes dates and times in French', () => {
    expect(formatParis(parisDateTime('2026-03-30', '14:00'), FRENCH_DATE_TIME)).toBe('lundi 30 mars 2026 à 14 h 00');
    expect(formatParis(parisDateTime('2026-04-02', '09:05'), FRENCH_DATE_TIME)).toBe('jeudi 2 avril 2026 à 9 h 05');
    expect(formatParis(parisDateTime('2026-04-01', '10:00'), FRENCH_DATE)).toBe('mercredi 1er avril 2026');
  });

  it('writes the Paris day even when UTC is already on the next one', () => {
    expect(formatParis(new Date('2026-12-31T23:30:00Z'), FRENCH_DATE_TIME)).toBe('vendredi 1er janvier 2027 à 0 h 30');
  });
});

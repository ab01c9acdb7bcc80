import { describe, expect, it } from 'vitest';
import { addressForReading, type ReadAddress } from '../article-address.ts';

const FIRST = 'https://courier.example/news/drones-over-kursk';
const SECOND = 'https://courier.example/news/fire-in-voronezh';

describe('the address a reading is stored under', () => {
  const first: ReadAddress = { declared: FIRST, location: FIRST, text: 'Kursk story' };

  it('is the declared address on a first reading and on a re-reading of the same place', () => {
    expect(addressForReading(FIRST, `${FIRST}?utm_source=feed`, 'Kursk story', undefined)).toBe(
      FIRST,
    );
    expect(addressForReading(FIRST, FIRST, 'Kursk story, updated', first)).toBe(FIRST);
  });

  it('follows a router that moved its canonical link to the next story', () => {
    expect(addressForReading(SECOND, SECOND, 'Voronezh story', first)).toBe(SECOND);
  });

  it('is the new location when the router left the canonical link naming the first story', () => {
    expect(addressForReading(FIRST, `${SECOND}#top`, 'Voronezh story', first)).toBe(SECOND);
  });

  it('keeps the declared address when the text is the same at another location', () => {
    expect(addressForReading(FIRST, `${FIRST}/amp`, 'Kursk story', first)).toBe(FIRST);
  });
});

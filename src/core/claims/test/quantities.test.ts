import { describe, expect, it } from 'vitest';
import type { Claim } from '../../model.ts';
import { compareClaims } from '../compare.ts';
import {
  countRange,
  countsOf,
  LATIN_QUANTITY,
  QUANTITY,
  QUANTITY_OPENS,
  timeOf,
} from '../details.ts';
import { claimsOf, PLACES } from './article.ts';
import { corpusTexts } from './corpus.ts';

function claim(text: string, index = 0): Claim {
  const found = claimsOf(text, PLACES)[index];
  if (!found) throw new Error(`no claim ${index} in: ${text}`);
  return found;
}

const counted = (text: string) => countsOf(text, []).map((c) => [c.value, c.qualifier, c.unit]);

describe('countsOf reads numbers written as words', () => {
  it('reads dozens, couples, hundreds and compound numbers', () => {
    expect(counted('the army downed a dozen drones')).toEqual([[12, 'exact', 'drone']]);
    expect(counted('dozen UAVs were intercepted')).toEqual([[12, 'exact', 'drone']]);
    expect(counted('dozens of drones were seen')).toEqual([[24, 'several', 'drone']]);
    expect(counted('hundreds of residents fled')).toEqual([[200, 'several', 'person']]);
    expect(counted('a couple of drones crashed')).toEqual([[2, 'about', 'drone']]);
    expect(counted('two hundred and forty drones')).toEqual([[240, 'exact', 'drone']]);
    expect(counted('twenty-three drones')).toEqual([[23, 'exact', 'drone']]);
    expect(counted('1,500 homes')).toEqual([[1500, 'exact', 'building']]);
    expect(counted('more than a dozen drones')).toEqual([[12, 'more-than', 'drone']]);
  });

  it('counts people named by their nation as people, not the home they came back to', () => {
    expect(counted('Forty-two Georgians returned home on Sunday')).toEqual([
      [42, 'exact', 'person'],
    ]);
    expect(counted('about 90 Moldovans went home by bus')).toEqual([[90, 'about', 'person']]);
    expect(counted('twelve Russians were released')).toEqual([[12, 'exact', 'person']]);
  });

  it('reads a range by its end, not its opening number as a count of what came before', () => {
    expect(
      counted('some 3,000 households in Kherson were left without power for two to three hours'),
    ).toEqual([
      [3000, 'about', 'home without power'],
      [3, 'exact', 'hour'],
    ]);
  });

  it('counts the plural after a nation as the plural after a number, and what is handed over as exact', () => {
    expect(counted('Kyiv handed over 75 Russian prisoners on Monday')).toEqual([
      [75, 'exact', 'prisoner'],
    ]);
    expect(counted('Moscow returned 90 Ukrainian captives')).toEqual([[90, 'exact', 'captive']]);
  });

  it('counts measures and plurals no unit names, in their own unit', () => {
    expect(counted('the level fell by no more than half a metre')).toEqual([
      [0.5, 'at-most', 'metre'],
    ]);
    expect(counted('the level dropped by a metre')).toEqual([[1, 'exact', 'metre']]);
    expect(counted('flames covered 400 square meters')).toEqual([[400, 'exact', 'square metre']]);
    expect(counted('eleven trains were delayed')).toEqual([[11, 'exact', 'train']]);
    expect(counted('three ferries were stopped')).toEqual([[3, 'exact', 'ferry']]);
    expect(counted('no fewer than 20 buses')).toEqual([[20, 'at-least', 'bus']]);
    expect(counted('two ferries carried some 300 vehicles')).toEqual([
      [2, 'exact', 'ferry'],
      [300, 'about', 'vehicle'],
    ]);
  });

  it('counts no while, no days ago and no adjective as a unit', () => {
    expect(counted('it lasted half an hour')).toEqual([]);
    expect(counted('the depot was hit three days ago')).toEqual([]);
    expect(counted('two serious fires')).toEqual([]);
    expect(counted('three gas stations')).toEqual([]);
  });

  it('counts no distance from somewhere: it says where, not how much', () => {
    expect(counted('villages within twelve kilometres of the border')).toEqual([]);
    expect(counted('families living less than 8 km from the front')).toEqual([]);
    expect(counted('the shell landed a metre away')).toEqual([]);
    expect(counted('the water level fell by three metres')).toEqual([[3, 'exact', 'metre']]);
  });

  it('counts no ordinals and no "no one"', () => {
    expect(counted('the second drone fell')).toEqual([]);
    expect(counted('no one was hurt by the 3rd drone')).toEqual([]);
  });

  it('counts a woman, a man or a child among the hurt, before or after the verb', () => {
    expect(counted('A man was wounded at the market')).toEqual([[1, 'exact', 'person injured']]);
    expect(counted('the strike killed a child')).toEqual([[1, 'exact', 'person killed']]);
    expect(counted('three hurt after the raid')).toEqual([[3, 'exact', 'person injured']]);
  });

  it('counts a block of flats and a high-rise as buildings, and homes left dark apart', () => {
    expect(counted('wreckage hit a block of flats')).toEqual([[1, 'exact', 'building']]);
    expect(counted('two high-rises were damaged')).toEqual([[2, 'exact', 'building']]);
    expect(counted('some 400 homes were left without electricity')).toEqual([
      [400, 'about', 'home without power'],
    ]);
  });
});

describe('a clock told in words and a span of time count nothing', () => {
  it('counts no people, drones or buildings by the hour of a clock in words', () => {
    expect(
      counted('The blasts came at around half past nine local time, people in Sumy said'),
    ).toEqual([]);
    expect(counted('At ten to eleven residents of Sumy heard blasts')).toEqual([]);
    expect(counted('By twenty past four two houses in Kupiansk were burning')).toEqual([
      [2, 'exact', 'building'],
    ]);
    expect(counted('Two drones hit Izium; it was five in the morning')).toEqual([
      [2, 'exact', 'drone'],
    ]);
    expect(counted("Just gone eight o'clock, people in Okhtyrka reported smoke")).toEqual([]);
    expect(counted('shortly after four a.m. civilians in Nikopol heard blasts')).toEqual([]);
  });

  it('still counts a range "to" a number and harm told "in the morning" without a clock', () => {
    expect(counted('four to six drones flew over Chernihiv')).toEqual([[6, 'exact', 'drone']]);
    expect(counted('shelling wounded three in the morning and one at night')).toEqual([
      [3, 'exact', 'person injured'],
      [1, 'exact', 'person injured'],
    ]);
  });

  it('counts no people or weapons by a span of days, weeks or years before them', () => {
    expect(counted('Four days later, a missile struck the same bridge in Zatoka')).toEqual([
      [1, 'exact', 'missile'],
    ]);
    expect(counted('Two weeks ago, residents of Vovchansk were evacuated')).toEqual([]);
    expect(counted('Five years earlier, civilians had left the village')).toEqual([]);
    expect(counted('One day later, drones returned to Kramatorsk')).toEqual([]);
    expect(counted('For two full weeks residents of Kupiansk lived in shelters')).toEqual([]);
    expect(counted('Three drones circled Pavlohrad for two and a half hours')).toEqual([
      [3, 'exact', 'drone'],
    ]);
  });

  it('still counts hours and minutes as how long, and the workers of a night shift', () => {
    expect(counted('the bridge in Mykolaiv was closed for five hours')).toEqual([
      [5, 'exact', 'hour'],
    ]);
    expect(counted('firefighters put out the blaze within 40 minutes')).toEqual([
      [40, 'exact', 'minute'],
    ]);
    expect(counted('two night shift workers were injured')).toEqual([
      [2, 'exact', 'person injured'],
    ]);
  });
});

describe('"not one" and "not a single"', () => {
  it('counts none of what it names, but a bare number after it counts the same things', () => {
    expect(counted('not a single missile reached the port, and nine were shot down')).toEqual([
      [9, 'exact', 'missile'],
    ]);
  });

  it('still counts the total of "not one of the N"', () => {
    expect(counted('Not one of the 30 missiles hit the refinery')).toEqual([
      [30, 'exact', 'missile'],
    ]);
  });
});

describe('an attack by a weapon', () => {
  it('counts no weapon in "a drone attack" or "a missile raid"', () => {
    expect(countsOf('air defence repelled a drone attack on Lipetsk overnight', [])).toEqual([]);
    expect(countsOf('Kharkiv came under a missile raid at dawn', [])).toEqual([]);
    expect(countsOf('a drone was shot down over Lipetsk', [])).toEqual([
      { value: 1, qualifier: 'exact', unit: 'drone' },
    ]);
  });
});

describe('dozens', () => {
  it('reads "N dozen" as N twelves, "nearly" as about', () => {
    expect(countsOf('nearly three dozen homes were damaged in Bakhmach', [])).toEqual([
      { value: 36, qualifier: 'about', unit: 'building' },
    ]);
    expect(countsOf('two dozen drones were shot down', [])).toEqual([
      { value: 24, qualifier: 'exact', unit: 'drone' },
    ]);
  });
});

describe('timeOf and weekdays', () => {
  it('tells a weekday from the night after it and the night before it', () => {
    expect(timeOf('on Friday')).toBe('fri');
    expect(timeOf('late on Friday night')).toBe('night fri+night');
    expect(timeOf('in the night to Saturday')).toBe('night fri+night');
  });

  it('dates the event, not the telling or the clearing up after it', () => {
    expect(timeOf('after Monday’s strike, rescuers spent Tuesday clearing rubble')).toBe('mon');
    expect(timeOf('the toll from Sunday’s shelling has risen, the mayor said on Monday')).toBe(
      'sun',
    );
    expect(timeOf('a drone hit a house on Sunday, the mayor said on Monday')).toBe('sun');
    expect(timeOf('the mayor said on Monday')).toBe('mon');
  });

  it('dates a night told on a day to the night into that day', () => {
    // Told on Monday of a strike "overnight": Sunday's night, not Monday's.
    expect(
      timeOf('the army said on Monday that it had struck an airfield near Lida overnight'),
    ).toBe('night sun+night');
    expect(
      timeOf('drones struck an airfield near Lida during the night, the army said on Monday'),
    ).toBe('night sun+night');
  });

  it('does not date a claim by the day something lasts until', () => {
    expect(timeOf('lessons will be held remotely until Monday, the mayor said')).toBeUndefined();
    expect(timeOf('the bridge stays closed till next Sunday')).toBeUndefined();
    expect(timeOf('a drone hit a school on Friday; it is closed until Monday')).toBe('fri');
  });

  it('reads an hour told in words with its part of the day', () => {
    expect(timeOf('at around half past three in the morning')).toBe('03:30 morning');
    expect(timeOf('at a quarter to one in the morning')).toBe('00:45 morning');
    expect(timeOf('shortly after nine in the evening on Sunday')).toBe('21:00 evening sun');
    expect(timeOf("at eleven o'clock at night")).toBe('23:00 night');
    // No count, and without the part of the day an hour of either half, like "half past four".
    expect(timeOf("at ten o'clock")).toBe('~10:00');
    expect(timeOf('killing two in the morning attack')).toBe('morning');
  });

  it('reads midnight and noon as the hour of an event, not as a bound', () => {
    expect(timeOf('the shelling began shortly after midnight')).toBe('00:00');
    expect(timeOf('a siren sounded at about midday in Sumy')).toBe('12:00');
    expect(timeOf('AT NOON a drone struck a garage')).toBe('12:00');
    expect(timeOf('the curfew lasts until midnight')).toBeUndefined();
    expect(timeOf('power has been off since noon')).toBeUndefined();
  });

  it('moves a clock told in Moscow time to the clock of the place', () => {
    expect(timeOf('at 4:15 a.m. Moscow time', [5, 5])).toBe('06:15');
    expect(timeOf('at 11:30 p.m. Moscow time on Monday', [4, 4])).toBe('00:30 tue');
    expect(timeOf('at 4:15 a.m. Moscow time', [3, 3])).toBe('04:15');
    // Ukraine's offset is unsure without a date: no clock rather than a wrong one.
    expect(timeOf('at 4:15 a.m. Moscow time', [2, 3])).toBeUndefined();
  });

  it('reads an hour told with a.m. or p.m. as the 24-hour clock', () => {
    expect(timeOf('at about 6 a.m.')).toBe('06:00');
    expect(timeOf('at 2:20 p.m. on Monday')).toBe('14:20 mon');
    expect(timeOf('shortly before 12 a.m.')).toBe('00:00');
    expect(timeOf('at 11pm')).toBe('23:00');
    expect(timeOf('at 14:20')).toBe('14:20');
    expect(timeOf('6 ambulances arrived')).toBeUndefined();
  });
});

describe('compareClaims with counts in words, homes and days', () => {
  it('takes "a dozen" and "12" for one count', () => {
    const words = claim('Air defences shot down a dozen drones over the Belgorod region.');
    const digits = claim('12 UAVs were destroyed over Belgorod Oblast.');
    expect(compareClaims(words, digits).relation).toBe('same');
  });

  it('takes dozens of drones against twelve as another count', () => {
    const dozens = claim('Dozens of drones were shot down over the Belgorod region.');
    const twelve = claim('Twelve drones were shot down over Belgorod Oblast.');
    expect(compareClaims(dozens, twelve)).toMatchObject({
      relation: 'contradicts',
      difference: { aspect: 'count' },
    });
  });

  it('takes a man hurt when debris hit an apartment block for one injured in the same place', () => {
    const block = claim('A man was hurt in Rylsk when wreckage hit an apartment block.');
    const one = claim('One person was injured in Rylsk.');
    expect(compareClaims(one, block).relation).toBe('same');
  });

  it('finds "no injuries" contradicted by an injury at the same place, whatever the wording', () => {
    const none = claim('There were no injuries in Rylsk after the attack.');
    const hurt = claim('A woman was hurt in Rylsk when wreckage fell on a high-rise.');
    expect(compareClaims(none, hurt)).toMatchObject({
      relation: 'contradicts',
      difference: { aspect: 'polarity' },
    });
    expect(compareClaims(claim('No one was killed in Rylsk.'), hurt).relation).not.toBe(
      'contradicts',
    );
  });

  it('reads Tuesday night and the early hours of Wednesday as one night, Tuesday and Wednesday as two days', () => {
    const tuesdayNight = claim('On Tuesday night, 12 drones were shot down over Kursk.');
    const wednesday = claim('On Wednesday, air defences downed 12 drones over the Kursk region.');
    expect(compareClaims(tuesdayNight, wednesday).relation).toBe('same');
    const tuesday = claim('On Tuesday, 12 drones were shot down over Kursk.');
    const later = claim('On Thursday, air defences downed 20 drones over the Kursk region.');
    expect(compareClaims(tuesday, later).relation).toBe('unrelated');
    expect(
      compareClaims(tuesday, claim('On Tuesday, 20 drones were downed over Kursk.')),
    ).toMatchObject({ relation: 'contradicts', difference: { aspect: 'count' } });
  });

  it('takes homes cut off after a power line was hit for those that lost electricity', () => {
    // The outage, told after the damage in one sentence, and told before its cause in the other.
    const ours = claim('In Rylsk, a power line was damaged and 300 homes lost electricity.', 1);
    const theirs = claim('Power was cut to about 300 homes in Rylsk after a substation was hit.');
    expect(theirs.frame.event).toBe('outage');
    expect(compareClaims(theirs, ours).relation).toBe('same');
    const houses = claim('A drone hit two houses in Rylsk.');
    expect(compareClaims(houses, ours).relation).not.toBe('contradicts');
  });
});

describe('at least and at most', () => {
  it('lets "at least five" allow five and "up to five" allow five, unlike "more than" and "fewer than"', () => {
    expect(counted('at least five people were injured')).toEqual([
      [5, 'at-least', 'person injured'],
    ]);
    expect(counted('up to five drones')).toEqual([[5, 'at-most', 'drone']]);
    expect(countRange({ value: 5, qualifier: 'at-least', unit: 'drone' })).toEqual([5, Infinity]);
    expect(countRange({ value: 5, qualifier: 'at-most', unit: 'drone' })).toEqual([0, 5]);
    expect(countRange({ value: 5, qualifier: 'more-than', unit: 'drone' })).toEqual([6, Infinity]);
  });
});

describe('a weapon named by its designation', () => {
  it('counts the weapons, not the number in the model name', () => {
    expect(counted('two KAB-250 bombs fell on the outskirts')).toEqual([[2, 'exact', 'bomb']]);
    expect(counted('four Kh-101 missiles were launched')).toEqual([[4, 'exact', 'missile']]);
  });

  it('files weapons told as used, in the passive, as an attack with their count', () => {
    const used = claim('In Huliaipole, four KAB-250 bombs with guidance kits were used on Friday.');
    expect(used.frame.event).toBe('attack');
    expect(used.frame.counts.map((c) => [c.value, c.unit])).toEqual([[4, 'bomb']]);
  });
});

describe("QUANTITY's opening look-ahead", () => {
  /** The matches of a global pattern, each as its offset and text. */
  const found = (pattern: RegExp, text: string) =>
    [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
  /** A pattern without the look-ahead, which only saves the engine work. */
  const unguarded = (pattern: RegExp) =>
    new RegExp(pattern.source.replace(QUANTITY_OPENS, ''), pattern.flags);
  const twin = QUANTITY_OPENS.split('[\\p{L}\\p{N}]').join('[A-Za-z0-9]');

  it('is where the patterns start', () => {
    expect(QUANTITY.source.startsWith(QUANTITY_OPENS)).toBe(true);
    expect(LATIN_QUANTITY.source.startsWith(twin)).toBe(true);
  });

  /**
   * Every two words QUANTITY is written in, and others, joined as a quantity's words are and as
   * they are not ("FAB-500", "twenty-one", "5th"): a quantity's first two words settle whether
   * it is one, so a word missing from the look-ahead's list shows among these.
   */
  function pairs(): string[] {
    const words = [
      ...new Set(QUANTITY.source.match(/[a-z]+/g)),
      ...['the', 'drones', 'ones', 'FAB', 'Kh', '5th', '1,200', '3.5', '17', '_7', 'ſeveral'],
      ...['Василий', 'дронов', '12-', 'A', 'Half', 'DOZENS', 'ONE'],
    ].filter((w) => w.length > 1 || /^[aA]$/.test(w));
    return words.flatMap((first) =>
      words.flatMap((second) => [`${first} ${second}`, `x-${first}-${second}.`]),
    );
  }

  it('passes over no quantity, in text of any script', () => {
    const texts = [...pairs(), ...corpusTexts()];
    for (const pattern of [QUANTITY, LATIN_QUANTITY]) {
      const without = unguarded(pattern);
      for (const text of texts) expect(found(pattern, text)).toEqual(found(without, text));
    }
  });
});

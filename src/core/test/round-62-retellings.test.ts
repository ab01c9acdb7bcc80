/**
 * Retellings round 62 of the development set showed the check missing, about other places and
 * wording: a drone shot down near an object against one that hit it; a site's parts denied damage
 * together ("neither its buildings nor its equipment") against a workshop hit and burning; a clock
 * in words with its minutes ("twenty to three in the morning"); a shootdown told by its hour against
 * the blast heard; a fire "sparked" with an adjective before it; mobile internet "switched off"; an
 * attack or a shootdown told as the noun after a verb of telling ("confirmed the strike", "spoke only
 * of a downed drone"); a fire in a site's "technical building" against the object it housed; and one
 * official's denials of harm placed at two places of the region he heads.
 */
import { describe, expect, it } from 'vitest';
import { retold, statusOf } from './retold.ts';

describe('a drone shot down near an object, against a drone that hit it', () => {
  it('sets "hit the radio mast" against "shot down near the radio mast"', () => {
    const checked = retold(
      [
        'Drone downed near Cherkessk radio mast',
        'A drone was shot down near the radio mast on the outskirts of Cherkessk early on Wednesday, the head of the republic said.',
      ],
      [
        'Drone hits radio mast in Cherkessk',
        'A drone hit the radio mast on the outskirts of Cherkessk early on Wednesday, Telegram channels reported.',
      ],
    );
    expect(statusOf(checked, 'A drone hit the radio mast')).toBe('contradicted');
  });
});

describe('a site’s parts denied damage together', () => {
  const earlier: [string, string] = [
    'Drones repelled over Nevinnomyssk',
    'Air defence repelled a drone attack on Nevinnomyssk overnight into Thursday, the governor said. Wreckage fell on the grounds of a chemical plant in the town. Neither its buildings nor its equipment were damaged, he said.',
  ];

  it('sets a workshop of the plant hit and burning against the denial', () => {
    const checked = retold(earlier, [
      'Azot plant in Nevinnomyssk burns after drone strike',
      'Drones struck the Azot plant in Nevinnomyssk overnight into Thursday, monitoring channels reported. A workshop of the plant was hit and caught fire.',
    ]);
    expect(statusOf(checked, 'A workshop of the plant')).toBe('contradicted');
  });

  it('leaves a strike on the plant, told alone, standing beside the debris on its grounds', () => {
    const checked = retold(earlier, [
      'Drones over Nevinnomyssk',
      'Drones struck the Azot plant in Nevinnomyssk overnight into Thursday, monitoring channels reported.',
    ]);
    expect(statusOf(checked, 'Drones struck the Azot plant')).not.toBe('contradicted');
  });

  it('sets a school hit against "neither the school nor the houses were hit"', () => {
    const checked = retold(
      [
        'Shelling of Vovchansk',
        'Russian forces shelled Vovchansk on Saturday, the regional governor said. Neither the school nor the nearby houses were hit, he said.',
      ],
      [
        'Shell hits school in Vovchansk',
        'Russian forces shelled Vovchansk on Saturday. A shell hit the school in the town centre, local media reported.',
      ],
    );
    expect(statusOf(checked, 'A shell hit the school')).toBe('contradicted');
  });
});

describe('a clock in words with its minutes', () => {
  it('keeps "ten to four in the morning" as the same hour as 3:50 a.m.', () => {
    const checked = retold(
      [
        'Drones attack Kremenchuk',
        'Drones attacked Kremenchuk overnight into Sunday, the regional administration said. It happened at around 3:50 a.m., residents wrote.',
      ],
      [
        'Explosions in Kremenchuk',
        'Drones attacked Kremenchuk overnight into Sunday. The first explosions came at ten to four in the morning, local channels wrote.',
      ],
    );
    expect(statusOf(checked, 'ten to four')).toBe('corroborated');
  });

  it('sets "twenty-five past one in the morning" against an attack at about 4 a.m.', () => {
    const checked = retold(
      [
        'Drones attack Kremenchuk',
        'Drones attacked Kremenchuk overnight into Sunday, the regional administration said. The attack began at about 4 a.m.',
      ],
      [
        'Explosions in Kremenchuk',
        'Drones attacked Kremenchuk overnight into Sunday. The first explosions came at twenty-five past one in the morning, local channels wrote.',
      ],
    );
    expect(statusOf(checked, 'twenty-five past one')).toBe('contradicted');
  });
});

describe('a shootdown told by its hour, against the blast heard', () => {
  it('sets the explosion heard at one against the drone brought down at about four', () => {
    const checked = retold(
      [
        'Drone downed over Maikop',
        'A drone was shot down over Maikop early on Tuesday, the head of Adygea said. The drone was brought down at about four in the morning.',
      ],
      [
        'Drone attack on Maikop',
        'Drones attacked Maikop early on Tuesday, Telegram channels reported. The explosion was heard at about one in the morning, residents wrote.',
      ],
    );
    expect(statusOf(checked, 'The explosion was heard')).toBe('contradicted');
  });
});

describe('other words for one fire, one cut and one attack', () => {
  it('meets "started a grass fire" with "set fire to dry grass"', () => {
    const checked = retold(
      [
        'Drone debris burns grass near Salsk',
        'Air defence shot down a drone over the Salsky district overnight into Monday, the governor said. Its debris set fire to dry grass near the village of Gigant.',
      ],
      [
        'Fire near Gigant',
        'Drone wreckage started a grass fire near the village of Gigant, in the Salsky district, overnight into Monday, local channels wrote.',
      ],
    );
    expect(statusOf(checked, 'started a grass fire')).toBe('corroborated');
  });

  it('meets mobile internet "switched off" with mobile internet restricted', () => {
    const checked = retold(
      [
        'Drones over Saransk',
        'Drones attacked Saransk overnight into Friday, the head of Mordovia said. Mobile internet in Saransk was restricted until the morning.',
      ],
      [
        'Drone attack on Saransk',
        'Drones attacked Saransk overnight into Friday. Mobile internet was switched off in Saransk for several hours, residents wrote.',
      ],
    );
    expect(statusOf(checked, 'switched off')).toBe('corroborated');
  });

  it('meets an official who "confirmed the strike" with the attack told', () => {
    const checked = retold(
      [
        'Drones hit Shostka',
        'Russian drones attacked Shostka, in the Sumy oblast, overnight into Wednesday, Oleh Hryhorov, the head of the regional military administration, said.',
      ],
      [
        'Strike on Shostka',
        'Geran drones struck Shostka overnight into Wednesday, military bloggers reported. Oleh Hryhorov, the Kyiv-appointed head of the region, confirmed the attack.',
      ],
    );
    expect(statusOf(checked, 'confirmed the attack')).toBe('corroborated');
  });

  it('meets an official who "spoke only of a downed drone" with the drone shot down', () => {
    const checked = retold(
      [
        'Drone downed over Yeysk',
        'A drone was shot down over Yeysk early on Thursday, Governor Veniamin Kondratyev said.',
      ],
      [
        'Drone attack on Yeysk',
        'Drones attacked the airfield in Yeysk early on Thursday, Telegram channels reported. Governor Veniamin Kondratyev spoke only of a downed drone over Yeysk.',
      ],
    );
    expect(statusOf(checked, 'spoke only of a downed drone')).toBe('corroborated');
  });
});

describe('a fire in a site’s technical building, against the object it housed', () => {
  it('meets "the depot’s substation caught fire" with a fire in a technical building', () => {
    const checked = retold(
      [
        'Drones hit railway depot in Fastiv',
        'Russian drones hit a railway facility in Fastiv overnight into Saturday, the regional administration said. A fire broke out in a technical building.',
      ],
      [
        'Strike on Fastiv depot: substation ablaze',
        'Geran drones struck the railway depot in Fastiv overnight into Saturday, military bloggers reported. The depot’s traction substation caught fire, they wrote.',
      ],
    );
    expect(statusOf(checked, 'traction substation caught fire')).toBe('corroborated');
    expect(statusOf(checked, 'substation ablaze')).toBe('corroborated');
  });

  it('does not meet a fire in a residential building with the substation', () => {
    const checked = retold(
      [
        'Drones hit Fastiv',
        'Russian drones attacked Fastiv overnight into Saturday, the regional administration said. A fire broke out in a residential building.',
      ],
      [
        'Strike on Fastiv',
        'Geran drones struck Fastiv overnight into Saturday, military bloggers reported. The town’s traction substation caught fire, they wrote.',
      ],
    );
    expect(statusOf(checked, 'traction substation caught fire')).toBe('new');
  });
});

describe('one official’s denials of harm placed at two places of his region', () => {
  it('meets "no one was injured, he added" after the city with his denial after a village', () => {
    const checked = retold(
      [
        'Drone downed near Gorno-Altaysk',
        'A drone was shot down near Gorno-Altaysk early on Friday, the head of the Altai Republic, Andrei Turchak, said. Its wreckage fell in a field near the village of Mayma. “There are no casualties,” Turchak wrote.',
      ],
      [
        'Drone attack on Gorno-Altaysk',
        'A drone attacked Gorno-Altaysk early on Friday, Telegram channels reported. Andrei Turchak, the head of the republic, spoke of an attack. No one was injured, he added.',
      ],
    );
    expect(statusOf(checked, 'No one was injured')).toBe('corroborated');
  });

  it('does not meet his denial of another night of his region', () => {
    const checked = retold(
      [
        'Debris falls on Pogar',
        'Debris of a downed drone fell on a street in Pogar on Thursday, Governor Alexander Bogomaz said. No one was hurt, he said.',
      ],
      [
        'Drones over the Unecha district',
        'Drones attacked the Unecha district overnight into Friday, Governor Alexander Bogomaz said, adding that no one was injured.',
      ],
    );
    expect(statusOf(checked, 'no one was injured')).toBe('new');
  });

  it('does not meet his denial of another day, told aside', () => {
    const checked = retold(
      [
        'Drone hits Sterlitamak chemical plant',
        'A drone struck a chemical plant in Sterlitamak early on Sunday, the head of Bashkortostan, Radiy Khabirov, said. “No one was hurt,” Khabirov wrote.',
      ],
      [
        'Drone strike on Sterlitamak',
        'A drone hit a chemical plant in Sterlitamak on Sunday morning, Khabirov said. On Saturday evening, a drone was shot down over Ishimbay, and no one was hurt, Khabirov said at the time.',
      ],
    );
    expect(statusOf(checked, 'no one was hurt, Khabirov said at the time')).toBe('new');
  });
});

/**
 * Retellings round 61 of the development set showed the check missing, about other places and
 * wording: an hour told without a clock ("shortly after dawn") or as a range in words ("between one
 * and two in the morning") against a clock; a closure's end told as "closed until noon" against
 * "lifted at 7 a.m."; harm placed at the region a speaker heads ("who heads the region") rather
 * than at the scene; the hurt told by the hospital they were taken to; and an attack told as
 * attempted ("drones attempted to attack an industrial facility").
 */
import { describe, expect, it } from 'vitest';
import { retold, statusOf } from './retold.ts';

describe('an hour told without a clock, against one with it', () => {
  it('sets "shortly after dawn" against an attack heard at one in the morning', () => {
    const checked = retold(
      [
        'Drones strike substation near Uman in Cherkassy region',
        'Drones struck a substation near Uman, in the Cherkassy region, overnight into Tuesday, military bloggers reported. Explosions in Uman were heard at about one in the morning, local channels wrote.',
      ],
      [
        'Night attack on Uman',
        'Russia attacked the Cherkasy oblast with drones overnight into Tuesday, the regional administration said. The strike came shortly after dawn, residents of Uman said.',
      ],
    );
    expect(statusOf(checked, 'shortly after dawn')).toBe('contradicted');
  });

  it('sets an hour outside a range told in words against the range', () => {
    const checked = retold(
      [
        'Drones hit Syzran refinery',
        'Drones struck the Syzran refinery overnight into Thursday, a source said. The first explosions were heard between one and two in the morning, residents wrote in local chats.',
      ],
      [
        'Syzran refinery attacked',
        'Ukrainian drones attacked the Syzran refinery overnight into Thursday. The attack began at about five in the morning.',
      ],
    );
    expect(statusOf(checked, 'about five in the morning')).toBe('contradicted');
  });

  it('keeps an hour inside the range in words as the same attack', () => {
    const checked = retold(
      [
        'Drones hit Syzran refinery',
        'Drones struck the Syzran refinery overnight into Thursday, a source said. The first explosions were heard between four and five in the morning, residents wrote in local chats.',
      ],
      [
        'Syzran refinery attacked',
        'Ukrainian drones attacked the Syzran refinery overnight into Thursday. The attack began at about half past four in the morning.',
      ],
    );
    expect(statusOf(checked, 'half past four')).not.toBe('contradicted');
  });
});

describe('the end of a closure told two ways', () => {
  it('sets "closed until noon" against restrictions lifted at 7 a.m.', () => {
    const checked = retold(
      [
        'Drones over Kazan',
        'Drones attacked Kazan overnight into Monday, the republic’s authorities said. Kazan airport was closed until noon, local media reported.',
      ],
      [
        'Kazan airport reopens',
        'Drones attacked Kazan overnight into Monday. Restrictions at Kazan airport were lifted at 7 a.m., Rosaviatsia said.',
      ],
    );
    expect(statusOf(checked, 'lifted at 7 a.m.')).toBe('contradicted');
  });
});

describe('harm told by the official who heads the region, denied by him', () => {
  it('places the hurt at the scene, not at the region he heads', () => {
    const checked = retold(
      [
        'Drones hit depot near Chuhuiv',
        'Drones struck a fuel depot near Chuhuiv overnight into Sunday, Russian bloggers claimed. According to Oleh Syniehubov, who heads the region, two workers of the depot were injured.',
      ],
      [
        'Chuhuiv attacked overnight',
        'Russian drones attacked Chuhuiv overnight into Sunday, the city administration said. Nobody was hurt, Syniehubov said.',
      ],
    );
    expect(statusOf(checked, 'Nobody was hurt')).toBe('contradicted');
  });
});

describe('the hurt told by the hospital they were taken to', () => {
  it('sets workers taken to hospital against no one hurt', () => {
    const checked = retold(
      [
        'Drone attack on Kstovo',
        'Air defence repelled a drone attack on Kstovo early on Friday, the governor said. No one was hurt.',
      ],
      [
        'Drones strike refinery in Kstovo',
        'Drones struck the refinery in Kstovo overnight into Friday, Telegram channels reported. Two employees of the refinery were taken to hospital, the governor said later.',
      ],
    );
    expect(statusOf(checked, 'taken to hospital')).toBe('contradicted');
  });
});

describe('an attempted attack on an unnamed facility of the region', () => {
  it('backs the strike on the plant told by the other side', () => {
    const checked = retold(
      [
        'SBU drones hit refinery in Samara oblast',
        'Drones of the Security Service of Ukraine struck the Novokuibyshevsk refinery, in the Samara oblast, overnight into Monday, a source said.',
      ],
      [
        'Drones over Samara region',
        'Ukrainian drones tried to attack an industrial facility in the Samara region early on Monday, Governor Vyacheslav Fedorishchev said on Telegram.',
      ],
    );
    expect(statusOf(checked, 'tried to attack')).toBe('corroborated');
  });
});

describe('a part of what a plant owns, counted by what it owns', () => {
  it('sets two of the depot’s tanks ablaze against one tank’s roof damaged by debris', () => {
    const checked = retold(
      [
        'Drone attack on Tikhoretsk repelled',
        'Air defence repelled a drone attack on Tikhoretsk overnight into Friday, Governor Veniamin Kondratyev said. Debris of a downed drone damaged the roof of one of the oil depot’s tanks, he wrote.',
      ],
      [
        'Drones strike oil depot in Tikhoretsk',
        'Drones struck the oil depot in Tikhoretsk overnight into Friday, local channels reported. At least two of the depot’s tanks were hit and caught fire, they wrote.',
      ],
    );
    expect(statusOf(checked, 'of the depot’s tanks')).toBe('contradicted');
  });

  it('keeps two of the depot’s tanks ablaze as the same fact as two tanks on fire', () => {
    const checked = retold(
      [
        'Fire at Tikhoretsk oil depot',
        'Drones struck the oil depot in Tikhoretsk overnight into Friday, Governor Veniamin Kondratyev said. Two tanks caught fire, he wrote.',
      ],
      [
        'Drones strike oil depot in Tikhoretsk',
        'Drones struck the oil depot in Tikhoretsk overnight into Friday, local channels reported. Two of the depot’s tanks were hit and caught fire, they wrote.',
      ],
    );
    expect(statusOf(checked, 'of the depot’s tanks')).not.toBe('contradicted');
  });

  it('does not count "one of the drones" against a count of drones', () => {
    const checked = retold(
      [
        'Drones over Tikhoretsk',
        'Six drones were shot down over Tikhoretsk overnight into Friday, Governor Veniamin Kondratyev said. No one was hurt.',
      ],
      [
        'Drone hits depot in Tikhoretsk',
        'Six drones attacked Tikhoretsk overnight into Friday, local channels reported. One of the drones hit the oil depot, they wrote.',
      ],
    );
    expect(statusOf(checked, 'One of the drones')).not.toBe('contradicted');
  });
});

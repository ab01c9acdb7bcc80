// @vitest-environment jsdom
/**
 * A hover card quotes names and sentences that pages wrote (this one, and earlier ones from the
 * history): markup there is shown as words, never turned into elements in the page.
 */
import { describe, expect, it } from 'vitest';
import type { CheckedClaim } from '../../core/model.ts';
import type { EntityCard } from '../../shared/protocol.ts';
import { claimCardContent, entityCardContent } from '../card-content.ts';
import { bareFrame } from '../../core/claims/frame.ts';

const markup = (id: string) =>
  `<img id="${id}" src="x" onerror="window.pwned='${id}'"><b>${id}</b>`;

describe('page text in a hover card', () => {
  it('shows an entity’s name, kind and spellings literally', () => {
    const entity: EntityCard = {
      id: 'place:from-a-page',
      type: 'place',
      name: markup('name'),
      description: markup('description'),
      spellings: [markup('name'), markup('spelling')],
      reportCount: 2,
      firstSeen: Date.UTC(2024, 11, 8),
      lastSeen: Date.UTC(2024, 11, 9),
    };
    const card = entityCardContent(document, entity);
    expect(card.querySelector('img, b, [onerror]')).toBeNull();
    for (const field of ['name', 'description', 'spelling']) {
      expect(card.textContent).toContain(markup(field));
    }
  });

  it('shows a claim’s evidence (outlet, headline, sentence, differing detail) literally', () => {
    const claim: CheckedClaim = {
      id: 'https://page.example/a#0',
      start: 0,
      end: 10,
      text: markup('claim'),
      frame: bareFrame('debris'),
      keys: [],
      terms: [],
      status: 'contradicted',
      attribution: 'official:someone',
      evidence: [
        {
          reportUrl: 'https://earlier.example/b',
          source: markup('outlet'),
          title: markup('headline'),
          readAt: Date.UTC(2024, 11, 8),
          claimId: 'https://earlier.example/b#0',
          claimText: markup('sentence'),
          relation: 'contradicts',
          difference: { aspect: 'relation', ours: markup('ours'), theirs: markup('theirs') },
        },
      ],
    };
    const card = claimCardContent(document, claim, () => markup('official'));
    expect(card.querySelector('img, b, [onerror]')).toBeNull();
    for (const field of ['outlet', 'headline', 'ours', 'theirs', 'official']) {
      expect(card.textContent).toContain(markup(field));
    }
    expect((window as { pwned?: string }).pwned).toBeUndefined();
  });
});

// @vitest-environment jsdom
/**
 * Everything a report holds came from some page: headline, outlet, sentences, names, and the
 * earlier reports quoted as evidence. A page that writes markup there must see it shown as
 * words in the panel, never turned into elements.
 */
import { describe, expect, it } from 'vitest';
import { ReportView } from '../ReportView.tsx';
import { claim, entities, evidence, report } from './fixtures.ts';
import { mount } from './dom.ts';

const markup = (id: string) =>
  `<img id="${id}" src="x" onerror="window.pwned='${id}'"><b>${id}</b>`;

describe('page text in the panel', () => {
  it('shows markup in every field a page wrote as literal text, creating no element from it', () => {
    const hostile = report({
      title: markup('title'),
      source: markup('source'),
      entities: entities.map((entity) => ({
        ...entity,
        name: `${entity.name} ${markup(`name-${entity.type}`)}`,
        description: markup(`description-${entity.type}`),
      })),
      claims: [
        claim('corroborated', `Boats sank ${markup('claim')}`, {
          attribution: 'official:vale-ada',
          evidence: [
            evidence({
              source: markup('evidence-source'),
              title: markup('evidence-title'),
              claimText: markup('evidence-claim'),
            }),
          ],
        }),
        claim('contradicted', `Nobody was hurt ${markup('contradicted')}`, {
          evidence: [
            evidence({
              relation: 'contradicts',
              difference: { aspect: 'count', ours: markup('ours'), theirs: markup('theirs') },
            }),
          ],
        }),
      ],
    });
    const root = mount(<ReportView report={hostile} />);
    expect(root.querySelector('img, b, [onerror], [id^="name-"], #title, #claim')).toBeNull();
    const shown = root.textContent ?? '';
    for (const field of [
      'title',
      'source',
      'claim',
      'contradicted',
      'name-official',
      'evidence-source',
      'evidence-title',
      'evidence-claim',
      'theirs',
    ]) {
      expect(shown).toContain(markup(field));
    }
    expect((window as { pwned?: string }).pwned).toBeUndefined();
  });
});

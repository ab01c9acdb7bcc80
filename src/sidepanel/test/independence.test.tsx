// @vitest-environment jsdom
/**
 * "3 outlets, all citing Vasily Anokhin": the panel says when a claim's corroboration rests on one
 * primary source, naming that source even when only the earlier reports mention it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity, Report } from '../../core/model.ts';
import { openHistory } from '../../history/history.ts';
import { memoryIndexedDB } from '../../history/memory.ts';
import type { History } from '../../history/types.ts';
import { App } from '../App.tsx';
import { createPanelData } from '../panel-data.ts';
import { mount, text, until } from './dom.ts';
import { claim, evidence, report } from './fixtures.ts';
import { fakeBrowser } from './seam.ts';

const mayor: Entity = {
  id: 'official:vale-ada',
  type: 'official',
  name: 'Ada Vale',
  description: 'Mayor of Brinmoor',
  known: true,
};

/** An earlier report by `source` that names the mayor, so the history knows her name. */
function earlier(source: string, readAt: number): Report {
  return report({
    url: `https://${source.toLowerCase().replace(/\s/g, '-')}.example/storm`,
    source,
    readAt,
    firstReadAt: readAt,
    entities: [mayor],
    mentions: [{ entityId: mayor.id, surface: 'Ada Vale', start: 0, end: 8 }],
  });
}

let history: History;
beforeEach(async () => {
  history = await openHistory(memoryIndexedDB());
});
afterEach(() => history.close());

async function shownFor(citing: string[]): Promise<HTMLElement> {
  const outlets = citing.map((_, i) => earlier(`Outlet ${i + 1}`, 1000 + i));
  for (const reading of outlets) await history.saveReport(reading);
  // This report never names the mayor itself: only the evidence's attributions do.
  const ours = report({
    entities: [],
    claims: [
      claim('corroborated', 'Three boats sank in the harbour.', {
        evidence: outlets.map((reading, i) =>
          evidence({
            reportUrl: reading.url,
            source: reading.source,
            readAt: reading.readAt,
            attribution: citing[i],
          }),
        ),
      }),
    ],
  });
  await history.saveReport(ours);
  const browser = fakeBrowser();
  return mount(
    <App data={createPanelData({ history, seam: browser.seam, fixedUrl: ours.url })} fixedReport />,
  );
}

describe('independence of corroboration in the panel', () => {
  it('says when every outlet cites the same official, named from the history', async () => {
    const root = await shownFor([mayor.id, mayor.id, mayor.id]);
    const line = await until(() => root.querySelector('.claim-corroboration'));
    await until(() => text(line).includes('Ada Vale'));
    expect(text(line)).toBe('3 outlets, all citing Ada Vale');
  });

  it('names the different sources when the outlets cite several', async () => {
    const root = await shownFor([mayor.id, 'Brinmoor police']);
    const line = await until(() => root.querySelector('.claim-corroboration'));
    await until(() => text(line).includes('Ada Vale'));
    expect(text(line)).toBe('2 outlets, citing Ada Vale, Brinmoor police');
  });

  it('says nothing of sources when one outlet backs the claim', async () => {
    const root = await shownFor([mayor.id]);
    await until(() => root.querySelector('[data-claim-status="corroborated"]'));
    expect(root.querySelector('.claim-corroboration')).toBeNull();
  });
});

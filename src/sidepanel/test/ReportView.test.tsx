// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ReportView, type RevealTarget } from '../ReportView.tsx';
import { checkedReport, claim, report } from './fixtures.ts';
import { click, mount, text } from './dom.ts';

describe('ReportView', () => {
  it('shows the headline, outlet and the summary line', () => {
    const root = mount(<ReportView report={checkedReport()} />);
    expect(text(root.querySelector('h2'))).toBe('Brinmoor counts the cost of the storm');
    expect(text(root.querySelector('.report-meta'))).toContain('Coast News');
    expect(text(root.querySelector('.report-meta'))).toMatch(/Published .*2025/);
    expect(text(root.querySelector('.report-summary'))).toBe(
      '4 claims: 1 contradicted, 1 new, 2 corroborated by 2 outlets',
    );
  });

  it('lists claims contradicted first, then new, then corroborated, each row tagged with its status', () => {
    const root = mount(<ReportView report={checkedReport()} />);
    const rows = [...root.querySelectorAll('[data-claim-status]')];
    expect(rows.map((row) => row.getAttribute('data-claim-status'))).toEqual([
      'contradicted',
      'new',
      'corroborated',
      'corroborated',
    ]);
    expect(text(rows[0]?.querySelector('.claim-text'))).toBe(
      'Nobody was hurt when the sea wall failed.',
    );
    expect([...root.querySelectorAll('.claim-group-heading')].map(text)).toEqual([
      'Contradicted 1',
      'New 1',
      'Corroborated 2',
    ]);
  });

  it('names the attribution, resolving entity ids to names', () => {
    const root = mount(<ReportView report={checkedReport()} />);
    const rows = root.querySelectorAll('[data-claim-status]');
    expect(text(rows[0]?.querySelector('.claim-attribution'))).toBe('According to Brinmoor police');
    expect(text(rows[1]?.querySelector('.claim-attribution'))).toBe('According to Ada Vale');
    expect(root.textContent).not.toContain('official:vale-ada');
  });

  it("shows each piece of evidence: outlet, headline, when read, and the earlier report's sentence", () => {
    const root = mount(<ReportView report={checkedReport()} />);
    const corroborated = root.querySelector('[data-claim-status="corroborated"]');
    const items = [...(corroborated?.querySelectorAll('.evidence') ?? [])];
    expect(items).toHaveLength(2);
    expect(text(items[1]?.querySelector('.evidence-outlet'))).toBe('Westshire Post');
    expect(text(items[1]?.querySelector('.evidence-title'))).toBe('Boats lost at Brinmoor');
    expect(items[1]?.querySelector('time')?.getAttribute('datetime')).toBe(
      '2025-03-03T09:30:00.000Z',
    );
    expect(text(items[1]?.querySelector('.evidence-quote'))).toBe(
      'Storm sank three boats at Brinmoor.',
    );
  });

  it('sets the differing detail of a contradiction side by side', () => {
    const root = mount(<ReportView report={checkedReport()} />);
    const contradicted = root.querySelector('[data-claim-status="contradicted"]');
    expect(text(contradicted?.querySelector('.evidence-quote'))).toBe(
      'Two people were hurt when the sea wall gave way.',
    );
    const sides = [...(contradicted?.querySelectorAll('.difference-side') ?? [])].map((side) => [
      text(side.querySelector('dt')),
      text(side.querySelector('dd')),
    ]);
    expect(sides).toEqual([
      ['This report', 'nobody was hurt'],
      ['Harbour Gazette', 'two people were hurt'],
    ]);
    expect(text(contradicted?.querySelector('.difference-aspect'))).toBe(
      'Differs on whether it happened',
    );
  });

  it('marks the differing words in both sentences, so the eye lands on the disagreement', () => {
    const root = mount(<ReportView report={checkedReport()} />);
    const contradicted = root.querySelector('[data-claim-status="contradicted"]');
    expect(text(contradicted?.querySelector('.claim-text mark.detail'))).toBe('Nobody was hurt');
    expect(text(contradicted?.querySelector('.evidence-quote mark.detail'))).toBe(
      'Two people were hurt',
    );
    // Without a difference nothing is marked.
    expect(root.querySelectorAll('[data-claim-status="corroborated"] mark')).toHaveLength(0);
  });

  it('opens an entity from its chip, and finds it in the page from the target beside it', () => {
    const opened: string[] = [];
    const revealed: RevealTarget[] = [];
    const root = mount(
      <ReportView
        report={checkedReport()}
        onOpenEntity={(id) => opened.push(id)}
        onReveal={(target) => revealed.push(target)}
      />,
    );
    const chip = root.querySelector('[data-entity="official:vale-ada"]');
    click(chip?.querySelector('.chip-open'));
    expect(opened).toEqual(['official:vale-ada']);
    expect(chip?.querySelector('.chip-locate')?.getAttribute('aria-label')).toBe(
      'Show Ada Vale in the page',
    );
    click(chip?.querySelector('.chip-locate'));
    expect(revealed).toEqual([{ entityId: 'official:vale-ada' }]);
  });

  it('shows places, officials and organisations as chips', () => {
    const root = mount(<ReportView report={checkedReport()} />);
    const kinds = [...root.querySelectorAll('.entity-kind')].map((kind) => [
      text(kind.querySelector('h3')),
      [...kind.querySelectorAll('.chip')].map(text),
    ]);
    expect(kinds).toEqual([
      ['Places', ['Brinmoor']],
      ['Officials', ['Ada Vale']],
      ['Organisations', ['Brinmoor Port Authority']],
    ]);
  });

  it('makes claim rows buttons that reveal the claim in the page when the page can scroll to it', () => {
    const revealed: RevealTarget[] = [];
    const root = mount(
      <ReportView report={checkedReport()} onReveal={(target) => revealed.push(target)} />,
    );
    const first = root.querySelector('[data-claim-status="new"] button.claim-statement');
    expect(first?.tagName).toBe('BUTTON');
    click(first);
    click(root.querySelector('.chip button'));
    expect(revealed).toEqual([
      { claimId: 'https://coast-news.example/storm#0' },
      { entityId: 'place:xx-brinmoor' },
    ]);
  });

  it('offers no reveal for a report that is not the open page', () => {
    const root = mount(<ReportView report={checkedReport()} />);
    expect(root.querySelector('[data-claim-status] button')).toBeNull();
    expect(root.querySelector('.chip button')).toBeNull();
  });

  it('says when an article has no claims', () => {
    const root = mount(<ReportView report={report()} />);
    expect(root.querySelectorAll('[data-claim-status]')).toHaveLength(0);
    expect(text(root.querySelector('.report-summary'))).toBe('No checkable claims found.');
    expect(text(root.querySelector('.empty'))).toMatch(/no statement of fact/);
  });

  it('keeps page text as text, never markup', () => {
    const hostile = '<img src=x onerror="alert(1)"> fell';
    const root = mount(
      <ReportView report={report({ title: hostile, claims: [claim('new', hostile)] })} />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(text(root.querySelector('.claim-text'))).toBe(hostile);
  });
});

/**
 * What a hover card says, built as DOM from the report's data. Every string that came from a
 * page (headlines, claim text, spellings) is set through `textContent`, so markup in a headline
 * is shown as the characters it is and never parsed.
 */
import type { CheckedClaim, Evidence, EntityType } from '../core/model.ts';
import type { EntityCard } from '../shared/protocol.ts';
import { formatDay, plural, STATUS_LABEL } from '../shared/wording.ts';

const TYPE_LABEL: Record<EntityType, string> = {
  place: 'Place',
  official: 'Official',
  organization: 'Organization',
};
const MAX_EVIDENCE = 4;
const MAX_SPELLINGS = 8;

export function entityCardContent(doc: Document, card: EntityCard): HTMLElement {
  const root = block(doc, 'div', `card entity ${card.type}`);
  root.append(block(doc, 'div', 'name', card.name));
  const kind = card.description
    ? `${TYPE_LABEL[card.type]} · ${card.description}`
    : TYPE_LABEL[card.type];
  root.append(block(doc, 'div', 'kind', kind));
  const spellings = card.spellings.filter((spelling) => spelling && spelling !== card.name);
  if (spellings.length) {
    const shown = spellings.slice(0, MAX_SPELLINGS).join(', ');
    const more =
      spellings.length > MAX_SPELLINGS ? ` and ${spellings.length - MAX_SPELLINGS} more` : '';
    root.append(block(doc, 'div', 'spellings', `Written as: ${shown}${more}`));
  }
  if (card.reportCount > 0) {
    const count = plural(card.reportCount, 'report');
    const dates = [
      card.firstSeen !== undefined ? `first seen ${formatDay(card.firstSeen)}` : '',
      card.lastSeen !== undefined && card.lastSeen !== card.firstSeen
        ? `last seen ${formatDay(card.lastSeen)}`
        : '',
    ].filter(Boolean);
    root.append(
      block(
        doc,
        'div',
        'history',
        `In ${count} you have read${dates.length ? `; ${dates.join(', ')}` : ''}.`,
      ),
    );
  }
  return root;
}

/** `nameOf` turns an entity id (as attributions may be) into its name. */
export function claimCardContent(
  doc: Document,
  claim: CheckedClaim,
  nameOf: (id: string) => string | undefined,
): HTMLElement {
  const root = block(doc, 'div', `card claim ${claim.status}`);
  const supporting = claim.evidence.filter((evidence) => evidence.relation === 'corroborates');
  const opposing = claim.evidence.filter((evidence) => evidence.relation === 'contradicts');
  const heading = block(doc, 'div', 'status');
  heading.append(block(doc, 'span', `chip ${claim.status}`, STATUS_LABEL[claim.status]));
  heading.append(
    block(doc, 'span', 'summary', summary(claim.status, supporting.length, opposing.length)),
  );
  root.append(heading);
  if (claim.attribution) {
    root.append(
      block(
        doc,
        'div',
        'attribution',
        `Attributed to ${nameOf(claim.attribution) ?? claim.attribution}`,
      ),
    );
  }
  const evidence =
    claim.status === 'contradicted' ? [...opposing, ...supporting] : [...supporting, ...opposing];
  if (evidence.length) {
    const list = block(doc, 'ul', 'evidence');
    for (const item of evidence.slice(0, MAX_EVIDENCE))
      list.append(evidenceItem(doc, item, nameOf));
    root.append(list);
    if (evidence.length > MAX_EVIDENCE) {
      root.append(
        block(doc, 'div', 'more', `and ${plural(evidence.length - MAX_EVIDENCE, 'more report')}`),
      );
    }
  }
  return root;
}

function summary(status: CheckedClaim['status'], supporting: number, opposing: number): string {
  if (status === 'contradicted')
    return `${plural(opposing, 'earlier report')} ${opposing === 1 ? 'says' : 'say'} otherwise`;
  if (status === 'corroborated')
    return `${plural(supporting, 'earlier report')} ${supporting === 1 ? 'says' : 'say'} the same`;
  return 'No earlier report you have read says this';
}

function evidenceItem(
  doc: Document,
  evidence: Evidence,
  nameOf: (id: string) => string | undefined,
): HTMLElement {
  const item = block(doc, 'li', evidence.relation);
  item.append(
    block(doc, 'div', 'outlet', `${evidence.source} · read ${formatDay(evidence.readAt)}`),
  );
  item.append(block(doc, 'div', 'headline', evidence.title));
  if (evidence.difference) {
    const difference = block(doc, 'div', 'difference');
    difference.append(block(doc, 'div', 'ours', `Here: ${evidence.difference.ours}`));
    difference.append(block(doc, 'div', 'theirs', `There: ${evidence.difference.theirs}`));
    item.append(difference);
  } else {
    item.append(block(doc, 'div', 'quote', `“${clip(evidence.claimText, 220)}”`));
  }
  if (evidence.attribution) {
    item.append(
      block(
        doc,
        'div',
        'attribution',
        `Attributed to ${nameOf(evidence.attribution) ?? evidence.attribution}`,
      ),
    );
  }
  return item;
}

function block(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const element = doc.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/**
 * What a hover card says, built as DOM from the report's data. Every string that came from a
 * page (headlines, claim text, spellings) is set through `textContent`, so markup in a headline
 * is shown as the characters it is and never parsed.
 */
import type { CheckedClaim, Evidence, EntityType } from '../core/model.ts';
import type { EntityCard } from '../shared/protocol.ts';
import { t, tCount } from '../shared/i18n.ts';
import type { MessageKey } from '../shared/i18n.ts';
import { corroborationOf } from '../core/independence.ts';
import { corroborationLine, formatDay, STATUS_LABEL } from '../shared/wording.ts';

const TYPE_LABEL: Record<EntityType, MessageKey> = {
  place: 'entityTypePlace',
  official: 'entityTypeOfficial',
  organization: 'entityTypeOrganization',
};
const MAX_EVIDENCE = 4;
const MAX_SPELLINGS = 8;

export function entityCardContent(doc: Document, card: EntityCard): HTMLElement {
  const root = block(doc, 'div', `card entity ${card.type}`);
  root.append(block(doc, 'div', 'name', card.name));
  const type = t(TYPE_LABEL[card.type]);
  const kind = card.description ? t('cardKind', type, card.description) : type;
  root.append(block(doc, 'div', 'kind', kind));
  const spellings = card.spellings.filter((spelling) => spelling && spelling !== card.name);
  if (spellings.length) {
    const shown = spellings.slice(0, MAX_SPELLINGS).join(', ');
    const text =
      spellings.length > MAX_SPELLINGS
        ? t('cardWrittenAsMore', shown, spellings.length - MAX_SPELLINGS)
        : t('cardWrittenAs', shown);
    root.append(block(doc, 'div', 'spellings', text));
  }
  if (card.reportCount > 0) {
    const count = tCount(card.reportCount, 'reports');
    const dates = [
      card.firstSeen !== undefined ? t('cardFirstSeen', formatDay(card.firstSeen)) : '',
      card.lastSeen !== undefined && card.lastSeen !== card.firstSeen
        ? t('cardLastSeen', formatDay(card.lastSeen))
        : '',
    ].filter(Boolean);
    const text = dates.length
      ? t('cardInReportsSeen', count, dates.join(', '))
      : t('cardInReports', count);
    root.append(block(doc, 'div', 'history', text));
  }
  return root;
}

/** `nameOf` turns an entity id (as attributions may be) into its name. */
export function claimCardContent(
  doc: Document,
  claim: Pick<CheckedClaim, 'status' | 'evidence' | 'attribution'>,
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
  const independence =
    claim.status === 'corroborated' ? corroborationLine(corroborationOf(claim), nameOf) : undefined;
  if (independence) root.append(block(doc, 'div', 'independence', independence));
  if (claim.attribution) {
    root.append(
      block(
        doc,
        'div',
        'attribution',
        t('cardAttributedTo', nameOf(claim.attribution) ?? claim.attribution),
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
        block(doc, 'div', 'more', tCount(evidence.length - MAX_EVIDENCE, 'cardMoreReports')),
      );
    }
  }
  return root;
}

function summary(status: CheckedClaim['status'], supporting: number, opposing: number): string {
  if (status === 'contradicted') return tCount(opposing, 'cardSaysOtherwise');
  if (status === 'corroborated') return tCount(supporting, 'cardSaysSame');
  return t('cardNoEarlier');
}

function evidenceItem(
  doc: Document,
  evidence: Evidence,
  nameOf: (id: string) => string | undefined,
): HTMLElement {
  const item = block(doc, 'li', evidence.relation);
  item.append(
    block(doc, 'div', 'outlet', t('cardOutletRead', evidence.source, formatDay(evidence.readAt))),
  );
  item.append(block(doc, 'div', 'headline', evidence.title));
  if (evidence.difference) {
    const difference = block(doc, 'div', 'difference');
    difference.append(block(doc, 'div', 'ours', t('cardHere', evidence.difference.ours)));
    difference.append(block(doc, 'div', 'theirs', t('cardThere', evidence.difference.theirs)));
    item.append(difference);
  } else {
    // An empty text: the cited report was deleted since, and its words went with it.
    const quote = evidence.claimText
      ? t('cardQuote', clip(evidence.claimText, 220))
      : t('evidenceDeleted');
    item.append(block(doc, 'div', 'quote', quote));
  }
  if (evidence.attribution) {
    item.append(
      block(
        doc,
        'div',
        'attribution',
        t('cardAttributedTo', nameOf(evidence.attribution) ?? evidence.attribution),
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

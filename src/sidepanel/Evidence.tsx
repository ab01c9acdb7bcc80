import type { Difference, Evidence } from '../core/model.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { formatMoment } from './when.ts';
import type { NameOf } from './names.ts';

const ASPECT: Record<Difference['aspect'], MessageKey> = {
  count: 'aspectCount',
  relation: 'aspectRelation',
  polarity: 'aspectPolarity',
  time: 'aspectTime',
  place: 'aspectPlace',
};

/**
 * The sentence with the words that differ marked, so the eye lands on the disagreement. The
 * detail is found case-insensitively; when the sentence does not hold it as written, the sentence
 * is shown plain (the difference box beside it still names the detail).
 */
export function Highlighted({ text, detail }: { text: string; detail: string | undefined }) {
  const at = detail ? text.toLowerCase().indexOf(detail.toLowerCase()) : -1;
  if (!detail || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark class="detail">{text.slice(at, at + detail.length)}</mark>
      {text.slice(at + detail.length)}
    </>
  );
}

/** The two versions next to each other, so the reader sees the disagreement without rereading both. */
function DifferenceView({
  difference,
  theirSource,
}: {
  difference: Difference;
  theirSource: string;
}) {
  const heading = t('differsOn', t(ASPECT[difference.aspect]));
  return (
    <div class="difference" role="group" aria-label={heading}>
      <p class="difference-aspect">{heading}</p>
      <dl class="difference-sides">
        <div class="difference-side difference-side--ours">
          <dt>{t('differenceOurs')}</dt>
          <dd>{difference.ours}</dd>
        </div>
        <div class="difference-side difference-side--theirs">
          <dt>{theirSource}</dt>
          <dd>{difference.theirs}</dd>
        </div>
      </dl>
    </div>
  );
}

export function EvidenceItem({ evidence, nameOf }: { evidence: Evidence; nameOf: NameOf }) {
  const attribution = evidence.attribution ? nameOf(evidence.attribution) : undefined;
  const agrees = evidence.relation === 'corroborates';
  return (
    <li
      class={`evidence evidence--${evidence.relation}`}
      data-evidence-relation={evidence.relation}
    >
      <p class="evidence-source">
        <span class="evidence-relation">
          {agrees ? t('evidenceAgrees') : t('evidenceDisagrees')}
        </span>
        <span class="evidence-outlet">{evidence.source}</span>
        <time class="evidence-read" dateTime={new Date(evidence.readAt).toISOString()}>
          {t('evidenceRead', formatMoment(evidence.readAt))}
        </time>
        <cite class="evidence-title">{evidence.title}</cite>
      </p>
      <blockquote class="evidence-quote">
        {evidence.claimText ? (
          <Highlighted text={evidence.claimText} detail={evidence.difference?.theirs} />
        ) : (
          // The cited report was deleted since, and its words went with it.
          <span class="evidence-gone">{t('evidenceDeleted')}</span>
        )}
      </blockquote>
      {attribution ? (
        <p class="evidence-attribution">{t('claimAccordingTo', attribution)}</p>
      ) : null}
      {evidence.difference ? (
        <DifferenceView difference={evidence.difference} theirSource={evidence.source} />
      ) : null}
    </li>
  );
}

import type { Difference, Evidence } from '../core/model.ts';
import { formatMoment } from './when.ts';
import type { NameOf } from './names.ts';

const ASPECT: Record<Difference['aspect'], string> = {
  count: 'the count',
  relation: 'what happened',
  polarity: 'whether it happened',
  time: 'the time',
  place: 'the place',
};

/** The two versions next to each other, so the reader sees the disagreement without rereading both. */
function DifferenceView({
  difference,
  theirSource,
}: {
  difference: Difference;
  theirSource: string;
}) {
  return (
    <div class="difference" role="group" aria-label={`Differs on ${ASPECT[difference.aspect]}`}>
      <p class="difference-aspect">Differs on {ASPECT[difference.aspect]}</p>
      <dl class="difference-sides">
        <div class="difference-side difference-side--ours">
          <dt>This report</dt>
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
        <span class="evidence-relation">{agrees ? 'Agrees' : 'Disagrees'}</span>
        <span class="evidence-outlet">{evidence.source}</span>
        <cite class="evidence-title">{evidence.title}</cite>
        <span class="evidence-read">
          read{' '}
          <time dateTime={new Date(evidence.readAt).toISOString()}>
            {formatMoment(evidence.readAt)}
          </time>
        </span>
      </p>
      <blockquote class="evidence-quote">{evidence.claimText}</blockquote>
      {attribution ? <p class="evidence-attribution">According to {attribution}</p> : null}
      {evidence.difference ? (
        <DifferenceView difference={evidence.difference} theirSource={evidence.source} />
      ) : null}
    </li>
  );
}

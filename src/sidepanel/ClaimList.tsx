import { useId } from 'preact/hooks';
import type { CheckedClaim, ClaimStatus } from '../core/model.ts';
import { t, tCount } from '../shared/i18n.ts';
import { corroborationOf } from '../core/independence.ts';
import { corroborationLine, STATUS_LABEL } from '../shared/wording.ts';
import { EvidenceItem, Highlighted } from './Evidence.tsx';
import type { NameOf } from './names.ts';
import { groupClaims } from './summary.ts';

/** A claim as shown; `statusWhenRead` is set when it was judged again since the report was read. */
export type ShownClaim = CheckedClaim & { statusWhenRead?: ClaimStatus };

export interface ClaimListProps {
  claims: readonly ShownClaim[];
  nameOf: NameOf;
  /** Present only while the claims belong to the page in the active tab, which can scroll to them. */
  onReveal?: (claimId: string) => void;
}

function ClaimRow({
  claim,
  nameOf,
  onReveal,
}: { claim: ShownClaim } & Omit<ClaimListProps, 'claims'>) {
  const attribution = claim.attribution ? nameOf(claim.attribution) : undefined;
  // The detail this report gives where an earlier one differs: the eye should land on it.
  const ours = claim.evidence.find((evidence) => evidence.difference)?.difference?.ours;
  const changed = claim.statusWhenRead !== undefined && claim.statusWhenRead !== claim.status;
  // Three outlets repeating one governor are one witness: say so under the claim.
  const corroboration =
    claim.status === 'corroborated' ? corroborationLine(corroborationOf(claim), nameOf) : undefined;
  const statement = (
    <>
      <span class="claim-text">
        <Highlighted text={claim.text} detail={ours} />
      </span>
      {attribution ? (
        <span class="claim-attribution">{t('claimAccordingTo', attribution)}</span>
      ) : null}
    </>
  );
  return (
    <li
      class={`claim claim--${claim.status}`}
      data-claim-status={claim.status}
      data-claim-id={claim.id}
      data-status-when-read={changed ? claim.statusWhenRead : undefined}
    >
      {onReveal ? (
        // A native button gives Enter, Space and focus for free.
        <button type="button" class="claim-statement" onClick={() => onReveal(claim.id)}>
          {statement}
          <span class="visually-hidden"> {t('claimShowInPage')}</span>
        </button>
      ) : (
        <div class="claim-statement">{statement}</div>
      )}
      {corroboration ? <p class="claim-corroboration">{corroboration}</p> : null}
      {changed && claim.statusWhenRead ? (
        <p class="claim-when-read">{t('claimWhenRead', STATUS_LABEL[claim.statusWhenRead])}</p>
      ) : null}
      {claim.evidence.length > 0 ? (
        <ul class="evidence-list" aria-label={tCount(claim.evidence.length, 'earlierReports')}>
          {claim.evidence.map((evidence) => (
            <EvidenceItem key={evidence.claimId} evidence={evidence} nameOf={nameOf} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** Claims grouped contradicted → new → corroborated, each group under its own heading. */
export function ClaimList({ claims, nameOf, onReveal }: ClaimListProps) {
  // Both tabs may hold a report at once, so heading ids must be unique per list.
  const idPrefix = useId();
  return (
    <div class="claim-groups">
      {groupClaims(claims).map((group) => (
        <section
          class={`claim-group claim-group--${group.status}`}
          key={group.status}
          aria-labelledby={`${idPrefix}-${group.status}`}
        >
          <h3 class="claim-group-heading" id={`${idPrefix}-${group.status}`}>
            {STATUS_LABEL[group.status]} <span class="count">{group.claims.length}</span>
          </h3>
          <ul class="claims">
            {(group.claims as ShownClaim[]).map((claim) => (
              <ClaimRow key={claim.id} claim={claim} nameOf={nameOf} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import { useId } from 'preact/hooks';
import type { CheckedClaim } from '../core/model.ts';
import { EvidenceItem } from './Evidence.tsx';
import type { NameOf } from './names.ts';
import { plural, STATUS_LABEL } from '../shared/wording.ts';
import { groupClaims } from './summary.ts';

export interface ClaimListProps {
  claims: readonly CheckedClaim[];
  nameOf: NameOf;
  /** Present only while the claims belong to the page in the active tab, which can scroll to them. */
  onReveal?: (claimId: string) => void;
}

function ClaimRow({
  claim,
  nameOf,
  onReveal,
}: { claim: CheckedClaim } & Omit<ClaimListProps, 'claims'>) {
  const attribution = claim.attribution ? nameOf(claim.attribution) : undefined;
  const statement = (
    <>
      <span class="claim-text">{claim.text}</span>
      {attribution ? <span class="claim-attribution">According to {attribution}</span> : null}
    </>
  );
  return (
    <li
      class={`claim claim--${claim.status}`}
      data-claim-status={claim.status}
      data-claim-id={claim.id}
    >
      {onReveal ? (
        // A native button gives Enter, Space and focus for free.
        <button type="button" class="claim-statement" onClick={() => onReveal(claim.id)}>
          {statement}
          <span class="visually-hidden"> (show in page)</span>
        </button>
      ) : (
        <div class="claim-statement">{statement}</div>
      )}
      {claim.evidence.length > 0 ? (
        <ul class="evidence-list" aria-label={plural(claim.evidence.length, 'earlier report')}>
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
            {group.claims.map((claim) => (
              <ClaimRow key={claim.id} claim={claim} nameOf={nameOf} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityType, Report } from '../core/model.ts';
import type { StandingClaim } from '../history/standing.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { formatDay, STATUS_LABEL } from '../shared/wording.ts';
import type { EntityStory } from './entity-story.ts';
import type { PanelData } from './panel-data.ts';
import { ReportView } from './ReportView.tsx';
import { Timeline } from './Timeline.tsx';

const TYPE: Record<EntityType, MessageKey> = {
  place: 'entityTypePlace',
  official: 'entityTypeOfficial',
  organization: 'entityTypeOrganization',
};
const SHOWN_REPORTS = 50;

export interface EntityViewProps {
  data: Pick<PanelData, 'entity' | 'report' | 'standing'>;
  entityId: string;
  /** Bumped whenever the history may have changed. */
  revision: number;
  onBack: () => void;
  onOpenEntity: (entityId: string) => void;
  /** Scrolls the active tab's page to the entity, when that page mentions it. */
  onReveal?: () => void;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'found'; story: EntityStory }
  | { kind: 'gone' }
  | { kind: 'error'; message: string };

/**
 * One place, official or organisation across everything the reader has read: its names in every
 * spelling and script, what it is, the reports that mention it, the claims about it, and when it
 * appeared. A report opens in place, with its claims as they stand now.
 */
export function EntityView({
  data,
  entityId,
  revision,
  onBack,
  onOpenEntity,
  onReveal,
}: EntityViewProps) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [opened, setOpened] = useState<
    { report: Report; standing?: StandingClaim[] } | undefined
  >();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    data.entity(entityId).then(
      (story) => current && setLoaded(story ? { kind: 'found', story } : { kind: 'gone' }),
      (error: unknown) =>
        current &&
        setLoaded({
          kind: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [data, entityId, revision]);

  // Arriving from a chip, the reader's focus moves to what they asked to see.
  useEffect(() => {
    if (loaded.kind === 'found' && !opened) heading.current?.focus();
  }, [loaded.kind, entityId, opened]);

  const openReport = (url: string) => {
    void data.report(url).then((report) => {
      if (!report) return;
      setOpened({ report });
      data.standing(report).then(
        (standing) => setOpened((now) => (now?.report === report ? { report, standing } : now)),
        () => undefined,
      );
    });
  };

  if (opened) {
    return (
      <div class="entity-report">
        <button type="button" class="back" onClick={() => setOpened(undefined)}>
          {t('entityBack')}
        </button>
        <ReportView
          report={opened.report}
          claims={opened.standing}
          note={opened.standing ? undefined : t('standingChecking')}
          onOpenEntity={(id) => {
            setOpened(undefined);
            onOpenEntity(id);
          }}
        />
      </div>
    );
  }

  const back = (
    <button type="button" class="back" onClick={onBack}>
      {t('entityBack')}
    </button>
  );
  if (loaded.kind === 'loading')
    return (
      <div class="entity-view">
        {back}
        <p class="state">{t('entityLoading')}</p>
      </div>
    );
  if (loaded.kind === 'gone' || loaded.kind === 'error')
    return (
      <div class="entity-view">
        {back}
        <p class={`state ${loaded.kind === 'error' ? 'state--error' : ''}`}>
          {loaded.kind === 'error' ? loaded.message : t('entityNotFound')}
        </p>
      </div>
    );

  const { story } = loaded;
  const { entity } = story;
  const kind = entity.description
    ? t('entityKind', t(TYPE[entity.type]), entity.description)
    : t(TYPE[entity.type]);
  const others = story.spellings.slice(1);
  return (
    <article
      class={`entity-view entity-view--${entity.type}`}
      data-entity-view={entity.id}
      onKeyDown={(event) => event.key === 'Escape' && onBack()}
    >
      {back}
      <header class="entity-header">
        <h2 class="entity-name" tabIndex={-1} ref={heading}>
          {entity.name}
        </h2>
        <p class="entity-kind-line">{kind}</p>
        {story.parent ? (
          <p class="entity-parent">
            <button
              type="button"
              class={`chip-open chip--${story.parent.type}`}
              onClick={() => onOpenEntity(story.parent?.id ?? '')}
            >
              {story.parent.name}
            </button>
          </p>
        ) : null}
        {onReveal ? (
          <button type="button" class="entity-locate" onClick={onReveal}>
            <span aria-hidden="true">⌖ </span>
            {t('entityLocate', entity.name)}
          </button>
        ) : null}
      </header>

      {others.length > 0 ? (
        <section class="entity-section" aria-labelledby="entity-spellings">
          <h3 class="section-heading" id="entity-spellings">
            {t('entitySpellings')}
          </h3>
          <ul class="spellings">
            {others.map((spelling) => (
              <li
                key={spelling}
                lang={
                  /[\u0400-\u04ff]/.test(spelling)
                    ? /[іїєґ]/i.test(spelling)
                      ? 'uk'
                      : 'ru'
                    : undefined
                }
              >
                {spelling}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section class="entity-section" aria-labelledby="entity-timeline">
        <h3 class="section-heading" id="entity-timeline">
          {t('entityTimeline')}
        </h3>
        <Timeline days={story.days} />
      </section>

      <section class="entity-section" aria-labelledby="entity-claims">
        <h3 class="section-heading" id="entity-claims">
          {t('entityClaims')} <span class="count">{story.claims.length}</span>
        </h3>
        {story.claims.length === 0 ? (
          <p class="empty">{t('entityNoClaims')}</p>
        ) : (
          <ul class="entity-claims">
            {story.claims.map(({ claim, report }) => (
              <li
                key={claim.id}
                data-status-when-read={
                  claim.statusWhenRead !== claim.status ? claim.statusWhenRead : undefined
                }
                class={`entity-claim claim--${claim.status}`}
                data-claim-status={claim.status}
              >
                <span class={`status-tag status-tag--${claim.status}`}>
                  {STATUS_LABEL[claim.status]}
                </span>
                <span class="entity-claim-text">{claim.text}</span>
                <span class="entity-claim-source">
                  {report.source} · {formatDay(report.readAt)}
                </span>
                {claim.statusWhenRead !== claim.status ? (
                  <span class="entity-claim-was">
                    {t('claimWhenRead', STATUS_LABEL[claim.statusWhenRead])}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="entity-section" aria-labelledby="entity-reports">
        <h3 class="section-heading" id="entity-reports">
          {t('entityReports')} <span class="count">{story.reports.length}</span>
        </h3>
        <ul class="entity-reports">
          {story.reports.slice(0, SHOWN_REPORTS).map(({ summary, surfaces }) => (
            <li key={summary.url} data-report-url={summary.url}>
              <button
                type="button"
                class="entity-report-open"
                onClick={() => openReport(summary.url)}
              >
                <span class="history-title">{summary.title || summary.url}</span>
                <span class="history-meta">
                  {summary.source} ·{' '}
                  <time dateTime={new Date(summary.readAt).toISOString()}>
                    {formatDay(summary.readAt)}
                  </time>
                  {surfaces.length > 0 ? ` · “${[...new Set(surfaces)].join('”, “')}”` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {story.reports.length > SHOWN_REPORTS ? (
          <p class="hint">{t('entityMore', story.reports.length - SHOWN_REPORTS)}</p>
        ) : null}
      </section>
    </article>
  );
}
